import type { Definition, FootnoteDefinition, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "@/lib/content/split";

/** Renders Markdown nodes to sanitized HTML; the caller passes renderSlideHtml with its URL resolver. */
export type ToHtml = (nodes: RootContent[]) => string;

const COMMENT_RE = /^<!--[\s\S]*-->$/;

/** A quiz body as blocks, without comments, plus the link and footnote definitions its text may use. */
export interface QuizBody {
  blocks: RootContent[];
  /**
   * `[id]: url` and `[^id]: note` definitions, wherever they were written. They render nothing
   * themselves, so every piece of HTML gets all of them and reference links keep working.
   */
  definitions: (Definition | FootnoteDefinition)[];
}

/**
 * Parses a quiz body. Line endings are made `\n` first (same line count) so CRLF files render the
 * same HTML as LF files. HTML comments, pagebreak markers included, are dropped at every depth:
 * a quiz is one page, and a comment in an item's text would otherwise end up in its id.
 */
export function parseQuizBody(body: string): QuizBody {
  const root = parseMarkdown(body.replace(/\r\n?/g, "\n"));
  removeComments(root);
  const definitions: QuizBody["definitions"] = [];
  const blocks: RootContent[] = [];
  for (const node of root.children) {
    if (node.type === "definition" || node.type === "footnoteDefinition") definitions.push(node);
    else blocks.push(node);
  }
  return { blocks, definitions };
}

/** An HTML comment, a pagebreak marker included: it renders nothing. */
export function isComment(node: Nodes): boolean {
  return node.type === "html" && COMMENT_RE.test(node.value.trim());
}

/** Mutates the tree, which is only ever one this module has just parsed. */
function removeComments(root: Nodes) {
  visit(root, "html", (node, index, parent) => {
    if (parent === undefined || index === undefined || !isComment(node)) return;
    parent.children.splice(index, 1);
    // Carry on at the same index: it now holds the next sibling.
    return index;
  });
}

/** The 1-based line a node starts on. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Text as a reader sees it, without markup. */
export function plainText(node: Nodes | Nodes[]): string {
  return Array.isArray(node) ? node.map((child) => toString(child)).join("") : toString(node);
}

/** Text compared for sameness: case and runs of whitespace do not count. */
export function normalizedText(node: Nodes): string {
  return plainText(node).trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Removes the first `count` characters of plain text from phrasing content, keeping the markup
 * of what is left: `**Correct:** *root* user` minus "Correct: " is `*root* user`.
 */
export function dropLeadingText(nodes: PhrasingContent[], count: number): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  let remaining = count;
  for (const node of nodes) {
    const length = toString(node).length;
    if (remaining === 0) kept.push(node);
    else if (length <= remaining) remaining -= length;
    else {
      kept.push(dropFromNode(node, remaining));
      remaining = 0;
    }
  }
  return kept;
}

function dropFromNode(node: PhrasingContent, count: number): PhrasingContent {
  if ("children" in node) return { ...node, children: dropLeadingText(node.children, count) };
  if ("value" in node) return { ...node, value: node.value.slice(count) };
  return node;
}

/** A paragraph holding some phrasing content, placed where `source` was so it keeps its line. */
export function paragraphOf(children: PhrasingContent[], source: Nodes): Paragraph {
  return { type: "paragraph", children, position: source.position };
}

/** One paragraph: `<p>…</p>` around nothing else. */
const SINGLE_PARAGRAPH_RE = /^<p>((?:(?!<\/?p[\s>])[\s\S])*)<\/p>$/;

/** Renders blocks, with every definition so reference links resolve; "" for none. */
export function blocksHtml(nodes: RootContent[], body: QuizBody, toHtml: ToHtml): string {
  return nodes.length === 0 ? "" : toHtml([...nodes, ...body.definitions]).trim();
}

/**
 * Renders a paragraph as inline HTML, for a button or a line of a list. Rendering its phrasing
 * content directly is no good: at the top level of a tree the renderer puts a line break between
 * every node, which shows as a space before the period in "Use `ec2:RunInstances`.".
 */
export function inlineHtml(paragraph: Paragraph, body: QuizBody, toHtml: ToHtml): string {
  const html = blocksHtml([paragraph], body, toHtml);
  return SINGLE_PARAGRAPH_RE.exec(html)?.[1]?.trim() ?? html;
}

/** What a block is called in a message: "found a paragraph". */
export function describeBlock(node: RootContent): string {
  switch (node.type) {
    case "paragraph":
      return "a paragraph";
    case "list":
      return "a list";
    case "code":
      return "a code block";
    case "blockquote":
      return "a block quote";
    case "table":
      return "a table";
    case "heading":
      return `a heading \`${"#".repeat(node.depth)} ${plainText(node).trim()}\``;
    case "thematicBreak":
      return "a horizontal rule";
    case "html":
      return "an HTML block";
    default:
      return `a ${node.type} block`;
  }
}
