import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReviewItem } from "./card-id";
import { interleaveByQuiz, reviewQueue } from "./queue";
import { withAnswer } from "./record";
import { EMPTY_SCHEDULE, type ReviewSchedule } from "./saved";

const MORNING = new Date(2026, 2, 10, 9, 0);
const IN_A_WEEK = new Date(2026, 2, 17, 9, 0);

const item = (quiz: string, itemId: string, answerKey = "key"): ReviewItem => ({ quiz, itemId, answerKey });

/** A schedule where each item was answered at MORNING, right or wrong. */
function answered(...answers: [ReviewItem, boolean][]): ReviewSchedule {
  return answers.reduce((schedule, [{ quiz, itemId, answerKey }, correct]) => withAnswer(schedule, { quiz, itemId, answerKey, correct, now: MORNING }).schedule, EMPTY_SCHEDULE);
}

const quizOrder = (cards: { quiz: string }[]) => cards.map((card) => card.quiz).join("");

describe("reviewQueue", () => {
  const a1 = item("a", "1");
  const a2 = item("a", "2");
  const b1 = item("b", "1");

  it("asks the cards answered wrong at once, and not those answered right", () => {
    const schedule = answered([a1, false], [a2, true], [b1, false]);
    const queue = reviewQueue([a1, a2, b1], schedule, MORNING, 1);
    expect(queue.due.map((card) => card.cardId).sort()).toEqual(["a/1", "b/1"]);
    expect(queue.due[0]).toMatchObject({ due: MORNING, answerChanged: false });
    expect(queue.nextDue).toEqual(schedule.cards["a/2"]?.card.due);
  });

  it("says when the next card is due when none is due now", () => {
    const schedule = answered([a1, true], [b1, true]);
    const queue = reviewQueue([a1, b1], schedule, MORNING, 1);
    expect(queue.due).toEqual([]);
    const dues = [schedule.cards["a/1"]!.card.due, schedule.cards["b/1"]!.card.due];
    expect(queue.nextDue).toEqual(new Date(Math.min(...dues.map(Number))));
    expect(queue.nextDue!.getTime()).toBeGreaterThan(MORNING.getTime());
  });

  it("asks the cards answered right once their day comes", () => {
    const schedule = answered([a1, true], [b1, true]);
    expect(reviewQueue([a1, b1], schedule, IN_A_WEEK, 1).due.map((card) => card.cardId).sort()).toEqual(["a/1", "b/1"]);
  });

  it("has nothing to ask and nothing next before any quiz is answered", () => {
    expect(reviewQueue([a1, a2, b1], EMPTY_SCHEDULE, MORNING, 1)).toEqual({ due: [] });
  });

  it("asks a card whose answer changed at once, flagged, and leaves out cards whose item is gone", () => {
    const schedule = answered([a1, true], [a2, true]);
    const queue = reviewQueue([item("a", "1", "changed")], schedule, MORNING, 1);
    expect(queue).toEqual({ due: [{ cardId: "a/1", quiz: "a", itemId: "1", due: MORNING, answerChanged: true }] });
  });

  it("mixes the quizzes, and gives the same order for the same seed", () => {
    const items = ["a", "b", "c"].flatMap((quiz) => ["1", "2", "3"].map((id) => item(quiz, id)));
    const schedule = answered(...items.map((one): [ReviewItem, boolean] => [one, false]));
    const order = reviewQueue(items, schedule, MORNING, 7).due;
    expect(order).toHaveLength(9);
    expect(quizOrder(order)).not.toMatch(/(.)\1/);
    expect(reviewQueue(items, schedule, MORNING, 7).due).toEqual(order);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => reviewQueue(items, schedule, MORNING, seed).due.map((card) => card.cardId).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe("interleaveByQuiz", () => {
  const card = (quiz: string, day: number) => ({ quiz, due: new Date(2026, 2, day) });

  it("asks the card longest due first within a quiz", () => {
    const order = interleaveByQuiz([card("a", 9), card("a", 3), card("a", 5)], 1);
    expect(order.map((one) => one.due.getDate())).toEqual([3, 5, 9]);
  });

  it("puts one quiz's cards side by side only when there is no other way", () => {
    const order = interleaveByQuiz([card("a", 1), card("a", 2), card("a", 3), card("a", 4), card("b", 1)], 1);
    expect(quizOrder(order)).toBe("abaaa");
  });

  it("is a reordering with no two of a quiz in a row whenever that is possible (property)", () => {
    const cards = fc.array(fc.record({ quiz: fc.constantFrom("a", "b", "c", "d"), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(cards, fc.integer(), (drawn, seed) => {
        const input = drawn.map(({ quiz, day }) => card(quiz, day));
        const order = interleaveByQuiz(input, seed);
        expect([...order].sort(compare)).toEqual([...input].sort(compare));
        const counts = new Map<string, number>();
        for (const one of input) counts.set(one.quiz, (counts.get(one.quiz) ?? 0) + 1);
        const most = Math.max(0, ...counts.values());
        // Avoidable exactly when the largest quiz has at most one card more than all the others.
        const repeats = order.filter((one, index) => index > 0 && order[index - 1]!.quiz === one.quiz).length;
        expect(repeats).toBe(Math.max(0, most - (input.length - most) - 1));
        expect(interleaveByQuiz(input, seed)).toEqual(order);
      }),
    );
  });
});

function compare(a: { quiz: string; due: Date }, b: { quiz: string; due: Date }): number {
  return a.quiz.localeCompare(b.quiz) || a.due.getTime() - b.due.getTime();
}
