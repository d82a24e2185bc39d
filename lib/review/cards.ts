/**
 * What the Review page needs of each card to ask it: the card (quiz, item, answer key) and the
 * item as a quiz of one, so the quiz's own screens, grading, keys and wording ask it unchanged.
 * Pure: the page builds these from the course at build time and hands them over as plain data.
 */

import type { Quiz } from "../quiz/types";
import { reviewItems, type ReviewItem } from "./card-id";

/** One review card with what it takes to ask it. */
export interface ReviewCard extends ReviewItem {
  /** The title of the quiz the item comes from, shown with it. */
  quizTitle: string;
  /**
   * The item as a quiz of one: its quiz's settings and categories, always in practice mode (the
   * Review page shows feedback after each answer), without the start screen's text.
   */
  ask: Quiz;
}

/** Every item of a quiz as a review card, in the quiz's order. */
export function reviewCards(slug: string, quiz: Quiz): ReviewCard[] {
  const items = reviewItems(slug, quiz);
  const settings = { title: quiz.title, introHtml: "", mode: "practice" as const, pass: quiz.pass, shuffle: quiz.shuffle };
  if (quiz.kind === "classify") {
    return quiz.items.map((item, index) => ({
      ...items[index]!,
      quizTitle: quiz.title,
      ask: { ...settings, kind: "classify", categories: quiz.categories, items: [item] },
    }));
  }
  return quiz.questions.map((question, index) => ({
    ...items[index]!,
    quizTitle: quiz.title,
    ask: { ...settings, kind: "choice", questions: [question] },
  }));
}
