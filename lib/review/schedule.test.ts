import { fsrs, Rating, State, type Card } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { answerCard, FSRS_PARAMETERS, isDue, newCard, ratingFor, startOfLocalDay, startOfNextLocalDay } from "./schedule";

// Local times, so "tomorrow" means the same in whatever time zone the tests run.
const MORNING = new Date(2026, 2, 10, 9, 0);
const LATE_EVENING = new Date(2026, 2, 10, 23, 50);
const TOMORROW = new Date(2026, 2, 11);

const DAY = 24 * 60 * 60 * 1000;
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60 * 1000);

/** The card after answering right at each due date in turn, and the days between the answers. */
function rightEveryTime(times: number, start: Date): { card: Card; gaps: number[] } {
  let card = answerCard(undefined, true, start);
  let at = start;
  const gaps: number[] = [];
  for (let i = 0; i < times; i++) {
    gaps.push((card.due.getTime() - at.getTime()) / DAY);
    at = card.due;
    card = answerCard(card, true, at);
  }
  return { card, gaps };
}

describe("FSRS_PARAMETERS", () => {
  it("turn the short-term steps off and keep the default FSRS-6 weights", () => {
    expect(FSRS_PARAMETERS).toMatchObject({ enable_short_term: false, enable_fuzz: true, request_retention: 0.9, maximum_interval: 36500 });
    expect(FSRS_PARAMETERS.w).toHaveLength(21);
  });
});

describe("ratingFor", () => {
  it("is Again for a wrong answer and Good for a right one, never Hard or Easy", () => {
    expect(ratingFor(false)).toBe(Rating.Again);
    expect(ratingFor(true)).toBe(Rating.Good);
  });
});

describe("answerCard", () => {
  it("schedules a new card answered right for a later day, at local midnight", () => {
    const card = answerCard(undefined, true, MORNING);
    expect(card.due.getTime()).toBeGreaterThanOrEqual(TOMORROW.getTime());
    expect(card.due).toEqual(startOfLocalDay(card.due));
    expect(card).toMatchObject({ state: State.Review, reps: 1, lapses: 0, last_review: MORNING });
  });

  it("never schedules a right answer for the same day, even just before midnight", () => {
    const card = answerCard(undefined, true, LATE_EVENING);
    expect(card.due.getTime()).toBeGreaterThanOrEqual(startOfNextLocalDay(LATE_EVENING).getTime());
  });

  it("makes a card answered wrong due at the moment of the answer", () => {
    const card = answerCard(undefined, false, MORNING);
    expect(card.due).toEqual(MORNING);
    expect(isDue(card, MORNING)).toBe(true);
    expect(card.last_review).toEqual(MORNING);
  });

  it("counts a lapse and brings a known card back at once when it is answered wrong", () => {
    const { card: known } = rightEveryTime(3, MORNING);
    const at = known.due;
    const lapsed = answerCard(known, false, at);
    expect(lapsed.due).toEqual(at);
    expect(lapsed.lapses).toBe(known.lapses + 1);
    expect(lapsed.stability).toBeLessThan(known.stability);
  });

  it("rates a right answer after a wrong one in the same round as Good, not Easy", () => {
    const wrong = answerCard(undefined, false, MORNING);
    const retry = minutesAfter(MORNING, 3);
    const right = answerCard(wrong, true, retry);
    const direct = fsrs(FSRS_PARAMETERS);
    const good = direct.next(wrong, retry, Rating.Good).card;
    const easy = direct.next(wrong, retry, Rating.Easy).card;
    // The same day FSRS leaves stability alone either way; difficulty and interval tell them apart.
    expect(right).toMatchObject({ difficulty: good.difficulty, stability: good.stability, scheduled_days: good.scheduled_days });
    expect(right.difficulty).not.toBe(easy.difficulty);
    expect(right.scheduled_days).toBeLessThan(easy.scheduled_days);
    expect(right.due.getTime()).toBeGreaterThanOrEqual(TOMORROW.getTime());
  });

  it("gives longer and longer intervals to a card answered right every time it is due", () => {
    const { gaps } = rightEveryTime(5, MORNING);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(1);
  });

  it("gives the same schedule for the same answers at the same times", () => {
    expect(rightEveryTime(4, MORNING)).toEqual(rightEveryTime(4, MORNING));
  });

  it("accepts an answer timed before the card's last review (another tab's clock) instead of throwing", () => {
    const reviewed = answerCard(undefined, false, MORNING);
    const earlier = minutesAfter(MORNING, -5);
    const card = answerCard(reviewed, false, earlier);
    expect(card.due).toEqual(earlier);
    expect(card.reps).toBe(2);
  });

  it("starts a never-answered card as new and due", () => {
    const card = newCard(MORNING);
    expect(card).toMatchObject({ state: State.New, reps: 0, due: MORNING });
  });
});

describe("local days", () => {
  it("start at local midnight", () => {
    expect(startOfLocalDay(LATE_EVENING)).toEqual(new Date(2026, 2, 10));
    expect(startOfNextLocalDay(LATE_EVENING)).toEqual(TOMORROW);
    expect(startOfNextLocalDay(new Date(2026, 11, 31, 12))).toEqual(new Date(2027, 0, 1));
  });
});
