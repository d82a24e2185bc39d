/**
 * The localStorage key of the review schedule (every card of every quiz in one value) and the
 * version of its shape. In their own module so the header's count (due-times.ts) can read them
 * without the scheduler (ts-fsrs).
 */
export const REVIEW_KEY = "pagebreak:review";

/**
 * Bump when the stored shape changes, and teach `parseReviewSchedule` (saved.ts) to migrate the
 * old one (as `parseReadingProgress` reads version 1 of reading progress).
 */
export const REVIEW_VERSION = 1;
