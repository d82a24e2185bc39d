import type {
  Blockquote,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  Root,
  RootContent,
} from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { takeNotes, type NotesComment } from "./notes";

/**
 * Matches the whole value of an mdast `html` node that is a pagebreak marker.
 * Trim the node value before testing (trailing spaces stay in block html).
 */
export const PAGEBREAK_RE = /^<!--\s*pagebreak\s*-->$/i;

/** An HTML comment that is not a marker renders nothing, so it counts as blank. */
const COMMENT_RE = /^<!--[\s\S]*-->$/;

/** Parses Markdown (GFM) to mdast with positions. Pure: no fs. */
export function parseMarkdown(source: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(source);
}

/** One slide: a standalone mdast root plus the 1-based source line range it came from (inclusive). */
export interface SlideTree {
  /** What learners see: the slide without its speaker notes. */
  tree: Root;
  startLine: number;
  endLine: number;
  /** The slide's speaker notes (`<!-- notes … -->`), for the presenter only. */
  notes?: SlideNotes;
}

/** A slide's speaker notes: every notes comment on it, in order, parsed as one Markdown document. */
export interface SlideNotes {
  /** Positions are lines of the file, like the slide's. */
  tree: Root;
  /** The line of the slide's first notes comment. */
  line: number;
}

/**
 * Containers whose children are blocks. Only these can hold a marker: an
 * `html` node inside a paragraph, heading or table cell is inline html that
 * shares its line with other text, so it never breaks a slide.
 */
type FlowContainer = Root | Blockquote | List | ListItem | FootnoteDefinition;

const FLOW_TYPES = new Set<string>(["root", "blockquote", "list", "listItem", "footnoteDefinition"]);

function isFlowContainer(node: Nodes): node is FlowContainer {
  return FLOW_TYPES.has(node.type);
}

function isMarker(node: Nodes): boolean {
  return node.type === "html" && PAGEBREAK_RE.test(node.value.trim());
}

function containsMarker(node: FlowContainer): boolean {
  return node.children.some(
    (child) => isMarker(child) || (isFlowContainer(child) && containsMarker(child)),
  );
}

/** True when a node would render as nothing worth a slide of its own. */
function isBlank(node: Nodes): boolean {
  switch (node.type) {
    case "text":
      return node.value.trim() === "";
    case "thematicBreak":
    case "break":
      return true;
    case "html":
      return COMMENT_RE.test(node.value.trim());
    default:
      return "children" in node && node.children.every(isBlank);
  }
}

function span(children: RootContent[]): Root["position"] {
  const start = children[0]?.position?.start;
  const end = children.at(-1)?.position?.end;
  return start && end ? { start, end } : undefined;
}

/**
 * Clones a container around a subset of its children. The position is
 * recomputed so a slide's line range covers only what it kept, not the whole
 * container it was cut from.
 */
function cloneWith<T extends FlowContainer>(node: T, children: RootContent[], firstIndex: number): T {
  const copy = { ...node, children, position: span(children) } as T;
  if (copy.type === "list" && copy.ordered) {
    // Items that went to earlier slides still count, so numbering carries on;
    // a cut item's continuation starts at that same item and keeps its number.
    copy.start = (node.type === "list" && node.start != null ? node.start : 1) + firstIndex;
  }
  return copy;
}

/**
 * Splits a container into consecutive clones at every marker it holds, at
 * any depth. A child that itself holds a marker is split first; its first
 * piece closes the current part and each further piece opens a new one, so
 * the container chain around a marker is cut and repeated on both sides.
 */
function splitAtMarkers<T extends FlowContainer>(node: T): T[] {
  // firstIndex: original index of the part's first kept child (for list numbering).
  let current: { children: RootContent[]; firstIndex: number } = { children: [], firstIndex: 0 };
  const parts = [current];
  const startPart = () => {
    current = { children: [], firstIndex: 0 };
    parts.push(current);
  };
  const children: RootContent[] = node.children;

  children.forEach((child, index) => {
    if (isMarker(child)) return startPart();
    const cut = isFlowContainer(child) && containsMarker(child);
    const pieces = cut ? splitAtMarkers(child) : [child];
    pieces.forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) startPart();
      // A piece emptied by the cut (e.g. a list item whose only remainder was
      // the marker) would render as a stray bullet, so drop it but keep the
      // break. Containers that were empty in the source are the author's call.
      if (cut && isFlowContainer(piece) && piece.children.length === 0) return;
      if (current.children.length === 0) current.firstIndex = index;
      current.children.push(piece);
    });
  });

  return parts.map((part) => cloneWith(node, part.children, part.firstIndex));
}

/**
 * Splits a parsed lesson at its pagebreak markers and takes each slide's speaker notes out of it.
 * Never returns an empty slide; returns [] for a blank document. Notes that sit in a part of the
 * lesson with nothing else in it (before the first slide, between two markers) belong to no slide:
 * they come back as `strayNotes`.
 *
 * The input is not mutated: containers on the path to a marker are shallowly
 * cloned, while untouched subtrees are shared between the input and the
 * slides. Line numbers come straight from `position` (0 if a tree has none).
 */
export function splitLesson(tree: Root): { slides: SlideTree[]; strayNotes: NotesComment[] } {
  const slides: SlideTree[] = [];
  const strayNotes: NotesComment[] = [];
  for (const part of splitAtMarkers(tree)) {
    const { tree: slide, notes } = takeNotes(part);
    if (isBlank(slide)) {
      strayNotes.push(...notes);
      continue;
    }
    // The line range covers the notes too: they are part of the slide's source.
    const span = { startLine: part.position?.start.line ?? 0, endLine: part.position?.end.line ?? 0 };
    slides.push(notes.length > 0 ? { tree: slide, ...span, notes: parseNotes(notes) } : { tree: slide, ...span });
  }
  return { slides, strayNotes };
}

/** The slides of a parsed lesson (see splitLesson). */
export function splitSlides(tree: Root): SlideTree[] {
  return splitLesson(tree).slides;
}

/** Parses notes comments as one document, each at its own line so positions are the file's. */
function parseNotes(notes: readonly NotesComment[]): SlideNotes {
  const children = notes.flatMap((comment) => parseMarkdown("\n".repeat(comment.line - 1) + comment.markdown).children);
  return { tree: { type: "root", children, position: span(children) }, line: notes[0]!.line };
}
