import { spacedText } from "@/lib/content/plain-text";
import type { ToHtml } from "./markdown";
import type { LessonLine, Quiz } from "./types";

/**
 * A renderer that gives words instead of HTML. A quiz parsed with it has plain text where its
 * `…Html` fields would hold markup: what matching an item to the slide that teaches it reads.
 */
export const toWords: ToHtml = (nodes) => spacedText(nodes);

/** One item or question of a quiz, as the search for its slide sees it. */
export interface ItemWords {
  id: string;
  line: number;
  lesson?: LessonLine;
  /** The action or question, its options and every explanation. */
  words: string;
}

/** Every item of a quiz parsed with `toWords`, in source order. */
export function itemWords(quiz: Quiz): ItemWords[] {
  if (quiz.kind === "classify") {
    return quiz.items.map((item) => ({ id: item.id, line: item.line, lesson: item.lesson, words: `${item.text} ${item.explanationHtml}` }));
  }
  return quiz.questions.map((question) => ({
    id: question.id,
    line: question.line,
    lesson: question.lesson,
    words: [question.promptHtml, ...question.options.flatMap((option) => [option.text, option.explanationHtml])].join(" "),
  }));
}
