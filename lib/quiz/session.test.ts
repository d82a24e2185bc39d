import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mistakeLines, progressLabel, resultSummary, feedbackAnnouncement } from "./announce";
import { gradeRound, initialSession, isCorrect, itemIds, missedIds, optionOrder, reduceSession, type QuizSession, type SessionAction } from "./session";
import { shuffle } from "./shuffle";
import type { ChoiceQuiz, ClassifyQuiz, Quiz } from "./types";

function classifyQuiz(categories: string[], shuffleItems = false, pass = 0.8): ClassifyQuiz {
  return {
    kind: "classify",
    title: "Root or delegable?",
    introHtml: "",
    mode: "practice",
    pass,
    shuffle: shuffleItems,
    categories: [
      { key: "root-only", label: "Root user only" },
      { key: "delegable", label: "Delegable to IAM" },
    ],
    items: categories.map((category, index) => ({
      id: `item-${index + 1}`,
      html: `Item ${index + 1}`,
      text: `Item ${index + 1}`,
      category,
      explanationHtml: "",
      sources: [],
      line: index + 1,
    })),
  };
}

const choiceQuiz: ChoiceQuiz = {
  kind: "choice",
  title: "Quiz",
  introHtml: "",
  mode: "practice",
  pass: 0.5,
  shuffle: true,
  questions: [
    {
      id: "q1",
      promptHtml: "<p>One?</p>",
      multiple: false,
      sources: [],
      line: 1,
      options: ["a", "b", "c"].map((id, index) => ({ id, html: id, text: id, line: index + 2, correct: id === "b", explanationHtml: "" })),
    },
    {
      id: "q2",
      promptHtml: "<p>Select all</p>",
      multiple: true,
      sources: [],
      line: 9,
      options: ["a", "b", "c", "d"].map((id, index) => ({ id, html: id, text: id, line: index + 2, correct: id === "a" || id === "c", explanationHtml: "" })),
    },
  ],
};

function run(quiz: Quiz, actions: SessionAction[], from: QuizSession = initialSession(quiz)): QuizSession {
  return actions.reduce((session, action) => reduceSession(quiz, session, action), from);
}

describe("shuffle", () => {
  it("is a permutation and reproducible from its seed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (items, seed) => {
        const once = shuffle(items, seed);
        expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        expect(shuffle(items, seed)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it("gives different orders for different seeds", () => {
    const items = Array.from({ length: 40 }, (_, index) => index);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join(",")));
    expect(orders.size).toBe(5);
  });
});

describe("a practice round", () => {
  const quiz = classifyQuiz(["root-only", "delegable", "delegable"]);

  it("asks, gives feedback, then moves on, and grades the first answer only", () => {
    let session = run(quiz, [{ type: "start", seed: 7 }]);
    expect(session).toMatchObject({ phase: "asking", index: 0, order: ["item-1", "item-2", "item-3"] });
    session = run(quiz, [{ type: "answer", answer: ["delegable"] }], session);
    expect(session.phase).toBe("feedback");
    // A second answer to the same item changes nothing: the first one counts.
    expect(run(quiz, [{ type: "answer", answer: ["root-only"] }], session)).toBe(session);
    session = run(quiz, [{ type: "next" }, { type: "answer", answer: ["delegable"] }, { type: "next" }, { type: "answer", answer: ["root-only"] }, { type: "next" }], session);
    expect(session.phase).toBe("results");
    expect(gradeRound(quiz, session)).toEqual({
      correct: 1,
      total: 3,
      percent: 33,
      passed: false,
      missed: ["item-1", "item-3"],
      mistakes: [
        { actual: "root-only", chosen: "delegable", count: 1 },
        { actual: "delegable", chosen: "root-only", count: 1 },
      ],
    });
  });

  it("retries exactly the missed items, then starts over from the start screen", () => {
    const finished = run(quiz, [
      { type: "start", seed: 1 },
      { type: "answer", answer: ["delegable"] },
      { type: "next" },
      { type: "answer", answer: ["delegable"] },
      { type: "next" },
      { type: "answer", answer: ["root-only"] },
      { type: "next" },
    ]);
    const retry = run(quiz, [{ type: "retryMissed", seed: 2 }], finished);
    expect(retry).toMatchObject({ phase: "asking", order: ["item-1", "item-3"], answers: {}, fullRound: false });
    const over = run(quiz, [{ type: "startOver" }], retry);
    expect(over).toEqual(initialSession(quiz));
  });
});

describe("exam mode", () => {
  it("shows no feedback until the results", () => {
    const quiz = classifyQuiz(["root-only", "delegable"]);
    const session = run(quiz, [{ type: "setMode", mode: "exam" }, { type: "start", seed: 3 }, { type: "answer", answer: ["root-only"] }]);
    expect(session).toMatchObject({ phase: "asking", index: 1, mode: "exam" });
    expect(run(quiz, [{ type: "answer", answer: ["root-only"] }], session).phase).toBe("results");
  });

  it("cannot be switched once the round has started", () => {
    const quiz = classifyQuiz(["root-only"]);
    const started = run(quiz, [{ type: "start", seed: 3 }]);
    expect(run(quiz, [{ type: "setMode", mode: "exam" }], started).mode).toBe("practice");
  });
});

describe("multiple choice", () => {
  it("counts a select-all question right only with exactly the correct options", () => {
    expect(isCorrect(choiceQuiz, "q2", ["c", "a"])).toBe(true);
    expect(isCorrect(choiceQuiz, "q2", ["a"])).toBe(false);
    expect(isCorrect(choiceQuiz, "q2", ["a", "c", "d"])).toBe(false);
    expect(isCorrect(choiceQuiz, "q2", ["a", "a"])).toBe(false);
    expect(isCorrect(choiceQuiz, "q1", ["b"])).toBe(true);
  });

  it("shuffles each question's options reproducibly, or keeps source order when told", () => {
    const options = choiceQuiz.questions[1]!.options;
    const once = optionOrder(choiceQuiz, options, "q2", 99);
    expect(optionOrder(choiceQuiz, options, "q2", 99)).toEqual(once);
    expect(once.map((option) => option.id).sort()).toEqual(["a", "b", "c", "d"]);
    expect(optionOrder({ ...choiceQuiz, shuffle: false }, options, "q2", 99)).toBe(options);
  });

  it("ignores an empty answer", () => {
    const started = run(choiceQuiz, [{ type: "start", seed: 5 }]);
    expect(run(choiceQuiz, [{ type: "answer", answer: [] }], started)).toBe(started);
  });
});

describe("pass mark", () => {
  it("passes at exactly the mark and not below it", () => {
    const quiz = classifyQuiz(["root-only", "root-only", "root-only", "root-only", "root-only"], false, 0.8);
    const answer = (key: string): SessionAction[] => [{ type: "answer", answer: [key] }, { type: "next" }];
    const fourRight = run(quiz, [{ type: "start", seed: 0 }, ...["root-only", "root-only", "root-only", "root-only", "delegable"].flatMap(answer)]);
    expect(gradeRound(quiz, fourRight)).toMatchObject({ correct: 4, percent: 80, passed: true });
    const threeRight = run(quiz, [{ type: "start", seed: 0 }, ...["root-only", "root-only", "root-only", "delegable", "delegable"].flatMap(answer)]);
    expect(gradeRound(quiz, threeRight)).toMatchObject({ correct: 3, percent: 60, passed: false });
  });
});

describe("the reducer on random answer sequences", () => {
  const categoryArb = fc.constantFrom("root-only", "delegable");
  const actionArb: fc.Arbitrary<SessionAction> = fc.oneof(
    fc.record({ type: fc.constant("answer" as const), answer: fc.array(fc.constantFrom("root-only", "delegable", "nonsense"), { minLength: 0, maxLength: 2 }) }),
    fc.constant({ type: "next" as const }),
    fc.record({ type: fc.constant("retryMissed" as const), seed: fc.nat() }),
    fc.record({ type: fc.constant("start" as const), seed: fc.nat() }),
    fc.record({ type: fc.constant("setMode" as const), mode: fc.constantFrom("practice" as const, "exam" as const) }),
    fc.constant({ type: "startOver" as const }),
  );

  it("keeps its invariants: score within total, retry holds exactly the missed items, order a subset of the quiz", () => {
    fc.assert(
      fc.property(fc.array(categoryArb, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.array(actionArb, { maxLength: 80 }), (categories, shuffled, actions) => {
        const quiz = classifyQuiz(categories, shuffled);
        const ids = new Set(itemIds(quiz));
        let session = initialSession(quiz);
        for (const action of actions) {
          const before = session;
          session = reduceSession(quiz, session, action);
          const grade = gradeRound(quiz, session);
          expect(grade.correct).toBeGreaterThanOrEqual(0);
          expect(grade.correct).toBeLessThanOrEqual(grade.total);
          expect(session.order.every((id) => ids.has(id))).toBe(true);
          expect(new Set(session.order).size).toBe(session.order.length);
          expect(Object.keys(session.answers).every((id) => session.order.includes(id))).toBe(true);
          if (session.phase !== "start") expect(session.index).toBeLessThan(session.order.length);
          if (action.type === "retryMissed" && before.phase === "results" && session !== before) {
            expect([...session.order].sort()).toEqual([...missedIds(quiz, before)].sort());
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("what the quiz says", () => {
  const quiz = classifyQuiz(["root-only", "delegable"]);

  it("names progress, feedback and results in words", () => {
    expect(progressLabel(quiz, 3, 40)).toBe("Action 3 of 40");
    expect(progressLabel(choiceQuiz, 2, 10)).toBe("Question 2 of 10");
    expect(feedbackAnnouncement(quiz, "item-1", ["root-only"])).toBe("Correct.");
    expect(feedbackAnnouncement(quiz, "item-1", ["delegable"])).toBe("Incorrect. The answer is Root user only.");
    expect(feedbackAnnouncement(choiceQuiz, "q2", ["a"], (id) => `Option ${id}`)).toBe("Incorrect. The right answer: Option a; Option c.");
    const session = run(quiz, [
      { type: "start", seed: 0 },
      { type: "answer", answer: ["delegable"] },
      { type: "next" },
      { type: "answer", answer: ["delegable"] },
      { type: "next" },
    ]);
    const grade = gradeRound(quiz, session);
    expect(resultSummary(grade)).toBe("1 of 2 correct (50 %). Not passed.");
    expect(mistakeLines(quiz, grade)).toEqual(["1 “Root user only” action marked “Delegable to IAM”"]);
  });
});
