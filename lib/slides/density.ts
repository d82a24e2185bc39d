/**
 * How large a slide is set on the stage, read from its HTML at render time (no measuring, so the
 * first frame is already right). "short": a few words and nothing that needs the full measure (code,
 * a table, an image, a list of more than a few items), set large; "medium": a paragraph or two, set
 * a step larger than body text; "long": everything else, at reading size.
 */
export type SlideDensity = "short" | "medium" | "long";

const SHORT_MAX_WORDS = 40;
const MEDIUM_MAX_WORDS = 90;
const WIDE_CONTENT_RE = /<(pre|table|img|video|iframe)\b/i;
const LIST_ITEM_RE = /<li\b/gi;

export function slideDensity(html: string): SlideDensity {
  if (WIDE_CONTENT_RE.test(html) || (html.match(LIST_ITEM_RE)?.length ?? 0) > 6) return "long";
  const words = html.replace(/<[^>]*>/g, " ").split(/\s+/).filter(Boolean).length;
  if (words <= SHORT_MAX_WORDS && (html.match(LIST_ITEM_RE)?.length ?? 0) <= 4) return "short";
  return words <= MEDIUM_MAX_WORDS ? "medium" : "long";
}
