import { dueSummary, storedDueTimes, subscribeToReview } from "./due-times";

/** setTimeout's longest delay (about 24.8 days); a later due time is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Calls `onCount` with the number of cards due now, and again whenever that changes: the schedule
 * changes (here or in another tab) or the next card falls due. Returns the function that stops it.
 */
export function watchDueCount(onCount: (count: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(timer);
    const { count, next } = dueSummary(storedDueTimes(), Date.now());
    onCount(count);
    if (next !== undefined) timer = setTimeout(update, Math.min(Math.max(next - Date.now(), 0) + 50, MAX_DELAY));
  };
  const unsubscribe = subscribeToReview(update);
  update();
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
