import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage } from "../__fixtures__/memory-storage";
import { writeStoredText } from "../browser-storage";
import { watchDueCount } from "./due-count";
import { REVIEW_KEY } from "./key";
import { withAnswer } from "./record";
import { EMPTY_SCHEDULE, storedReviewSchedule, type ReviewSchedule } from "./saved";

const MORNING = new Date(2026, 2, 10, 9, 0);

function answered(...answers: [string, boolean][]): ReviewSchedule {
  return answers.reduce((before, [itemId, correct]) => withAnswer(before, { quiz: "q", itemId, answerKey: "key", correct, now: MORNING }).schedule, EMPTY_SCHEDULE);
}

const store = (schedule: ReviewSchedule) => writeStoredText(REVIEW_KEY, JSON.stringify(storedReviewSchedule(schedule)));

beforeEach(() => {
  installStorage();
  vi.useFakeTimers({ now: MORNING });
});
afterEach(() => vi.useRealTimers());

describe("watchDueCount", () => {
  it("counts the cards due now, then follows the schedule and the clock until stopped", () => {
    const counts: number[] = [];
    // A wrong answer is due at once; a right one from the next local midnight on.
    store(answered(["1", false], ["2", true]));
    const stop = watchDueCount((count) => counts.push(count));
    expect(counts).toEqual([1]);

    store(answered(["1", false], ["2", true], ["3", false]));
    expect(counts.at(-1)).toBe(2);

    // The right answer falls due days later: the count goes up then, with no change to the store.
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(counts.at(-1)).toBe(2);
    vi.advanceTimersByTime(60 * 24 * 60 * 60 * 1000);
    expect(counts.at(-1)).toBe(3);

    const seen = counts.length;
    stop();
    store(EMPTY_SCHEDULE);
    vi.advanceTimersByTime(7 * 24 * 60 * 60 * 1000);
    expect(counts.length).toBe(seen);
  });

  it("counts nothing in an empty or unreadable store", () => {
    const counts: number[] = [];
    watchDueCount((count) => counts.push(count))();
    writeStoredText(REVIEW_KEY, "{not json");
    watchDueCount((count) => counts.push(count))();
    expect(counts).toEqual([0, 0]);
  });
});
