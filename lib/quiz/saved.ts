import { correctAnswer, itemIds, type QuizSession } from "./session";
import type { Quiz } from "./types";

/**
 * Saved quiz data and how to read it back. Pure: the browser glue is storage.ts. Anything that does
 * not fit the quiz as it is now (an item removed since, a damaged value) is refused, so the caller
 * sets it aside instead of resuming into a broken state.
 */

export const SAVED_SESSION_VERSION = 1;
export const ATTEMPTS_VERSION = 1;

export interface Score {
  correct: number;
  total: number;
  percent: number;
}

export interface QuizAttempts {
  best: Score;
  last: Score;
  count: number;
  /** Seed of the round last recorded, so showing its results again does not count twice. */
  lastSeed: number;
}

export interface AttemptsStore {
  version: typeof ATTEMPTS_VERSION;
  quizzes: Record<string, QuizAttempts>;
}

export const EMPTY_ATTEMPTS: AttemptsStore = { version: ATTEMPTS_VERSION, quizzes: {} };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * What a saved session's answers mean: the items and their right answers. An instructor who reorders
 * options or changes an answer changes it, and a session saved before no longer fits.
 */
export function quizFingerprint(quiz: Quiz): string {
  const key = itemIds(quiz).map((id) => `${id}=${(correctAnswer(quiz, id) ?? []).join("+")}`);
  if (quiz.kind === "choice") key.push(...quiz.questions.map((question) => `${question.id}:${question.options.length}`));
  return key.join("|");
}

/** Reads a saved session for `quiz`; null when none is saved, undefined when it cannot be trusted. */
export function parseSavedSession(raw: string | null, quiz: Quiz): QuizSession | null | undefined {
  if (raw === null) return null;
  const saved = record(parseJson(raw));
  if (!saved || saved.version !== SAVED_SESSION_VERSION || saved.quiz !== quizFingerprint(quiz)) return undefined;
  const session = record(saved.session);
  if (!session) return undefined;
  const { mode, phase, order, index, answers, seed, fullRound } = session;
  const known = new Set(itemIds(quiz));
  if (mode !== "practice" && mode !== "exam") return undefined;
  if (phase !== "start" && phase !== "asking" && phase !== "feedback" && phase !== "results") return undefined;
  if (!Array.isArray(order) || !order.every((id) => typeof id === "string" && known.has(id))) return undefined;
  if (new Set(order).size !== order.length) return undefined;
  if (!isCount(index) || (order.length > 0 && index >= order.length)) return undefined;
  if (typeof seed !== "number" || typeof fullRound !== "boolean") return undefined;
  const answerRecord = record(answers);
  if (!answerRecord) return undefined;
  const cleanAnswers: Record<string, string[]> = {};
  for (const [id, answer] of Object.entries(answerRecord)) {
    if (!order.includes(id) || !Array.isArray(answer) || !answer.every((key) => typeof key === "string")) return undefined;
    cleanAnswers[id] = answer;
  }
  if (phase !== "start" && order.length === 0) return undefined;
  return { mode, phase, order: [...order], index, answers: cleanAnswers, seed, fullRound };
}

/** The envelope a session is saved in, as parseSavedSession reads it. */
export function savedSession(session: QuizSession, quiz: Quiz) {
  return { version: SAVED_SESSION_VERSION, quiz: quizFingerprint(quiz), session };
}

function parseScore(value: unknown): Score | undefined {
  const score = record(value);
  if (!score) return undefined;
  const { correct, total, percent } = score;
  if (!isCount(correct) || !isCount(total) || !isCount(percent) || correct > total) return undefined;
  return { correct, total, percent };
}

/** Reads saved attempts; undefined when the value cannot be trusted. Damaged entries are dropped one by one. */
export function parseAttempts(raw: string | null): AttemptsStore | undefined {
  if (raw === null) return EMPTY_ATTEMPTS;
  const saved = record(parseJson(raw));
  if (!saved || saved.version !== ATTEMPTS_VERSION) return undefined;
  const quizzes = record(saved.quizzes);
  if (!quizzes) return undefined;
  // fromEntries and computed keys define own properties: a quiz slugged `__proto__` stays data.
  const clean: Record<string, QuizAttempts> = Object.fromEntries(
    Object.entries(quizzes).flatMap(([slug, value]) => {
      const entry = record(value);
      const best = parseScore(entry?.best);
      const last = parseScore(entry?.last);
      const count = entry?.count;
      const lastSeed = entry?.lastSeed;
      if (!best || !last || !isCount(count) || typeof lastSeed !== "number") return [];
      const attempts: QuizAttempts = { best, last, count, lastSeed };
      return [[slug, attempts]];
    }),
  );
  return { version: ATTEMPTS_VERSION, quizzes: clean };
}

/** Adds a finished full round to a quiz's attempts (once per round). */
export function recordAttempt(store: AttemptsStore, slug: string, seed: number, score: Score): AttemptsStore {
  const before = Object.hasOwn(store.quizzes, slug) ? store.quizzes[slug] : undefined;
  if (before && before.lastSeed === seed) return store;
  const best = !before || score.percent > before.best.percent ? score : before.best;
  const entry: QuizAttempts = { best, last: score, count: (before?.count ?? 0) + 1, lastSeed: seed };
  return { version: ATTEMPTS_VERSION, quizzes: { ...store.quizzes, [slug]: entry } };
}

/** A quiz's attempts, if any. */
export function attemptsFor(store: AttemptsStore, slug: string): QuizAttempts | undefined {
  return Object.hasOwn(store.quizzes, slug) ? store.quizzes[slug] : undefined;
}

/** How far a saved session got, for the outline (which does not load the quiz itself). */
export function sessionProgress(raw: string | null): { answered: number; total: number } | undefined {
  if (raw === null) return undefined;
  const session = record(record(parseJson(raw))?.session);
  const order = session?.order;
  const answers = record(session?.answers);
  if (!session || !Array.isArray(order) || !answers || session.phase === "start" || session.phase === "results") return undefined;
  return { answered: Object.keys(answers).length, total: order.length };
}
