/**
 * A quiz of the course as its answer key (lib/quiz/answer-key.ts): the quiz parsed into plain text
 * rather than HTML, with the slide each item teaches. For `npm run key` and the dev-only key page;
 * no learner's page uses it.
 */
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { answerKey, type AnswerKey } from "../quiz/answer-key";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { Quiz } from "../quiz/types";
import type { Course, CourseEntry } from "./course";
import type { ContentError } from "./errors";
import { safeLinks } from "./render";
import { withRevisits } from "./revisit";

/** Blocks as text, one space between blocks, so an explanation's paragraphs do not run together. */
const toText = (nodes: RootContent[]) => nodes.map((node) => toString(node)).join(" ");

/** The quiz's answer key, or the quiz's own errors when it does not parse. */
export function quizAnswerKey(course: Course, entry: CourseEntry): { key: AnswerKey } | { errors: ContentError[] } {
  if (!entry.quiz) return { errors: [{ file: entry.file, line: 1, message: "expected a quiz, found a lesson" }] };
  const parsed = entry.quiz.format === "classify" ? parseClassifyQuiz(entry.file, entry.quiz.parts, toText) : parseChoiceQuiz(entry.file, entry.quiz.parts, toText);
  if (!parsed.quiz) return { errors: parsed.errors };
  return { key: answerKey(withRevisits(course, entry, withSafeSources(parsed.quiz))) };
}

/** Sources whose address the site would not link to (`javascript:` …) are left out here too. */
function withSafeSources(quiz: Quiz): Quiz {
  return quiz.kind === "classify"
    ? { ...quiz, items: quiz.items.map((item) => ({ ...item, sources: safeLinks(item.sources) })) }
    : { ...quiz, questions: quiz.questions.map((question) => ({ ...question, sources: safeLinks(question.sources) })) };
}
