import { describe, expect, it } from "vitest";
import { dueSummary, parseDueTimes } from "./due-times";
import { withAnswer } from "./record";
import { EMPTY_SCHEDULE, parseReviewSchedule, storedReviewSchedule } from "./saved";

const MORNING = new Date(2026, 2, 10, 9, 0);

function storedAfter(...answers: [string, boolean][]): string {
  const schedule = answers.reduce(
    (before, [itemId, correct]) => withAnswer(before, { quiz: "q", itemId, answerKey: "key", correct, now: MORNING }).schedule,
    EMPTY_SCHEDULE,
  );
  return JSON.stringify(storedReviewSchedule(schedule));
}

describe("parseDueTimes", () => {
  it("reads the due time of every card, earliest first, as the full read does", () => {
    const raw = storedAfter(["1", true], ["2", false], ["3", true]);
    const full = parseReviewSchedule(raw)!.schedule;
    const expected = Object.values(full.cards)
      .map((entry) => entry.card.due.getTime())
      .sort((a, b) => a - b);
    expect(parseDueTimes(raw)).toEqual(expected);
    expect(parseDueTimes(raw)[0]).toBe(MORNING.getTime());
  });

  it("counts no card in what it cannot read, and never refuses the value", () => {
    expect(parseDueTimes(null)).toEqual([]);
    expect(parseDueTimes("{not json")).toEqual([]);
    expect(parseDueTimes(JSON.stringify({ version: 99, cards: {} }))).toEqual([]);
    const raw = JSON.parse(storedAfter(["1", false], ["2", false]));
    raw.cards["q/2"].card.due = "not a date";
    raw.cards["q/3"] = "damaged";
    expect(parseDueTimes(JSON.stringify(raw))).toEqual([MORNING.getTime()]);
  });
});

describe("dueSummary", () => {
  it("counts the cards due now and names the next one", () => {
    expect(dueSummary([1, 2, 5, 9], 2)).toEqual({ count: 2, next: 5 });
    expect(dueSummary([1, 2], 3)).toEqual({ count: 2 });
    expect(dueSummary([], 3)).toEqual({ count: 0 });
    expect(dueSummary([4], 3)).toEqual({ count: 0, next: 4 });
  });
});
