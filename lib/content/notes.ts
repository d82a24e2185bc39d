import type { Html, Nodes, Parent, Root } from "mdast";
import type { ContentError } from "./errors";

/**
 * Opens speaker notes: an HTML comment whose first word is `notes` (any case, `notes:` too). Test
 * it on an `html` node's value with its leading spaces trimmed. Being a comment, the notes stay
 * invisible wherever else the same Markdown is shown (GitHub, Jekyll).
 */
export const NOTES_RE = /^<!--\s*notes(?::|(?=\s|-->|$))/i;

const COMMENT_OPEN = "<!--";
const COMMENT_CLOSE = "-->";

/** One notes comment as written. */
export interface NotesComment {
  /**
   * The Markdown inside the comment, without `<!-- notes` and `-->`. Its first line is the
   * comment's own line (blank when the notes start on the next line); the lines below are dedented.
   */
  markdown: string;
  /** 1-based line of the comment's `<!--` in the file. */
  line: number;
  /** 1-based column of its `<!--`. */
  column: number;
}

function isNotes(node: Nodes): node is Html {
  return node.type === "html" && NOTES_RE.test(node.value.trimStart());
}

/**
 * Takes every notes comment out of a tree, in document order. Returns a new tree without them;
 * the input is not mutated (only the containers on the path to a comment are copied). Text after
 * a comment's `-->` on its last line stays in the tree, as the HTML it is.
 */
export function takeNotes(tree: Root): { tree: Root; notes: NotesComment[] } {
  const notes: NotesComment[] = [];
  return { tree: withoutNotes(tree, notes), notes };
}

function withoutNotes<T extends Parent>(node: T, found: NotesComment[]): T {
  let changed = false;
  const children = node.children.flatMap((child): Nodes[] => {
    if (isNotes(child)) {
      changed = true;
      const { notes, rest } = readComment(child);
      found.push(notes);
      return rest ? [{ ...child, value: rest }] : [];
    }
    if (!("children" in child)) return [child];
    const kept = withoutNotes(child, found);
    if (kept !== child) changed = true;
    return [kept];
  });
  return changed ? ({ ...node, children } as T) : node;
}

/** Splits a notes comment's node into the notes and whatever follows its `-->`. */
function readComment(node: Html): { notes: NotesComment; rest: string } {
  const value = node.value.replace(/\r\n?/g, "\n");
  const indent = value.length - value.trimStart().length;
  const opened = value.slice(indent).replace(NOTES_RE, "");
  const close = opened.indexOf(COMMENT_CLOSE);
  const inner = close === -1 ? opened : opened.slice(0, close);
  const rest = close === -1 ? "" : opened.slice(close + COMMENT_CLOSE.length).trim();
  return {
    notes: { markdown: dedent(inner), line: node.position?.start.line ?? 1, column: (node.position?.start.column ?? 1) + indent },
    rest,
  };
}

/**
 * The first line loses its leading spaces; the lines below lose the indent they all share, so
 * notes indented to sit nicely in the source are not read as an indented code block.
 */
function dedent(text: string): string {
  const [first = "", ...others] = text.split("\n");
  const indents = others.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const shared = indents.length > 0 ? Math.min(...indents) : 0;
  return [first.trimStart(), ...others.map((line) => line.slice(shared))].join("\n").trimEnd();
}

/**
 * Notes comments that are never closed. Markdown ends an HTML comment at the first `-->`, or at the
 * end of the file (of the list item or quote) when there is none: a notes comment without its
 * `-->` hides the rest of the lesson, or runs on to the `-->` of the next comment, hiding what lies
 * between and that comment too (a pagebreak marker, say).
 */
export function unclosedNotes(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (node: Nodes) => {
    if (isNotes(node)) {
      const problem = unclosedReason(node);
      if (problem) errors.push({ file, ...problem });
    } else if ("children" in node) {
      node.children.forEach(visit);
    }
  };
  visit(tree);
  return errors;
}

function unclosedReason(node: Html): Omit<ContentError, "file"> | undefined {
  const value = node.value.replace(/\r\n?/g, "\n");
  const indent = value.length - value.trimStart().length;
  const start = value.indexOf(COMMENT_OPEN) + COMMENT_OPEN.length;
  const close = value.indexOf(COMMENT_CLOSE, start);
  const nested = value.indexOf(COMMENT_OPEN, start);
  const line = node.position?.start.line ?? 1;
  const column = (node.position?.start.column ?? 1) + indent;
  // The node's value ends with the newline before the next line when nothing closed it.
  const endLine = line + countNewlines(value.trimEnd());
  const hidden = (last: number) => (last > line ? ` (lines ${line}–${last} are hidden from learners)` : "");
  const expected = "`<!-- notes` is never closed: expected `-->` at the end of the notes";
  if (close === -1) return { line, column, message: `${expected}, found none${hidden(endLine)}` };
  if (nested !== -1 && nested < close) {
    const nestedLine = line + countNewlines(value.slice(0, nested));
    return { line, column, message: `${expected}, found another comment's \`<!--\` on line ${nestedLine} first${hidden(endLine)}` };
  }
  return undefined;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}
