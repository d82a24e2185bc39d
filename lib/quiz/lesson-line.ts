import type { Nodes, Paragraph } from "mdast";
import { linksOf } from "./links";
import { lineOf, plainText, type QuizBody } from "./markdown";
import type { LessonLine } from "./types";

/** details.ts's Problem, written out: details.ts reads `Lesson:` lines with this module, not the other way round. */
interface Problem {
  line: number;
  message: string;
}

/** `Lesson:` starting a paragraph or sub-item: the slide that teaches an item, not part of its explanation. */
const LESSON_RE = /^\s*lessons?\s*:/i;

/** The example every message about a `Lesson:` line shows, so the fix is one copy away. */
export const LESSON_LINE_EXAMPLE = "Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)";

export function isLessonParagraph(node: Nodes | undefined): node is Paragraph {
  return node?.type === "paragraph" && LESSON_RE.test(plainText(node));
}

/** Reads a `Lesson:` paragraph: exactly one link, to the slide that teaches the item. */
export function readLessonLine(paragraph: Paragraph, body: QuizBody): { lesson?: LessonLine; problems: Problem[] } {
  const line = lineOf(paragraph);
  const links = linksOf(paragraph, body);
  if (links.length === 1) return { lesson: { href: links[0]!.url, line }, problems: [] };
  const found = links.length === 0 ? JSON.stringify(plainText(paragraph).trim()) : `${links.length} links`;
  // One item, one slide: a second link would leave the learner guessing which one to read.
  const expected = links.length === 0 ? "a link after `Lesson:` to the slide" : "one link after `Lesson:`, to the one slide";
  return { problems: [{ line, message: `expected ${expected} that teaches the item (like \`${LESSON_LINE_EXAMPLE}\`), found ${found}` }] };
}

/**
 * The one `Lesson:` line of an action or question (`what` names it in the message): a second one is
 * an error at its own line, pointing back at the first.
 */
export function singleLesson(lines: readonly LessonLine[], what: string): { lesson?: LessonLine; problems: Problem[] } {
  const [first, ...more] = lines;
  const problems = more.map((extra) => ({
    line: extra.line,
    message: `expected one \`Lesson:\` line for ${what}, found another (the first is on line ${first!.line})`,
  }));
  return first ? { lesson: first, problems } : { problems };
}
