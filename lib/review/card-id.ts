/**
 * Which review card an item is, and what its right answer is. The card id names the item (so an
 * edit that keeps the item keeps its schedule); the answer key names what counts as right (so an
 * edit that changes the answer starts the card again). Pure: the server works these out from the
 * course and hands them to the browser as plain data.
 */

import type { ChoiceOption, ClassifyItem, Quiz } from "../quiz/types";

/** One item of the course as a review card: which quiz, which item, and its right answer now. */
export interface ReviewItem {
  /** The quiz's slug. */
  quiz: string;
  /** The item's id within its quiz (ClassifyItem.id, ChoiceQuestion.id). */
  itemId: string;
  /** What counts as the right answer now (classifyAnswerKey, choiceAnswerKey). */
  answerKey: string;
}

/**
 * A card's id across the whole course. Slugs and item ids never contain "/" (slugs keep letters,
 * digits, "_" and "-"; item ids are slugs of the item text or "q" + a question number), so two
 * different pairs never give the same id.
 */
export function cardId(quiz: string, itemId: string): string {
  return `${quiz}/${itemId}`;
}

/**
 * A classification item's answer: the key of its right category. The explanation and sources are
 * not part of it, so correcting those keeps the learner's schedule.
 */
export function classifyAnswerKey(item: Pick<ClassifyItem, "category">): string {
  return `category:${item.category}`;
}

/**
 * Text compared for "the same answer": case, punctuation and spacing are not the answer, so fixing
 * them keeps the schedule; any change of letters or digits is a new answer.
 */
function comparableText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** cyrb53: a small, well-spread 53-bit string hash, so a key stays short however long the options are. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A multiple-choice question's answer: the texts of its correct options, in any order. Texts, not
 * the option letters: a question's id is its number ("q3"), so a new question written under an
 * old number, or a correct option rewritten in place, must not inherit the old schedule, while
 * reordering the options (which relabels them) changes nothing the learner has to know. Option
 * explanations and the wrong options are not part of it.
 */
export function choiceAnswerKey(question: { options: readonly Pick<ChoiceOption, "text" | "correct">[] }): string {
  const correct = question.options.filter((option) => option.correct).map((option) => comparableText(option.text));
  return `options:${hash53(correct.sort().join("\n"))}`;
}

/** Every item of a quiz as a review card. */
export function reviewItems(slug: string, quiz: Quiz): ReviewItem[] {
  if (quiz.kind === "classify") return quiz.items.map((item) => ({ quiz: slug, itemId: item.id, answerKey: classifyAnswerKey(item) }));
  return quiz.questions.map((question) => ({ quiz: slug, itemId: question.id, answerKey: choiceAnswerKey(question) }));
}

/** The answer key of one item of a quiz by its id; undefined when the quiz has no such item. */
export function answerKeyFor(quiz: Quiz, id: string): string | undefined {
  if (quiz.kind === "classify") {
    const item = quiz.items.find((candidate) => candidate.id === id);
    return item && classifyAnswerKey(item);
  }
  const question = quiz.questions.find((candidate) => candidate.id === id);
  return question && choiceAnswerKey(question);
}
