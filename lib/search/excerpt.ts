/** A piece of a hit's excerpt: text, and whether it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const MARK_RE = /<mark>([\s\S]*?)<\/mark>/g;
const ENTITY_RE = /&(?:amp|lt|gt|quot|#39|#x27|#34|nbsp);/g;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
  "&#34;": '"',
  "&nbsp;": "\u00a0",
};

function decode(text: string): string {
  return text.replace(ENTITY_RE, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits Pagefind's excerpt (text with the matched words in `<mark>`) into plain text parts, which
 * the search box renders as text nodes and `<mark>` elements. The excerpt is never put into the
 * page as HTML, so whatever a lesson's text holds, nothing in it becomes markup or script.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, match: boolean) => {
    const text = decode(raw.replace(/<\/?mark>/g, ""));
    if (text) parts.push({ text, match });
  };
  let last = 0;
  for (const found of excerpt.matchAll(MARK_RE)) {
    push(excerpt.slice(last, found.index), false);
    push(found[1] ?? "", true);
    last = found.index + found[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}
