import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";

/**
 * The words of Markdown nodes as plain text, every piece of text apart from the next, with image
 * alt text and code. Unlike `toString` of a whole tree, which runs a heading's last word into the
 * next paragraph's first ("ActionsCertain"), for matching words. Raw HTML is markup, not words.
 */
export function spacedText(nodes: readonly Nodes[]): string {
  const pieces: string[] = [];
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === "text" || child.type === "inlineCode" || child.type === "code") pieces.push(child.value);
      else if (child.type === "image" && child.alt) pieces.push(child.alt);
    });
  }
  return pieces.join(" ");
}
