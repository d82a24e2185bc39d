import { readStored, readStoredInParts, subscribeToStorage, writeStored, type ReadInParts } from "../browser-storage";
import {
  EMPTY_ATTEMPTS,
  parseAttempts,
  parseSavedSession,
  quizSignature,
  recordAttempt,
  savedSession,
  sessionProgress,
  storedAttempts,
  type AttemptsStore,
  type QuizSignature,
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

const signatures = new WeakMap<Quiz, QuizSignature>();

/** The quiz's signature, worked out once per quiz (sessions are read on every render). */
function signatureOf(quiz: Quiz): QuizSignature {
  const known = signatures.get(quiz);
  if (known) return known;
  const signature = quizSignature(quiz);
  signatures.set(quiz, signature);
  return signature;
}

/** The saved session as read for `quiz`; a session saved for another version of the quiz is set aside. */
function loadSaved(slug: string, quiz: Quiz): SavedSession | null {
  const signature = signatureOf(quiz);
  // The view names the fingerprint: a quiz edited while the app runs (`npm run dev`) is read afresh.
  return readStored(sessionKey(slug), (raw) => parseSavedSession(raw, signature), null, signature.fingerprint);
}

/** The saved session of a quiz, or null when there is none (or it had to be set aside). */
export function loadSession(slug: string, quiz: Quiz): QuizSession | null {
  return loadSaved(slug, quiz)?.session ?? null;
}

/** Saves a session, keeping the fields of the saved one this version does not know; false when the browser refused. */
export function saveSession(slug: string, session: QuizSession, quiz: Quiz): boolean {
  return writeStored(sessionKey(slug), savedSession(session, quiz, loadSaved(slug, quiz)?.unknownFields, Date.now()));
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

/**
 * How far the learner got in a quiz they have not finished, if they started one, by the session the
 * quiz page would resume: one saved for an earlier version of the quiz is not in progress. Display
 * only; the quiz page sets such a session aside when it opens.
 */
export function quizInProgress(slug: string, signature: QuizSignature) {
  return readStored(sessionKey(slug), (raw) => sessionProgress(raw, signature) ?? null, null, `progress\0${signature.fingerprint}`);
}
