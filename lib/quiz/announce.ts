import { correctAnswer, isCorrect, type Answer, type RoundGrade } from "./session";
import type { Quiz } from "./types";

/**
 * What the quiz says, as plain strings: screen-reader announcements and visible labels. Pure, so
 * the wording is tested once and the UI only places it.
 */

/** "Action 3 of 40" / "Question 3 of 10". */
export function progressLabel(quiz: Quiz, position: number, total: number): string {
  return `${quiz.kind === "classify" ? "Action" : "Question"} ${position} of ${total}`;
}

/** The label of a category key, or the key itself if the quiz has no such category. */
export function categoryLabel(quiz: Quiz, key: string): string {
  return quiz.kind === "classify" ? (quiz.categories.find((category) => category.key === key)?.label ?? key) : key;
}

/** The right answer in words: a category label, or the correct options' plain text. */
export function rightAnswerText(quiz: Quiz, id: string, optionText: (optionId: string) => string = (optionId) => optionId): string {
  const right = correctAnswer(quiz, id) ?? [];
  return quiz.kind === "classify" ? right.map((key) => categoryLabel(quiz, key)).join(", ") : right.map(optionText).join("; ");
}

/** The live-region message after an answer in practice mode. */
export function feedbackAnnouncement(quiz: Quiz, id: string, answer: Answer, optionText?: (optionId: string) => string): string {
  if (isCorrect(quiz, id, answer)) return "Correct.";
  const right = rightAnswerText(quiz, id, optionText);
  return quiz.kind === "classify" ? `Incorrect. The answer is ${right}.` : `Incorrect. The right answer: ${right}.`;
}

/** "32 of 40 correct (80 %). Passed." */
export function resultSummary(grade: RoundGrade): string {
  return `${grade.correct} of ${grade.total} correct (${grade.percent} %). ${grade.passed ? "Passed." : "Not passed."}`;
}

/** "3 delegable actions marked root-only": one line per kind of mistake, by category label. */
export function mistakeLines(quiz: Quiz, grade: RoundGrade): string[] {
  return grade.mistakes.map((mistake) => {
    const noun = mistake.count === 1 ? "action" : "actions";
    return `${mistake.count} “${categoryLabel(quiz, mistake.actual)}” ${noun} marked “${categoryLabel(quiz, mistake.chosen)}”`;
  });
}
