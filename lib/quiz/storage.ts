import { readStored, readStoredInParts, subscribeToStorage, writeStored, type ReadInParts } from "../browser-storage";
import {
  EMPTY_ATTEMPTS,
  parseAttempts,
  parseSavedSession,
  recordAttempt,
  savedSession,
  sessionProgress,
  storedAttempts,
  type AttemptsStore,
  type SavedSession,
  type Score,
} from "./saved";
import type { QuizSession } from "./session";
import type { Quiz } from "./types";

/** localStorage key of a quiz's session in progress. */
export function sessionKey(slug: string): string {
  return `pagebreak:quiz:${slug}`;
}

/** localStorage key of every quiz's past attempts. */
export const ATTEMPTS_KEY = "pagebreak:quiz-attempts";

/** The saved session as read for `quiz`; a session saved for another version of the quiz is set aside. */
function loadSaved(slug: string, quiz: Quiz): SavedSession | null {
  return readStored(sessionKey(slug), (raw) => parseSavedSession(raw, quiz), null);
}

/** The saved session of a quiz, or null when there is none (or it had to be set aside). */
export function loadSession(slug: string, quiz: Quiz): QuizSession | null {
  return loadSaved(slug, quiz)?.session ?? null;
}

/** Saves a session, keeping the fields of the saved one this version does not know; false when the browser refused. */
export function saveSession(slug: string, session: QuizSession, quiz: Quiz): boolean {
  return writeStored(sessionKey(slug), savedSession(session, quiz, loadSaved(slug, quiz)?.unknownFields));
}

/** Damaged entries are set aside; the readable ones, unknown fields and all, stay stored. */
function parseStoredAttempts(raw: string | null): ReadInParts<AttemptsStore> | undefined {
  const read = parseAttempts(raw);
  if (!read) return undefined;
  if (!read.damaged) return { value: read.store };
  return { value: read.store, setAside: { part: read.damaged, rest: storedAttempts(read.store) } };
}

export function loadAttempts(): AttemptsStore {
  return readStoredInParts(ATTEMPTS_KEY, parseStoredAttempts, EMPTY_ATTEMPTS);
}

/** Records a finished full round; false when the browser refused to store it. */
export function saveAttempt(slug: string, seed: number, score: Score): boolean {
  const before = loadAttempts();
  const after = recordAttempt(before, slug, seed, score);
  return after === before || writeStored(ATTEMPTS_KEY, storedAttempts(after));
}

/** Calls back when attempts or any quiz session change, here or in another tab. */
export function subscribeToQuizzes(listener: () => void): () => void {
  return subscribeToStorage((key) => key === ATTEMPTS_KEY || key.startsWith("pagebreak:quiz:"), listener);
}

/** How far the learner got in a quiz they have not finished, if they started one. */
export function quizInProgress(slug: string) {
  return readStored(sessionKey(slug), (raw) => sessionProgress(raw) ?? null, null, "progress");
}
