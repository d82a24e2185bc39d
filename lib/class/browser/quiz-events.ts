import { gradeRound, isCorrect, type QuizSession } from "../../quiz/session";
import type { Quiz } from "../../quiz/types";
import { reportToClass } from "./record";

/**
 * The class events of one quiz step: the item just answered (its first answer in this round, the
 * one that counts), and the round's score when a full round has just ended.
 */
export function reportQuizStep(slug: string, quiz: Quiz, before: QuizSession, after: QuizSession): void {
  const id = before.order[before.index];
  const answer = id === undefined ? undefined : after.answers[id];
  if (id !== undefined && answer && !before.answers[id]) {
    reportToClass({ kind: "answer", quiz: slug, item: id, answer, correct: isCorrect(quiz, id, answer) });
  }
  if (after.phase === "results" && before.phase !== "results" && after.fullRound) {
    const { correct, total, percent } = gradeRound(quiz, after);
    reportToClass({ kind: "attempt", quiz: slug, correct, total, percent });
  }
}
