import { readStored, subscribeToStorage } from "../browser-storage";
import { asRecord, parseJson } from "../stored-json";
import { REVIEW_KEY, REVIEW_VERSION } from "./key";

/**
 * When the stored cards are due, read without the scheduler: the header's "Review (3)" is on every
 * page and must not carry ts-fsrs. A reader only: it never sets anything aside (what it cannot read
 * counts as no card); the Review page's full read (storage.ts) does that and tells the learner.
 * It counts every scheduled card, also one whose item has since left the course or changed its
 * answer, which the Review page alone can tell (it knows the course's items).
 */

const NONE: readonly number[] = [];

function time(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The due times (ms since the epoch) of the readable cards in a stored schedule, earliest first. */
export function parseDueTimes(raw: string | null): readonly number[] {
  if (raw === null) return NONE;
  const data = asRecord(parseJson(raw));
  const cards = asRecord(data?.cards);
  if (!data || data.version !== REVIEW_VERSION || !cards) return NONE;
  const times: number[] = [];
  for (const value of Object.values(cards)) {
    const entry = asRecord(value);
    const due = time(asRecord(entry?.card)?.due);
    if (due !== undefined && time(entry?.lastReview) !== undefined) times.push(due);
  }
  return times.sort((a, b) => a - b);
}

/** How many of the cards are due at `now`, and when the next one falls due (undefined: none is waiting). */
export function dueSummary(times: readonly number[], now: number): { count: number; next?: number } {
  const count = times.filter((due) => due <= now).length;
  const next = times[count];
  return next === undefined ? { count } : { count, next };
}

/** The due times as stored in this browser now; the same array until the schedule changes. */
export function storedDueTimes(): readonly number[] {
  return readStored(REVIEW_KEY, parseDueTimes, NONE, "due-times");
}

/** Calls back when the schedule changes, here or in another tab. */
export function subscribeToReview(listener: () => void): () => void {
  return subscribeToStorage((key) => key === REVIEW_KEY, listener);
}
