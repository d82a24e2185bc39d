import { correctAnswer, isCorrect, type Answer, type QuizSession, type RoundGrade } from "./session";
import type { ChoiceQuestion, Quiz } from "./types";

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

/** "Practice mode", "Exam mode: results at the end", with "Retrying 3 missed · " in front in a retry round. */
export function roundLabel(mode: QuizSession["mode"], fullRound: boolean, total: number): string {
  const modeText = mode === "practice" ? "Practice mode" : "Exam mode: results at the end";
  return fullRound ? modeText : `Retrying ${total} missed · ${modeText.charAt(0).toLowerCase()}${modeText.slice(1)}`;
}

/** Wording that already tells the learner to pick several: "Select all that apply", "choose all correct…". */
export const SELECT_ALL_RE = /\b(?:(?:select|choose|pick|check|tick|mark)\s+(?:all|every)\b|all\s+that\s+apply\b)/i;

const TAG_RE = /<[^>]*>/g;

/** True when a question's own text (sanitized HTML) already says to select all that apply. */
export function saysSelectAll(promptHtml: string): boolean {
  return SELECT_ALL_RE.test(promptHtml.replace(TAG_RE, " ").replace(/&nbsp;|\s+/g, " "));
}

/** What counts as right in a select-all question, said plainly. */
export const EXACTLY_RIGHT = "It counts only when exactly right: every correct option and no other.";

/**
 * The line under a question: "Choose one.", or for a select-all question "Select all that apply."
 * (left out when the question says it already, as the old course's questions do) and what counts.
 */
export function choiceHint(question: Pick<ChoiceQuestion, "multiple" | "promptHtml">): string {
  if (!question.multiple) return "Choose one.";
  return saysSelectAll(question.promptHtml) ? EXACTLY_RIGHT : `Select all that apply. ${EXACTLY_RIGHT}`;
}

/**
 * Why a select-all answer that is partly right did not count: "You selected 2 of the 3 correct
 * options and 1 wrong one." Undefined for one-answer questions and for answers that count.
 */
export function selectAllNote(question: ChoiceQuestion, answer: Answer): string | undefined {
  if (!question.multiple) return undefined;
  const right = question.options.filter((option) => option.correct);
  const picked = new Set(answer);
  const rightPicked = right.filter((option) => picked.has(option.id)).length;
  const wrongPicked = question.options.filter((option) => !option.correct && picked.has(option.id)).length;
  if (rightPicked === right.length && wrongPicked === 0) return undefined;
  const wrongPart = wrongPicked === 0 ? "no wrong one" : wrongPicked === 1 ? "1 wrong one" : `${wrongPicked} wrong ones`;
  return `You selected ${rightPicked} of the ${right.length} correct options and ${wrongPart}: a select-all question counts only when exactly right.`;
}

/** How far a saved session got, as sessionProgress reads it. */
export interface QuizProgressFacts {
  answered: number;
  total: number;
  /** True in a "Retry missed" round. */
  retry: boolean;
}

/**
 * The outline's line for a quiz: "Not taken", "In progress: 5 of 40 answered", "Retrying 8 missed:
 * 0 of 8 answered", with "Best 90 % · last 75 %" once a full round is done.
 */
export function quizProgressText(progress: QuizProgressFacts | null | undefined, scores: { best: { percent: number }; last: { percent: number } } | undefined): string {
  const parts: string[] = [];
  if (progress) {
    const answered = `${progress.answered} of ${progress.total} answered`;
    parts.push(progress.retry ? `Retrying ${progress.total} missed: ${answered}` : `In progress: ${answered}`);
  }
  if (scores) parts.push(`Best ${scores.best.percent} % · last ${scores.last.percent} %`);
  return parts.join(" · ") || "Not taken";
}
