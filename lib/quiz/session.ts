import { deriveSeed, shuffle } from "./shuffle";
import type { ChoiceOption, Quiz, QuizMode } from "./types";

/**
 * A learner's answer: the chosen category key for a classification item, or the checked option
 * ids for a multiple-choice question. One shape, so grading and saving need no special cases.
 */
export type Answer = string[];

/** Where a learner is in a quiz. Plain data: saved after every answer and restored on reload. */
export interface QuizSession {
  mode: QuizMode;
  phase: "start" | "asking" | "feedback" | "results";
  /** Item ids of the current round in the order shown. */
  order: string[];
  /** Position in `order` of the item being asked (or just answered). */
  index: number;
  /** This round's answers by item id. The first answer checked is the one that counts. */
  answers: Record<string, Answer>;
  /** Seed of this round's shuffles (items and options). */
  seed: number;
  /** True when the round asks every item (it counts as an attempt); false for "Retry missed". */
  fullRound: boolean;
}

export type SessionAction =
  | { type: "setMode"; mode: QuizMode }
  | { type: "start"; seed: number }
  | { type: "answer"; answer: Answer }
  | { type: "next" }
  | { type: "retryMissed"; seed: number }
  | { type: "startOver" };

/** The ids of every item (classification) or question (multiple choice), in source order. */
export function itemIds(quiz: Quiz): string[] {
  return quiz.kind === "classify" ? quiz.items.map((item) => item.id) : quiz.questions.map((question) => question.id);
}

/** The right answer to an item, in the same shape as a learner's answer. */
export function correctAnswer(quiz: Quiz, id: string): Answer | undefined {
  if (quiz.kind === "classify") {
    const item = quiz.items.find((candidate) => candidate.id === id);
    return item ? [item.category] : undefined;
  }
  const question = quiz.questions.find((candidate) => candidate.id === id);
  return question?.options.filter((option) => option.correct).map((option) => option.id);
}

/** True when an answer is exactly right: the same category, or exactly the correct options. */
export function isCorrect(quiz: Quiz, id: string, answer: Answer): boolean {
  const right = correctAnswer(quiz, id);
  if (!right || right.length !== answer.length) return false;
  const chosen = new Set(answer);
  return chosen.size === answer.length && right.every((key) => chosen.has(key));
}

export function initialSession(quiz: Quiz): QuizSession {
  return { mode: quiz.mode, phase: "start", order: [], index: 0, answers: {}, seed: 0, fullRound: true };
}

function round(quiz: Quiz, ids: string[], seed: number, fullRound: boolean): Pick<QuizSession, "order" | "index" | "answers" | "seed" | "fullRound"> {
  return { order: quiz.shuffle ? shuffle(ids, seed) : ids, index: 0, answers: {}, seed, fullRound };
}

/** Item ids of the round answered wrongly (or not at all). */
export function missedIds(quiz: Quiz, session: QuizSession): string[] {
  return session.order.filter((id) => {
    const answer = session.answers[id];
    return !answer || !isCorrect(quiz, id, answer);
  });
}

function advance(session: QuizSession): QuizSession {
  const index = session.index + 1;
  return index < session.order.length ? { ...session, phase: "asking", index } : { ...session, phase: "results" };
}

/** The quiz session reducer. Pure: same state and action, same result; invalid actions change nothing. */
export function reduceSession(quiz: Quiz, session: QuizSession, action: SessionAction): QuizSession {
  switch (action.type) {
    case "setMode":
      return session.phase === "start" ? { ...session, mode: action.mode } : session;
    case "start":
      if (session.phase !== "start") return session;
      return { ...session, phase: "asking", ...round(quiz, itemIds(quiz), action.seed, true) };
    case "answer": {
      const id = session.order[session.index];
      if (session.phase !== "asking" || id === undefined || session.answers[id]) return session;
      if (correctAnswer(quiz, id) === undefined || action.answer.length === 0) return session;
      const answered = { ...session, answers: { ...session.answers, [id]: [...action.answer] } };
      return session.mode === "practice" ? { ...answered, phase: "feedback" } : advance(answered);
    }
    case "next":
      return session.phase === "feedback" ? advance(session) : session;
    case "retryMissed": {
      if (session.phase !== "results") return session;
      const missed = missedIds(quiz, session);
      return missed.length === 0 ? session : { ...session, phase: "asking", ...round(quiz, missed, action.seed, false) };
    }
    case "startOver":
      return { ...initialSession(quiz), mode: session.mode };
  }
}

/** The options of a question in this round's order (shuffled per question when the quiz shuffles). */
export function optionOrder(quiz: Quiz, options: ChoiceOption[], questionId: string, seed: number): ChoiceOption[] {
  return quiz.shuffle ? shuffle(options, deriveSeed(seed, questionId)) : options;
}

export interface CategoryMistake {
  /** The right category's key. */
  actual: string;
  /** The category the learner chose instead. */
  chosen: string;
  count: number;
}

export interface RoundGrade {
  correct: number;
  total: number;
  /** Whole percent, rounded down so "passed" never rests on rounding up. */
  percent: number;
  passed: boolean;
  missed: string[];
  /** For classification: which wrong category was chosen for which right one, most common first. */
  mistakes: CategoryMistake[];
}

/** Grades the current round. */
export function gradeRound(quiz: Quiz, session: QuizSession): RoundGrade {
  const total = session.order.length;
  const missed = missedIds(quiz, session);
  const correct = total - missed.length;
  const mistakes = new Map<string, CategoryMistake>();
  if (quiz.kind === "classify") {
    for (const id of missed) {
      const chosen = session.answers[id]?.[0];
      const actual = correctAnswer(quiz, id)?.[0];
      if (!chosen || !actual) continue;
      const key = `${actual}\0${chosen}`;
      const entry = mistakes.get(key) ?? { actual, chosen, count: 0 };
      mistakes.set(key, { ...entry, count: entry.count + 1 });
    }
  }
  return {
    correct,
    total,
    percent: total === 0 ? 0 : Math.floor((correct / total) * 100),
    passed: total > 0 && correct / total >= quiz.pass,
    missed,
    mistakes: [...mistakes.values()].sort((a, b) => b.count - a.count),
  };
}
