/**
 * When a card is next due, from what the learner answered. FSRS (ts-fsrs, the scheduler Anki uses)
 * keeps the memory model; this module only chooses its parameters and the two rules the issue asks
 * for, since nobody grades themselves here: wrong is Again and due at once, right is Good and due on
 * a later day. Pure: every function takes the time it runs at.
 */

import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";

/**
 * FSRS-6 with its default weights, 90 % retention wanted, intervals up to 100 years. Short-term
 * steps are off: with them on, a new card rated Good is due in 10 minutes (the issue wants a later
 * day), and the rule below already brings a wrong card straight back. Fuzz is on, as in Anki, so
 * the cards of one quiz do not all come due on the same day; it is seeded from the card and the
 * review time, so the same answers always give the same schedule.
 */
export const FSRS_PARAMETERS = generatorParameters({
  enable_short_term: false,
  enable_fuzz: true,
  request_retention: 0.9,
  maximum_interval: 36500,
});

const scheduler = fsrs(FSRS_PARAMETERS);

/** A ts-fsrs card that has been answered at least once: `last_review` is when. */
export type AnsweredCard = Card & { last_review: Date };

/**
 * Wrong is Again, right is Good. Never Hard or Easy: the learner does not rate themselves, and a
 * right answer after a wrong one in the same round is still only Good.
 */
export function ratingFor(correct: boolean): Grade {
  return correct ? Rating.Good : Rating.Again;
}

/** Local midnight at the start of the day `date` falls on. */
export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Local midnight at the start of the day after `date` (a DST day is 23 or 25 hours, not 24). */
export function startOfNextLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** A card that has never been answered. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/**
 * The card after an answer at `now`; `card` is undefined for an item never answered.
 *
 * The rule on top of FSRS: a wrong answer is due at `now`, so the card is on the Review page at
 * once (FSRS alone would wait a day). A right answer is due at the start of the local day FSRS
 * names, so it shows all that day, and never before tomorrow. Only `due` is changed: FSRS reckons
 * the next interval from `last_review` and its own stability, not from when we showed the card.
 */
export function answerCard(card: Card | undefined, correct: boolean, now: Date): AnsweredCard {
  const { card: next } = scheduler.next(comparableTo(card ?? newCard(now), now), now, ratingFor(correct));
  if (!correct) return { ...next, last_review: now, due: now };
  const fsrsDay = startOfLocalDay(next.due);
  const tomorrow = startOfNextLocalDay(now);
  return { ...next, last_review: now, due: fsrsDay > tomorrow ? fsrsDay : tomorrow };
}

/**
 * A card last reviewed "after" `now` (another tab's clock, a clock put back) counts as reviewed
 * now: FSRS refuses a negative interval, and an answer must never be lost to that.
 */
function comparableTo(card: Card, now: Date): Card {
  return card.last_review && card.last_review > now ? { ...card, last_review: now } : card;
}

/** True when the card should be asked at `now`. */
export function isDue(card: Card, now: Date): boolean {
  return card.due.getTime() <= now.getTime();
}
