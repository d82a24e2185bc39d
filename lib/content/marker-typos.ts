import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { editDistance } from "./edit-distance";
import type { ContentWarning } from "./errors";

/**
 * Slide breaks that are not: `<!-- pagewidth -->`, `<!-- page break -->`, `<!-- pagebreak>`, or a
 * right marker sharing its line with text. Each renders as nothing (or hides what follows it), so
 * the two slides around it are silently merged. Pure: works on the slides' trees, where the real
 * markers are gone and code is code, not text.
 */

/**
 * Something shaped like a comment holding one word: `<!`, any dashes, the word (letters, spaces,
 * `-` or `_` inside), then dashes and `>` or the end of the line. Prose comments hold more than
 * one short word and never match as a whole.
 */
const MARKER_LIKE_RE = /<!-*[ \t]*(?<word>[A-Za-z](?:[A-Za-z _-]{0,18}[A-Za-z])?)[ \t]*(?<end>-*[ \t]*>|-*[ \t]*$)/gm;
/** The marker as it must be written. */
const WELL_FORMED_RE = /^<!--[ \t]*pagebreak[ \t]*-->$/i;
const MARKER = "pagebreak";
/** Typos up to this many edits away from "pagebreak" ("pagebrake", "pagebreaks", "pgaebreak"). */
const MAX_TYPO_EDITS = 3;

const SUGGESTION = "<!-- pagebreak -->";

/** A word that was probably meant as "pagebreak": a typo of it, or a "page…" or "…break" word. */
function meansPagebreak(word: string): boolean {
  const letters = word.toLowerCase().replace(/[\s_-]/g, "");
  return letters.startsWith("page") || letters.endsWith("break") || editDistance(letters, MARKER) <= MAX_TYPO_EDITS;
}

/** Line and column in the file of `offset` in a node's value that starts at `start`. */
function positionIn(value: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = value.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  return newlines === 0 ? { line: start.line, column: start.column + offset } : { line: start.line + newlines, column: offset - before.lastIndexOf("\n") };
}

/** Warnings for every near-miss marker in a lesson's slides (not its speaker notes). */
export function markerTypos(file: string, slides: readonly { tree: Root }[]): ContentWarning[] {
  const found: ContentWarning[] = [];
  for (const { tree } of slides) {
    visit(tree, (node: Nodes) => {
      if ((node.type !== "html" && node.type !== "text") || !node.position) return;
      if (!node.value.includes("<!")) return;
      for (const match of node.value.matchAll(MARKER_LIKE_RE)) {
        const written = match[0].trim();
        if (!meansPagebreak(match.groups!.word!)) continue;
        const { line, column } = positionIn(node.value, match.index, node.position.start);
        // A marker after an opening `<!--` that never closed before it is inside that comment.
        const before = node.value.slice(0, match.index);
        const insideComment = node.type === "html" && before.startsWith("<!--") && !before.includes("-->");
        const message = insideComment ? `${JSON.stringify(written)} is not a slide break: it is inside the comment opened on line ${node.position.start.line}` : describe(written, node, line);
        found.push({ file, line, column, severity: "warning", message });
      }
    });
  }
  return found;
}

function describe(written: string, node: Nodes, line: number): string {
  const shown = JSON.stringify(written);
  if (WELL_FORMED_RE.test(written)) {
    return `${shown} is not a slide break here: a marker must be on a line of its own, not in a sentence, heading or table cell; the slides on either side are merged`;
  }
  // An opening `<!--` without its `-->` makes a comment of everything up to the next `-->`.
  const endLine = node.position?.end.line ?? line;
  const hidden =
    node.type === "html" && written.startsWith("<!--") && !written.endsWith("-->") && endLine > line
      ? `; the comment it opens runs to line ${endLine}, hiding everything in between`
      : "";
  return `${shown} is not a slide break: did you mean ${SUGGESTION}? The slides on either side are merged${hidden}`;
}
