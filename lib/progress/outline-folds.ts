/**
 * Which sections of the outline the learner folded away, kept in this browser so the outline of a
 * long course opens as they left it. Sections are open unless folded. A stored value that cannot be
 * read is set aside, like reading progress; a damaged entry costs only itself; fields this version
 * does not know are kept.
 */

import { readStoredInParts, subscribeToStorage, writeStored, type ReadInParts } from "../browser-storage";
import { asRecord, keepUnknown, parseJson, unknownFieldsOf, withUnknownFields, type UnknownFields } from "../stored-json";

/** The localStorage key of the folded sections. */
export const OUTLINE_FOLDS_KEY = "pagebreak:outline-folds";

export const OUTLINE_FOLDS_VERSION = 1;

export interface OutlineFolds {
  version: typeof OUTLINE_FOLDS_VERSION;
  /** Keys of the folded sections (their `section:` names), in the order they were folded. */
  folded: readonly string[];
  /** Fields of the stored value this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

export const NO_FOLDS: OutlineFolds = { version: OUTLINE_FOLDS_VERSION, folded: [] };

const FOLDS_FIELDS = ["version", "folded"];

/**
 * Reads stored folds; undefined when the value as a whole cannot be trusted (not JSON, another
 * version, no list). Entries that are not section names come back as the part to set aside.
 */
export function parseOutlineFolds(raw: string | null): ReadInParts<OutlineFolds> | undefined {
  if (raw === null) return { value: NO_FOLDS };
  const data = asRecord(parseJson(raw));
  if (!data || data.version !== OUTLINE_FOLDS_VERSION || !Array.isArray(data.folded)) return undefined;
  const folded = data.folded.filter((key): key is string => typeof key === "string");
  const value: OutlineFolds = { version: OUTLINE_FOLDS_VERSION, folded: [...new Set(folded)], ...keepUnknown(unknownFieldsOf(data, FOLDS_FIELDS)) };
  const damaged = data.folded.filter((key) => typeof key !== "string");
  if (damaged.length === 0) return { value };
  return { value, setAside: { part: { version: OUTLINE_FOLDS_VERSION, folded: damaged }, rest: storedOutlineFolds(value) } };
}

/** The value to store: parseOutlineFolds reads it back, unknown fields and all. */
export function storedOutlineFolds(folds: OutlineFolds): Record<string, unknown> {
  return withUnknownFields({ version: folds.version, folded: folds.folded }, folds.unknownFields);
}

/** Folds with `sectionKey` folded or open; the same object when nothing changes. */
export function withFold(folds: OutlineFolds, sectionKey: string, folded: boolean): OutlineFolds {
  if (folds.folded.includes(sectionKey) === folded) return folds;
  const keys = folded ? [...folds.folded, sectionKey] : folds.folded.filter((key) => key !== sectionKey);
  return { ...folds, folded: keys };
}

/** The stored folds; the same object until they change, as useSyncExternalStore needs. */
export function outlineFolds(): OutlineFolds {
  return readStoredInParts(OUTLINE_FOLDS_KEY, parseOutlineFolds, NO_FOLDS);
}

/** Whether a section is folded in this browser. */
export function isFolded(sectionKey: string): boolean {
  return outlineFolds().folded.includes(sectionKey);
}

/** Saves that a section was folded or opened; false when the browser refused to store it. */
export function saveFold(sectionKey: string, folded: boolean): boolean {
  // Re-read storage (not a copy held since page load) so folds made in another tab are kept.
  const before = outlineFolds();
  const after = withFold(before, sectionKey, folded);
  return after === before || writeStored(OUTLINE_FOLDS_KEY, storedOutlineFolds(after));
}

/** Calls back when the folds change, here or in another tab. */
export function subscribeToOutlineFolds(listener: () => void): () => void {
  return subscribeToStorage((key) => key === OUTLINE_FOLDS_KEY, listener);
}
