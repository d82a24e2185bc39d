import type { Quiz, QuizMode } from "./types";

/** What a quiz's start screen shows before the quiz itself has arrived. */
export interface QuizSummary {
  kind: Quiz["kind"];
  introHtml: string;
  /** Items or questions. */
  count: number;
  /** 0..1. */
  pass: number;
  mode: QuizMode;
}

export function quizSummary(quiz: Quiz): QuizSummary {
  return { kind: quiz.kind, introHtml: quiz.introHtml, count: quiz.kind === "classify" ? quiz.items.length : quiz.questions.length, pass: quiz.pass, mode: quiz.mode };
}

/** "40 actions", "1 question". */
export function countLabel({ kind, count }: Pick<QuizSummary, "kind" | "count">): string {
  const [one, many] = kind === "classify" ? ["action", "actions"] : ["question", "questions"];
  return `${count} ${count === 1 ? one : many}`;
}

/** A fetched quiz, checked only as far as telling it apart from something else answering the URL. */
export function isQuiz(data: unknown): data is Quiz {
  if (typeof data !== "object" || data === null) return false;
  const quiz = data as Partial<Record<string, unknown>>;
  return (quiz.kind === "classify" && Array.isArray(quiz.items)) || (quiz.kind === "choice" && Array.isArray(quiz.questions));
}
