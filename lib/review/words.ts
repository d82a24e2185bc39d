/**
 * What the Review page says, as plain strings (like lib/quiz/announce.ts): tested once, placed by
 * the UI. Dates are in the learner's local time, as the schedule's days are.
 */

import { startOfLocalDay } from "./schedule";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 24 * 60 * 60 * 1000;

/** "14:05", or "" at midnight (a right answer falls due at the start of a day: the day says it). */
function clock(date: Date): string {
  if (date.getHours() === 0 && date.getMinutes() === 0) return "";
  return ` at ${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/** Whole local days from `now`'s day to `date`'s (a DST day counts as one). */
function daysBetween(now: Date, date: Date): number {
  return Math.round((startOfLocalDay(date).getTime() - startOfLocalDay(now).getTime()) / DAY_MS);
}

/**
 * When a card is due, in words, from `now`: "today at 14:05", "tomorrow", "on Friday", "on
 * Friday 18 December", "on Monday 4 January 2027"; "now" when it already is.
 */
export function whenInWords(date: Date, now: Date): string {
  if (date.getTime() <= now.getTime()) return "now";
  const days = daysBetween(now, date);
  if (days === 0) return `today${clock(date)}`;
  if (days === 1) return `tomorrow${clock(date)}`;
  const weekday = WEEKDAYS[date.getDay()];
  if (days < 7) return `on ${weekday}${clock(date)}`;
  const year = date.getFullYear() === now.getFullYear() ? "" : ` ${date.getFullYear()}`;
  return `on ${weekday} ${date.getDate()} ${MONTHS[date.getMonth()]}${year}${clock(date)}`;
}

/** The Review page with nothing to ask: when the next card is due, or how to get cards at all. */
export function nothingDueText(nextDue: Date | undefined, now: Date): string {
  if (!nextDue) return "Answer quiz items to build your review.";
  return `Nothing to review now. Next card due ${whenInWords(nextDue, now)}.`;
}

/** "Card 2 of 5": the cards of a review round come from several quizzes, of both kinds. */
export function reviewProgressLabel(position: number, total: number): string {
  return `Card ${position} of ${total}`;
}
