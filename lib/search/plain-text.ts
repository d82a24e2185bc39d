import type { Nodes } from "mdast";

/** Blocks whose text runs on in one line: the words inside them belong together. */
const PHRASING_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/** An HTML tag or comment inside raw HTML: markup, not words. */
const TAG_RE = /<!--[\s\S]*?-->|<[^>]*>/g;

/**
 * The words of a Markdown tree as plain text for the search index: one line per block, so a
 * heading and the paragraph under it do not run together ("IntroHello"), code as written, image
 * alt text kept, and raw HTML reduced to its text. Speaker notes are not in a slide's tree.
 */
export function plainText(node: Nodes): string {
  if (node.type === "html") return node.value.replace(TAG_RE, " ").replace(/\s+/g, " ").trim();
  if (node.type === "code") return node.value;
  if (PHRASING_BLOCKS.has(node.type)) return inlineText(node).replace(/\s+/g, " ").trim();
  if ("children" in node) {
    const lines: string[] = [];
    for (const child of node.children) {
      const text = plainText(child);
      if (text) lines.push(text);
    }
    return lines.join("\n");
  }
  return inlineText(node).trim();
}

/** The text of inline content: an inline HTML node is one tag (`<kbd>`), so it adds nothing. */
function inlineText(node: Nodes): string {
  if (node.type === "html") return node.value.replace(TAG_RE, "");
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map((child) => inlineText(child)).join("");
  return "";
}
