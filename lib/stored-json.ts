/**
 * Reading JSON that the browser kept: pure helpers shared by the progress and quiz stores. A field a
 * store does not know is not a mistake to drop: a newer Pagebreak may have written it, and it goes
 * back into storage unchanged.
 */

/** Fields of a stored object that this version does not know, kept to be written back as they were. */
export type UnknownFields = Readonly<Record<string, unknown>>;

/** Parsed JSON, or undefined when the text is not JSON. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A plain JSON object (not null, not a list), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The fields of `value` not named in `known`; undefined when there are none. */
export function unknownFieldsOf(value: Record<string, unknown>, known: readonly string[]): UnknownFields | undefined {
  const unknown = Object.entries(value).filter(([key]) => !known.includes(key));
  // fromEntries defines own properties: a field named `__proto__` stays a field.
  return unknown.length > 0 ? Object.fromEntries(unknown) : undefined;
}

/** `{ unknownFields }` to spread into a parsed value, or nothing when there are none. */
export function keepUnknown(unknownFields: UnknownFields | undefined): { unknownFields?: UnknownFields } {
  return unknownFields ? { unknownFields } : {};
}

/** What is stored: the known fields with the unknown ones put back beside them (a known field wins). */
export function withUnknownFields<T extends object>(known: T, unknownFields: UnknownFields | undefined): T {
  // Spreading defines own properties too, so `__proto__` is written back as a field.
  return unknownFields ? { ...unknownFields, ...known } : known;
}
