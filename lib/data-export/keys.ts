/**
 * Which localStorage keys are Pagebreak's, and what each holds. Every key starts with
 * PAGEBREAK_PREFIX; the stores name their own keys, this module only sorts them.
 */

import { SEEN_KEY, SET_ASIDE_PREFIX } from "../browser-storage";
import { OUTLINE_FOLDS_KEY } from "../progress/outline-folds";
import { READING_KEY } from "../progress/storage";
import { ATTEMPTS_KEY, sessionKey } from "../quiz/storage";
import { REVIEW_KEY } from "../review/storage";
import { THEME_KEY } from "../theme";

/** Every key Pagebreak keeps in the browser starts with this. */
export const PAGEBREAK_PREFIX = "pagebreak:";

/** Where a quiz's session in progress is kept: `pagebreak:quiz:<slug>`. */
export const SESSION_PREFIX = sessionKey("");

/**
 * This browser's random id, made the first time data is exported or imported. Quiz attempts are
 * counted per browser (QuizAttempts.from) so that importing a file twice adds its attempts once.
 * Not part of the learner's data: each browser keeps its own.
 */
export const BROWSER_KEY = "pagebreak:browser";

export { ATTEMPTS_KEY, OUTLINE_FOLDS_KEY, READING_KEY, REVIEW_KEY, SEEN_KEY, SET_ASIDE_PREFIX, THEME_KEY };

/** Keys that are bookkeeping of this browser, not the learner's data: neither exported nor imported. */
export const LOCAL_ONLY_KEYS: readonly string[] = [BROWSER_KEY, SEEN_KEY];

/** The slug of a quiz session key, or undefined for any other key. */
export function sessionSlug(key: string): string | undefined {
  return key.startsWith(SESSION_PREFIX) && key.length > SESSION_PREFIX.length ? key.slice(SESSION_PREFIX.length) : undefined;
}
