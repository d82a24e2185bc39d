/** Jekyll's `YYYY-M-D-` file name prefix (months and days with or without a leading zero). */
export const DATE_PREFIX_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;

/**
 * Characters that would need escaping in a URL path segment or differ between file systems.
 * Combining marks (`\p{M}`) are part of letters in scripts such as Devanagari or Thai: kept.
 */
const UNSAFE_SLUG_CHARS_RE = /[^\p{L}\p{M}\p{N}_-]+/gu;

/**
 * The URL slug of a content file: its base name without extension or date prefix, lower-cased,
 * with anything but letters, digits, `-` and `_` turned into `-`. Letters of any script stay.
 */
export function slugFromPath(path: string): string {
  const base = path.split("/").pop() ?? path;
  const name = base.replace(/\.md$/i, "").replace(DATE_PREFIX_RE, "");
  const slug = name
    .normalize("NFC")
    .toLowerCase()
    .replace(UNSAFE_SLUG_CHARS_RE, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "untitled";
}

/** The `YYYY-MM-DD` date in a Jekyll file name, if it has one. */
export function dateFromPath(path: string): string | undefined {
  const base = path.split("/").pop() ?? path;
  const match = DATE_PREFIX_RE.exec(base);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** "Section-10" → "Section 10", "getting_started" → "Getting started". */
export function readableName(name: string): string {
  const spaced = name.replace(/[-_]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Compares names so that numbers inside them order numerically: "Section 2" before "Section 10". */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b);
}
