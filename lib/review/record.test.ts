import { describe, expect, it } from "vitest";
import { recordAnswer, withAnswer, type ReviewAnswer } from "./record";
import { EMPTY_SCHEDULE, storedEntry, type ReviewSchedule } from "./saved";
import { startOfNextLocalDay } from "./schedule";
import type { ReviewStore } from "./storage";

const MORNING = new Date(2026, 2, 10, 9, 0);
const LATER = new Date(2026, 2, 10, 9, 5);

const answer = (change: Partial<ReviewAnswer> = {}): ReviewAnswer => ({
  quiz: "root",
  itemId: "close-account",
  answerKey: "category:root-only",
  correct: true,
  now: MORNING,
  ...change,
});

/** A store over a variable, standing in for the browser's; `refuse` makes writes fail like a full one. */
function memoryStore(schedule: ReviewSchedule = EMPTY_SCHEDULE, refuse = false): ReviewStore & { current: ReviewSchedule } {
  return {
    current: schedule,
    read() {
      return this.current;
    },
    write(next) {
      if (refuse) return false;
      this.current = next;
      return true;
    },
    subscribe: () => () => {},
  };
}

describe("recordAnswer", () => {
  it("schedules a right answer for a later day and a wrong one for now", () => {
    const store = memoryStore();
    const right = recordAnswer(store, answer());
    const wrong = recordAnswer(store, answer({ itemId: "root-email", correct: false }));
    expect(right.saved && wrong.saved).toBe(true);
    expect(right.entry.card.due.getTime()).toBeGreaterThanOrEqual(startOfNextLocalDay(MORNING).getTime());
    expect(wrong.entry.card.due).toEqual(MORNING);
    expect(Object.keys(store.current.cards)).toEqual(["root/close-account", "root/root-email"]);
  });

  it("builds on the card's history: a wrong answer after a right one is a lapse", () => {
    const store = memoryStore();
    recordAnswer(store, answer());
    const { entry } = recordAnswer(store, answer({ correct: false, now: LATER }));
    expect(entry.card).toMatchObject({ reps: 2, lapses: 1, due: LATER });
  });

  it("reads the store afresh, so an answer given in another tab meanwhile is kept", () => {
    const store = memoryStore();
    recordAnswer(store, answer());
    store.current = withAnswer(store.current, answer({ itemId: "other-tab" })).schedule;
    recordAnswer(store, answer({ itemId: "root-email" }));
    expect(Object.keys(store.current.cards).sort()).toEqual(["root/close-account", "root/other-tab", "root/root-email"]);
  });

  it("says when the browser refused to store the answer", () => {
    const { saved, entry } = recordAnswer(memoryStore(EMPTY_SCHEDULE, true), answer());
    expect(saved).toBe(false);
    expect(entry.card.reps).toBe(1);
  });
});

describe("withAnswer", () => {
  it("sets the old card aside in `replaced` and starts the card new when the item's answer changed", () => {
    const first = withAnswer(EMPTY_SCHEDULE, answer()).schedule;
    const old = first.cards["root/close-account"]!;
    const { schedule, entry } = withAnswer(first, answer({ answerKey: "category:delegable", now: LATER }));
    expect(entry).toMatchObject({ answerKey: "category:delegable", card: { reps: 1, lapses: 0 } });
    expect(schedule.replaced).toEqual({ "root/close-account": [{ ...storedEntry(old), replacedAt: LATER.toISOString() }] });
    const again = withAnswer(schedule, answer({ answerKey: "category:root-only", now: new Date(2026, 2, 11) })).schedule;
    expect(again.replaced["root/close-account"]?.map((card) => (card as { answerKey: string }).answerKey)).toEqual(["category:root-only", "category:delegable"]);
  });

  it("counts the same answer saved twice at the same instant once", () => {
    const once = withAnswer(EMPTY_SCHEDULE, answer()).schedule;
    expect(withAnswer(once, answer()).schedule).toBe(once);
  });

  it("keeps the fields of the entry this version does not know", () => {
    const first = withAnswer(EMPTY_SCHEDULE, answer()).schedule;
    const card = first.cards["root/close-account"]!;
    const known: ReviewSchedule = { ...first, cards: { "root/close-account": { ...card, unknownFields: { entry: { hint: 1 } } } } };
    expect(withAnswer(known, answer({ now: LATER })).entry.unknownFields).toEqual({ entry: { hint: 1 } });
  });

  it("leaves the schedule it was given as it was", () => {
    const first = withAnswer(EMPTY_SCHEDULE, answer()).schedule;
    const snapshot = structuredClone(first);
    withAnswer(first, answer({ correct: false, now: LATER }));
    withAnswer(first, answer({ answerKey: "category:delegable", now: LATER }));
    expect(first).toEqual(snapshot);
    expect(EMPTY_SCHEDULE).toEqual({ version: 1, cards: {}, replaced: {} });
  });
});
