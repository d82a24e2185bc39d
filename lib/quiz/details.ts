import type { Paragraph, RootContent } from "mdast";
import type { LessonLine, SourceLink } from "./types";
import { isLessonParagraph, readLessonLine } from "./lesson-line";
import { linksOf } from "./links";
import { lineOf, plainText, type QuizBody } from "./markdown";

/** A problem in a quiz body, before it is tied to its file. */
export interface Problem {
  line: number;
  message: string;
}

/** The content under an item's or option's first line, sorted. */
export interface Details {
  /** Blocks that explain the answer, in source order. */
  explanation: RootContent[];
  sources: SourceLink[];
  /** Every `Lesson:` line; the item's reader allows one. */
  lessons: LessonLine[];
  problems: Problem[];
}

const SOURCES_RE = /^\s*sources?\s*:/i;

/** A paragraph starting `Source:` or `Sources:`: where a fact comes from, not part of the explanation. */
export function isSourcesParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === "paragraph" && SOURCES_RE.test(plainText(node));
}

/**
 * Sorts the content under an item's first line into explanation and sources. Nested list items are
 * flattened one level, so an explanation written as a sub-bullet reads as a paragraph; lists deeper
 * than that are the author's own structure and stay lists.
 */
export function readDetails(nodes: RootContent[], body: QuizBody): Details {
  return sortDetails(nodes, body, true);
}

function sortDetails(nodes: RootContent[], body: QuizBody, flattenLists: boolean): Details {
  const details: Details = { explanation: [], sources: [], lessons: [], problems: [] };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (isSourcesParagraph(node)) {
      const read = readSourcesAt(nodes, index, body);
      details.sources.push(...read.sources);
      details.problems.push(...read.problems);
      index += read.consumed - 1;
    } else if (isLessonParagraph(node)) {
      const read = readLessonLine(node, body);
      if (read.lesson) details.lessons.push(read.lesson);
      details.problems.push(...read.problems);
    } else if (flattenLists && node.type === "list") {
      for (const item of node.children) mergeDetails(details, sortDetails(item.children, body, false));
    } else {
      details.explanation.push(node);
    }
  }
  return details;
}

function mergeDetails(into: Details, from: Details) {
  into.explanation.push(...from.explanation);
  into.sources.push(...from.sources);
  into.lessons.push(...from.lessons);
  into.problems.push(...from.problems);
}

/**
 * Reads the `Source:` paragraph at `index`. A `Sources:` line without links of its own may be
 * followed by a list of them, which belongs to it. Returns how many nodes it took.
 */
export function readSourcesAt(
  nodes: RootContent[],
  index: number,
  body: QuizBody,
): { sources: SourceLink[]; problems: Problem[]; consumed: number } {
  const paragraph = nodes[index]!;
  const next = nodes[index + 1];
  let sources = linksOf(paragraph, body);
  let consumed = 1;
  if (sources.length === 0 && next?.type === "list") {
    sources = linksOf(next, body);
    consumed = 2;
  }
  const problems =
    sources.length === 0
      ? [{ line: lineOf(paragraph), message: `expected a link after \`Source:\` (like \`Source: [AWS docs](https://docs.aws.amazon.com/…)\`), found ${JSON.stringify(plainText(paragraph).trim())}` }]
      : [];
  return { sources, problems, consumed };
}
