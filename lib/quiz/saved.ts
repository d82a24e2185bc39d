import { asRecord, keepUnknown, parseJson, unknownFieldsOf, withUnknownFields, type UnknownFields } from "../stored-json";
import { correctAnswer, itemIds, type QuizSession } from "./session";
import type { Quiz } from "./types";

/**
 * Saved quiz data and how to read it back. Pure: the browser glue is storage.ts. Anything that does
 * not fit the quiz as it is now (an item removed since, a damaged value) is refused, so the caller
 * sets it aside instead of resuming into a broken state. Fields this version does not know are kept
 * and written back unchanged: a newer Pagebreak may have written them.
 */

export const SAVED_SESSION_VERSION = 1;
export const ATTEMPTS_VERSION = 1;

export interface Score {
  correct: number;
  total: number;
  percent: number;
  /** Fields of the stored score this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

export interface QuizAttempts {
  best: Score;
  last: Score;
  count: number;
  /** Seed of the round last recorded, so showing its results again does not count twice. */
  lastSeed: number;
  /**
   * Of `count`, the rounds taken in other browsers, by browser id, as last imported from a data file
   * (lib/data-export). The rest were taken here. Kept apart so importing the same rounds again adds
   * nothing; absent when none were imported.
   */
  from?: Readonly<Record<string, number>>;
  /** Fields of the stored entry this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

export interface AttemptsStore {
  version: typeof ATTEMPTS_VERSION;
  quizzes: Record<string, QuizAttempts>;
  /** Fields of the stored value this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

/** What parseAttempts read: the attempts, and the quizzes' entries it could not read. */
export interface ParsedAttempts {
  store: AttemptsStore;
  /** The damaged entries exactly as stored, in a value shaped like the store, for the caller to set aside. */
  damaged?: { version: typeof ATTEMPTS_VERSION; quizzes: Record<string, unknown> };
}

export const EMPTY_ATTEMPTS: AttemptsStore = { version: ATTEMPTS_VERSION, quizzes: {} };

/**
 * What a saved session is checked against: the quiz's fingerprint and its item ids. Plain data, so
 * a page that does not load the quiz (the outline) can be handed it by the server.
 */
export interface QuizSignature {
  fingerprint: string;
  items: string[];
}

/** A saved session as read back, with the fields of its envelope and session this version does not know. */
export interface SavedSession {
  session: QuizSession;
  unknownFields?: { envelope?: UnknownFields; session?: UnknownFields };
}

const ENVELOPE_FIELDS = ["version", "quiz", "session", "savedAt"];
const SESSION_FIELDS = ["mode", "phase", "order", "index", "answers", "seed", "fullRound"];
const STORE_FIELDS = ["version", "quizzes"];
const ATTEMPT_FIELDS = ["best", "last", "count", "lastSeed", "from"];
const SCORE_FIELDS = ["correct", "total", "percent"];

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
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

export function quizSignature(quiz: Quiz): QuizSignature {
  return { fingerprint: quizFingerprint(quiz), items: itemIds(quiz) };
}

/** Reads a saved session for the quiz `signature` names; null when none is saved, undefined when it cannot be trusted. */
export function parseSavedSession(raw: string | null, signature: QuizSignature): SavedSession | null | undefined {
  if (raw === null) return null;
  const saved = asRecord(parseJson(raw));
  if (!saved || saved.version !== SAVED_SESSION_VERSION || saved.quiz !== signature.fingerprint) return undefined;
  const session = asRecord(saved.session);
  if (!session) return undefined;
  const { mode, phase, order, index, answers, seed, fullRound } = session;
  const known = new Set(signature.items);
  if (mode !== "practice" && mode !== "exam") return undefined;
  if (phase !== "start" && phase !== "asking" && phase !== "feedback" && phase !== "results") return undefined;
  if (!Array.isArray(order) || !order.every((id) => typeof id === "string" && known.has(id))) return undefined;
  if (new Set(order).size !== order.length) return undefined;
  if (!isCount(index) || (order.length > 0 && index >= order.length)) return undefined;
  if (typeof seed !== "number" || typeof fullRound !== "boolean") return undefined;
  const answerRecord = asRecord(answers);
  if (!answerRecord) return undefined;
  const cleanAnswers: Record<string, string[]> = {};
  for (const [id, answer] of Object.entries(answerRecord)) {
    if (!order.includes(id) || !Array.isArray(answer) || !answer.every((key) => typeof key === "string")) return undefined;
    cleanAnswers[id] = answer;
  }
  if (phase !== "start" && order.length === 0) return undefined;
  const envelope = unknownFieldsOf(saved, ENVELOPE_FIELDS);
  const sessionFields = unknownFieldsOf(session, SESSION_FIELDS);
  return {
    session: { mode, phase, order: [...order], index, answers: cleanAnswers, seed, fullRound },
    ...(envelope || sessionFields ? { unknownFields: { envelope, session: sessionFields } } : {}),
  };
}

/**
 * The envelope a session is saved in, as parseSavedSession reads it, with the unknown fields of the
 * one it replaces. `savedAt` (ms since 1970) says which of two copies is newer when a data file is
 * imported (lib/data-export).
 */
export function savedSession(session: QuizSession, quiz: Quiz, unknownFields?: SavedSession["unknownFields"], savedAt?: number) {
  return withUnknownFields(
    {
      version: SAVED_SESSION_VERSION,
      quiz: quizFingerprint(quiz),
      session: withUnknownFields(session, unknownFields?.session),
      ...(savedAt === undefined ? {} : { savedAt }),
    },
    unknownFields?.envelope,
  );
}

/**
 * How far a saved session got, for the outline: only a session the quiz as it is now would resume
 * counts. `retry` is true in a "Retry missed" round, whose total is the items missed, not the quiz's.
 */
export function sessionProgress(raw: string | null, signature: QuizSignature): { answered: number; total: number; retry: boolean } | undefined {
  const session = parseSavedSession(raw, signature)?.session;
  if (!session || session.phase === "start" || session.phase === "results") return undefined;
  return { answered: Object.keys(session.answers).length, total: session.order.length, retry: !session.fullRound };
}

function parseScore(value: unknown): Score | undefined {
  const score = asRecord(value);
  if (!score) return undefined;
  const { correct, total, percent } = score;
  if (!isCount(correct) || !isCount(total) || !isCount(percent) || correct > total) return undefined;
  return { correct, total, percent, ...keepUnknown(unknownFieldsOf(score, SCORE_FIELDS)) };
}

/** `from` as stored: browser id → rounds, together no more than `count`; null when damaged. */
function parseFrom(value: unknown, count: number): { from?: Record<string, number> } | null {
  if (value === undefined) return {};
  const stored = asRecord(value);
  if (!stored || !Object.values(stored).every(isCount)) return null;
  const counts = Object.values(stored) as number[];
  if (counts.reduce((sum, rounds) => sum + rounds, 0) > count) return null;
  // fromEntries defines own properties: a browser id `__proto__` stays data.
  return counts.length > 0 ? { from: Object.fromEntries(Object.entries(stored) as [string, number][]) } : {};
}

function parseAttemptsEntry(value: unknown): QuizAttempts | undefined {
  const entry = asRecord(value);
  const best = parseScore(entry?.best);
  const last = parseScore(entry?.last);
  const count = entry?.count;
  const lastSeed = entry?.lastSeed;
  if (!entry || !best || !last || !isCount(count) || typeof lastSeed !== "number") return undefined;
  const from = parseFrom(entry.from, count);
  if (!from) return undefined;
  return { best, last, count, lastSeed, ...from, ...keepUnknown(unknownFieldsOf(entry, ATTEMPT_FIELDS)) };
}

/**
 * Reads saved attempts; undefined when the value as a whole cannot be trusted. A damaged entry does
 * not cost the others: it comes back in `damaged`, as stored, for the caller to set aside.
 */
export function parseAttempts(raw: string | null): ParsedAttempts | undefined {
  if (raw === null) return { store: EMPTY_ATTEMPTS };
  const saved = asRecord(parseJson(raw));
  if (!saved || saved.version !== ATTEMPTS_VERSION) return undefined;
  const quizzes = asRecord(saved.quizzes);
  if (!quizzes) return undefined;
  const valid: [string, QuizAttempts][] = [];
  const damaged: [string, unknown][] = [];
  for (const [slug, value] of Object.entries(quizzes)) {
    const entry = parseAttemptsEntry(value);
    if (entry) valid.push([slug, entry]);
    else damaged.push([slug, value]);
  }
  // fromEntries defines own properties: a quiz slugged `__proto__` stays data.
  const store: AttemptsStore = { version: ATTEMPTS_VERSION, quizzes: Object.fromEntries(valid), ...keepUnknown(unknownFieldsOf(saved, STORE_FIELDS)) };
  return damaged.length > 0 ? { store, damaged: { version: ATTEMPTS_VERSION, quizzes: Object.fromEntries(damaged) } } : { store };
}

function storedScore({ unknownFields, ...score }: Score) {
  return withUnknownFields(score, unknownFields);
}

/** The value to store: parseAttempts reads it back as `store`, unknown fields and all. */
export function storedAttempts(store: AttemptsStore): Record<string, unknown> {
  const quizzes = Object.fromEntries(
    Object.entries(store.quizzes).map(([slug, { unknownFields, best, last, ...entry }]) => [
      slug,
      withUnknownFields({ best: storedScore(best), last: storedScore(last), ...entry }, unknownFields),
    ]),
  );
  return withUnknownFields({ version: store.version, quizzes }, store.unknownFields);
}

/** Adds a finished full round to a quiz's attempts (once per round). A best score kept is kept whole. */
export function recordAttempt(store: AttemptsStore, slug: string, seed: number, score: Score): AttemptsStore {
  const before = Object.hasOwn(store.quizzes, slug) ? store.quizzes[slug] : undefined;
  if (before && before.lastSeed === seed) return store;
  const best = !before || score.percent > before.best.percent ? score : before.best;
  const from = before?.from ? { from: before.from } : {};
  const entry: QuizAttempts = { best, last: score, count: (before?.count ?? 0) + 1, lastSeed: seed, ...from, ...keepUnknown(before?.unknownFields) };
  return { ...store, quizzes: { ...store.quizzes, [slug]: entry } };
}

/** A quiz's attempts, if any. */
export function attemptsFor(store: AttemptsStore, slug: string): QuizAttempts | undefined {
  return Object.hasOwn(store.quizzes, slug) ? store.quizzes[slug] : undefined;
}
