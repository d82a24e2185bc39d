import type { Nodes, Root } from "mdast";
import type { ContentError } from "./errors";

/**
 * How big a course file may be, and how deeply its Markdown may nest. A course is untrusted input:
 * a Markdown parser's cost grows faster than its input for some shapes (lists nested thousands deep,
 * paragraphs of thousands of emphasis markers), and every renderer walks trees recursively. Under
 * these limits every stage is close to linear in the file's size (`npm run bench -- --only scaling`),
 * and each is far above what a lesson needs. README "Security" explains them.
 */
export const LIMITS = {
  /** Bytes of one Markdown file (UTF-8): a hundred times a typical lesson. */
  fileBytes: 256 * 1024,
  /** Lists, block quotes and HTML elements inside each other. */
  nesting: 16,
  /** Emphasis and link markers (`*`, `_`, `~` runs and `[`) in one paragraph, outside code. */
  markersPerParagraph: 1000,
  /** Slides in one lesson: each becomes a page of the site. */
  slidesPerLesson: 500,
  /** Actions or questions in one quiz. */
  quizItems: 500,
} as const;

const KIB = 1024;

function size(bytes: number): string {
  return bytes >= KIB * KIB ? `${(bytes / KIB / KIB).toFixed(1)} MB` : `${Math.ceil(bytes / KIB)} KB`;
}

/** A line of the file, as the scan below sees it. */
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER_RE = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const MARKER_RUN_RE = /\*+|_+|~+|\[/g;
/** Inline code on one line: its markers are text. */
const CODE_SPAN_RE = /(`+)[^`]*?\1/g;
/** A table row: GFM matches emphasis cell by cell, so a long table is no long paragraph. */
const TABLE_ROW_RE = /^\s*\|/;

/**
 * What can be checked before parsing, and must be: past these limits the parse itself is what takes
 * too long. One pass over the text. Lines inside fenced code at the top level are code, not nesting.
 */
export function checkSourceLimits(file: string, source: string): ContentError[] {
  // Three bytes a UTF-16 unit at most: only a text near the limit needs counting.
  const bytes = source.length * 3 <= LIMITS.fileBytes ? source.length : new TextEncoder().encode(source).length;
  if (bytes > LIMITS.fileBytes) {
    return [{ file, line: 1, message: `the file is ${size(bytes)}; expected at most ${size(LIMITS.fileBytes)}: split it into several lessons` }];
  }
  const errors: ContentError[] = [];
  const lines = source.split("\n");
  let fence: string | undefined;
  let markers = 0;
  let paragraphLine = 0;
  let paragraphReported = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const number = index + 1;
    const opened = FENCE_RE.exec(line)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length && line.trim() === opened) fence = undefined;
      continue;
    }
    if (opened) {
      fence = opened;
      continue;
    }
    if (line.trim() === "") {
      markers = 0;
      paragraphReported = false;
      continue;
    }
    if (TABLE_ROW_RE.test(line)) {
      markers = 0;
      paragraphReported = false;
    }
    if (markers === 0) paragraphLine = number;
    const depth = prefixDepth(line);
    if (depth > 2 * LIMITS.nesting) {
      errors.push({ file, line: number, message: `this line starts ${depth} levels deep (indentation, lists and quotes); expected at most ${LIMITS.nesting} levels of lists and quotes` });
      // One error is enough to name the problem; a file of thousands would bury it.
      return errors;
    }
    markers += line.replace(CODE_SPAN_RE, "").match(MARKER_RUN_RE)?.length ?? 0;
    if (markers > LIMITS.markersPerParagraph && !paragraphReported) {
      errors.push({ file, line: paragraphLine, message: `this paragraph has more than ${LIMITS.markersPerParagraph} emphasis and link markers (*, _, ~, [); expected fewer: split it, or put the text in a code block` });
      paragraphReported = true;
      if (errors.length >= 10) return errors;
    }
  }
  return errors;
}

/**
 * An upper bound on how deep a line's content sits: each `>` and list marker at its start is one
 * level, and so is every two columns of indentation (a nested list item is indented at least two).
 */
function prefixDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    if (char === " ") {
      columns++;
      at++;
    } else if (char === "\t") {
      columns += 4 - (columns % 4);
      at++;
    } else if (char === ">") {
      depth++;
      at++;
    } else {
      const marker = LIST_MARKER_RE.exec(line.slice(at, at + 12))?.[0];
      if (!marker) break;
      depth++;
      at += marker.length;
    }
  }
  return depth + Math.floor(columns / 2);
}

const CONTAINERS = new Set(["list", "blockquote", "footnoteDefinition"]);
/**
 * HTML elements that open no level: void ones, and those whose end tag HTML lets an author leave
 * out (`<p>`, `<li>`, `<td>`…), which close themselves and would otherwise count as nesting.
 */
const FLAT_ELEMENTS = new Set([
  ..."area base br col embed hr img input link meta source track wbr".split(" "),
  ..."p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp caption colgroup".split(" "),
]);
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * Lists, block quotes and raw HTML elements nested deeper than the limit in one slide (its raw HTML
 * is parsed as one document when it is rendered, so open elements carry across blocks). Walks the
 * tree with a stack of its own: a recursive walk is what a deep tree would overflow.
 */
export function checkTreeLimits(file: string, tree: Root): ContentError[] {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  let htmlDepth = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    if (depth > LIMITS.nesting) {
      return [{ file, line, message: `lists and block quotes are nested ${depth} deep here; expected at most ${LIMITS.nesting}` }];
    }
    if (node.type === "html") {
      for (const [, closing, name, selfClosing] of node.value.matchAll(TAG_RE)) {
        if (FLAT_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
        htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
        if (htmlDepth > LIMITS.nesting) {
          return [{ file, line, message: `HTML elements are nested more than ${LIMITS.nesting} deep here; expected at most ${LIMITS.nesting}` }];
        }
      }
    }
    if ("children" in node) {
      const childDepth = depth + (CONTAINERS.has(node.type) ? 1 : 0);
      // Reversed, so the stack visits children in document order (the HTML count needs it).
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, depth: childDepth });
    }
  }
  return [];
}
