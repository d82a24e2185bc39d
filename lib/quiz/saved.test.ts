import { describe, expect, it } from "vitest";
import { EMPTY_ATTEMPTS, attemptsFor, parseAttempts, parseSavedSession, recordAttempt, savedSession } from "./saved";
import { initialSession, reduceSession } from "./session";
import type { ClassifyQuiz } from "./types";

const quiz: ClassifyQuiz = {
  kind: "classify",
  title: "Q",
  introHtml: "",
  mode: "practice",
  pass: 0.8,
  shuffle: true,
  categories: [
    { key: "a", label: "A" },
    { key: "b", label: "B" },
  ],
  items: ["one", "two", "three"].map((id, index) => ({ id, html: id, text: id, category: "a", explanationHtml: "", sources: [], line: index + 1 })),
};

describe("saved sessions", () => {
  const started = reduceSession(quiz, reduceSession(quiz, initialSession(quiz), { type: "start", seed: 42 }), { type: "answer", answer: ["b"] });

  it("round-trip through JSON", () => {
    expect(parseSavedSession(JSON.stringify(savedSession(started, quiz)), quiz)).toEqual(started);
    expect(parseSavedSession(null, quiz)).toBeNull();
  });

  it("are refused when damaged or when the quiz has changed since", () => {
    const refused = [
      "{not json",
      "[]",
      JSON.stringify({ version: 2, session: started }),
      JSON.stringify(savedSession({ ...started, order: ["one", "gone", "two"] }, quiz)),
      JSON.stringify(savedSession({ ...started, order: ["one", "one", "two"] }, quiz)),
      JSON.stringify(savedSession({ ...started, index: 3 }, quiz)),
      JSON.stringify(savedSession({ ...started, phase: "thinking" as never }, quiz)),
      JSON.stringify(savedSession({ ...started, answers: { gone: ["a"] } }, quiz)),
      JSON.stringify(savedSession({ ...started, answers: { one: "a" as never } }, quiz)),
      // Saved before the instructor changed an answer: the old answers no longer mean the same.
      JSON.stringify(savedSession(started, { ...quiz, items: quiz.items.map((item, index) => (index === 0 ? { ...item, category: "b" } : item)) })),
    ];
    for (const raw of refused) expect(parseSavedSession(raw, quiz), raw).toBeUndefined();
  });
});

describe("attempts", () => {
  it("keep the best and the last score, once per round", () => {
    let store = recordAttempt(EMPTY_ATTEMPTS, "quiz", 1, { correct: 30, total: 40, percent: 75 });
    store = recordAttempt(store, "quiz", 2, { correct: 36, total: 40, percent: 90 });
    store = recordAttempt(store, "quiz", 3, { correct: 20, total: 40, percent: 50 });
    const again = recordAttempt(store, "quiz", 3, { correct: 20, total: 40, percent: 50 });
    expect(again).toBe(store);
    expect(attemptsFor(store, "quiz")).toEqual({
      best: { correct: 36, total: 40, percent: 90 },
      last: { correct: 20, total: 40, percent: 50 },
      count: 3,
      lastSeed: 3,
    });
    expect(parseAttempts(JSON.stringify(store))).toEqual(store);
  });

  it("drop only damaged entries, refuse damaged stores, and treat odd slugs as data", () => {
    const store = recordAttempt(recordAttempt(EMPTY_ATTEMPTS, "__proto__", 1, { correct: 1, total: 2, percent: 50 }), "ok", 1, { correct: 2, total: 2, percent: 100 });
    const raw = JSON.stringify({ ...store, quizzes: { ...store.quizzes, bad: { best: { correct: 3, total: 2, percent: 150 } } } });
    const parsed = parseAttempts(raw);
    expect(Object.keys(parsed?.quizzes ?? {}).sort()).toEqual(["__proto__", "ok"]);
    expect(attemptsFor(parsed!, "__proto__")?.best.percent).toBe(50);
    expect(attemptsFor(parsed!, "constructor")).toBeUndefined();
    expect(parseAttempts("nope")).toBeUndefined();
    expect(parseAttempts(JSON.stringify({ version: 9, quizzes: {} }))).toBeUndefined();
    expect(parseAttempts(null)).toEqual(EMPTY_ATTEMPTS);
  });
});
