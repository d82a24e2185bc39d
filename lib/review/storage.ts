import { readStoredInParts, subscribeToStorage, writeStored, type ReadInParts } from "../browser-storage";
import { REVIEW_KEY } from "./key";
import { EMPTY_SCHEDULE, parseReviewSchedule, storedReviewSchedule, type ReviewSchedule } from "./saved";

/**
 * The review schedule in the browser, through lib/browser-storage.ts like the learner's other data:
 * unreadable data is set aside under its prefix (so the storage notice tells the learner), and a
 * change made in another tab reaches subscribers.
 */

export { REVIEW_KEY };

/** Where the schedule is kept. The screens take one, so the logic can be tested on any storage. */
export interface ReviewStore {
  /** The schedule as stored now; the same object until it changes, as useSyncExternalStore needs. */
  read(): ReviewSchedule;
  /** Stores the schedule; false when the browser refused (storage full or turned off). */
  write(schedule: ReviewSchedule): boolean;
  /** Calls back when the schedule changes, here or in another tab. */
  subscribe(listener: () => void): () => void;
}

/** Damaged cards are set aside; the readable ones, unknown fields and all, stay stored. */
function parseStored(raw: string | null): ReadInParts<ReviewSchedule> | undefined {
  const read = parseReviewSchedule(raw);
  if (!read) return undefined;
  if (!read.damaged) return { value: read.schedule };
  return { value: read.schedule, setAside: { part: read.damaged, rest: storedReviewSchedule(read.schedule) } };
}

/** The schedule in this browser's localStorage. */
export const browserReviewStore: ReviewStore = {
  read: () => readStoredInParts(REVIEW_KEY, parseStored, EMPTY_SCHEDULE),
  write: (schedule) => writeStored(REVIEW_KEY, storedReviewSchedule(schedule)),
  subscribe: (listener) => subscribeToStorage((key) => key === REVIEW_KEY, listener),
};
