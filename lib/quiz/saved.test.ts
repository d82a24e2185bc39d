import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_ATTEMPTS,
  attemptsFor,
  parseAttempts,
  parseSavedSession,
  quizSignature,
  recordAttempt,
  savedSession,
  sessionProgress,
  storedAttempts,
  type AttemptsStore,
} from "./saved";
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

const signature = quizSignature(quiz);
/** The same quiz after the instructor changed an answer: a session saved before no longer fits. */
const edited: ClassifyQuiz = { ...quiz, items: quiz.items.map((item, index) => (index === 0 ? { ...item, category: "b" } : item)) };

/** The attempts parseAttempts read (failing the test when it refused the whole value). */
function attemptsOf(raw: string): AttemptsStore {
  const read = parseAttempts(raw);
  if (!read) throw new Error(`refused: ${raw}`);
  return read.store;
}

describe("saved sessions", () => {
  const started = reduceSession(quiz, reduceSession(quiz, initialSession(quiz), { type: "start", seed: 42 }), { type: "answer", answer: ["b"] });

  it("round-trip through JSON", () => {
    expect(parseSavedSession(JSON.stringify(savedSession(started, quiz)), signature)).toEqual({ session: started });
    expect(parseSavedSession(null, signature)).toBeNull();
  });

  it("keep the fields they do not know, in the envelope and the session, when the next step is saved", () => {
    const stored = savedSession(started, quiz) as Record<string, unknown>;
    const raw = JSON.stringify({ ...stored, savedBy: "pagebreak 3", session: { ...(stored.session as object), hintsUsed: { one: 2 } } });
    const read = parseSavedSession(raw, signature)!;
    expect(read.session).toEqual(started);
    expect(read.unknownFields).toEqual({ envelope: { savedBy: "pagebreak 3" }, session: { hintsUsed: { one: 2 } } });
    const next = reduceSession(quiz, read.session, { type: "next" });
    const written = JSON.parse(JSON.stringify(savedSession(next, quiz, read.unknownFields)));
    expect(written.savedBy).toBe("pagebreak 3");
    expect(written.session).toEqual({ ...next, hintsUsed: { one: 2 } });
    expect(parseSavedSession(JSON.stringify(written), signature)?.session).toEqual(next);
  });

  it("count as in progress in the outline only when they fit the quiz as it is now", () => {
    const raw = JSON.stringify(savedSession(started, quiz));
    expect(sessionProgress(raw, signature)).toEqual({ answered: 1, total: 3, retry: false });
    // Saved before the instructor changed an answer: the quiz page sets it aside, so it is not in progress.
    expect(sessionProgress(raw, quizSignature(edited))).toBeUndefined();
    expect(sessionProgress(JSON.stringify(savedSession(started, edited)), signature)).toBeUndefined();
    expect(sessionProgress(JSON.stringify(savedSession({ ...started, order: ["one", "gone", "two"] }, quiz)), signature)).toBeUndefined();
    expect(sessionProgress(JSON.stringify(savedSession(initialSession(quiz), quiz)), signature)).toBeUndefined();
    expect(sessionProgress(null, signature)).toBeUndefined();
  });

  it("say when the round in progress retries the missed items, counted against that round", () => {
    const finished = reduceSession(quiz, reduceSession(quiz, reduceSession(quiz, { ...started, phase: "asking", index: 1 }, { type: "answer", answer: ["a"] }), { type: "next" }), { type: "answer", answer: ["a"] });
    const done = reduceSession(quiz, finished, { type: "next" });
    expect(done.phase).toBe("results");
    const retry = reduceSession(quiz, done, { type: "retryMissed", seed: 9 });
    expect(sessionProgress(JSON.stringify(savedSession(retry, quiz)), signature)).toEqual({ answered: 0, total: 1, retry: true });
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
      JSON.stringify(savedSession(started, edited)),
    ];
    for (const raw of refused) expect(parseSavedSession(raw, signature), raw).toBeUndefined();
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
    expect(parseAttempts(JSON.stringify(storedAttempts(store)))).toEqual({ store });
  });

  it("keep the rounds imported from other browsers (`from`) through later rounds; a `from` that does not add up is damage", () => {
    const entry = { best: { correct: 1, total: 2, percent: 50 }, last: { correct: 1, total: 2, percent: 50 }, count: 3, lastSeed: 1 };
    const store = attemptsOf(JSON.stringify({ version: 1, quizzes: { quiz: { ...entry, from: { phone: 2 } } } }));
    expect(attemptsFor(recordAttempt(store, "quiz", 2, entry.last), "quiz")).toMatchObject({ count: 4, from: { phone: 2 } });
    expect(parseAttempts(JSON.stringify(storedAttempts(store)))).toEqual({ store });
    for (const from of [{ phone: 4 }, { phone: -1 }, { phone: "2" }, [2]]) {
      expect(parseAttempts(JSON.stringify({ version: 1, quizzes: { quiz: { ...entry, from } } }))?.damaged).toBeDefined();
    }
  });

  it("hand back damaged entries as stored, refuse damaged stores, and treat odd slugs as data", () => {
    const store = recordAttempt(recordAttempt(EMPTY_ATTEMPTS, "__proto__", 1, { correct: 1, total: 2, percent: 50 }), "ok", 1, { correct: 2, total: 2, percent: 100 });
    const bad = { best: { correct: 3, total: 2, percent: 150 } };
    const raw = JSON.stringify({ ...storedAttempts(store), quizzes: { ...storedAttempts(store).quizzes as object, bad, text: "x" } });
    const read = parseAttempts(raw)!;
    expect(Object.keys(read.store.quizzes).sort()).toEqual(["__proto__", "ok"]);
    expect(read.damaged).toEqual({ version: 1, quizzes: { bad, text: "x" } });
    expect(attemptsFor(read.store, "__proto__")?.best.percent).toBe(50);
    expect(attemptsFor(read.store, "constructor")).toBeUndefined();
    expect(parseAttempts("nope")).toBeUndefined();
    expect(parseAttempts(JSON.stringify({ version: 9, quizzes: {} }))).toBeUndefined();
    expect(parseAttempts(JSON.stringify({ version: 1, quizzes: [] }))).toBeUndefined();
    expect(parseAttempts(null)).toEqual({ store: EMPTY_ATTEMPTS });
  });

  it("keep the fields they do not know, at every level, through the next attempt", () => {
    const raw = JSON.stringify({
      version: 1,
      syncedAt: 17,
      quizzes: {
        quiz: { best: { correct: 2, total: 2, percent: 100, seconds: 30 }, last: { correct: 1, total: 2, percent: 50, seconds: 45 }, count: 2, lastSeed: 1, streak: 1 },
      },
    });
    const store = attemptsOf(raw);
    expect(JSON.parse(JSON.stringify(storedAttempts(store)))).toEqual(JSON.parse(raw));
    const after = storedAttempts(recordAttempt(store, "quiz", 2, { correct: 0, total: 2, percent: 0 }));
    expect(JSON.parse(JSON.stringify(after))).toEqual({
      version: 1,
      syncedAt: 17,
      // The best score is kept whole; the last one is the new round's.
      quizzes: { quiz: { best: { correct: 2, total: 2, percent: 100, seconds: 30 }, last: { correct: 0, total: 2, percent: 0 }, count: 3, lastSeed: 2, streak: 1 } },
    });
  });

  it("lose no entry and no unknown field: each entry is read or handed back as damaged", () => {
    const score = fc.tuple(fc.nat(10), fc.nat(10), fc.nat(100)).map(([correct, extra, percent]) => ({ correct, total: correct + extra, percent }));
    const valid = fc.record({ best: score, last: score, count: fc.nat(), lastSeed: fc.integer(), note: fc.option(fc.string(), { nil: undefined }) });
    const entry = fc.oneof(valid, fc.jsonValue(), fc.record({ best: fc.jsonValue(), last: score, count: fc.jsonValue(), lastSeed: fc.jsonValue() }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), entry), fc.jsonValue(), (quizzes, extra) => {
        const raw = JSON.stringify({ version: 1, quizzes, extra });
        const original = JSON.parse(raw);
        const read = parseAttempts(raw)!;
        const damaged = read.damaged?.quizzes ?? {};
        const kept = JSON.parse(JSON.stringify(storedAttempts(read.store)));
        expect([...Object.keys(kept.quizzes), ...Object.keys(damaged)].sort()).toEqual(Object.keys(original.quizzes).sort());
        // Put back together, the kept store and the damaged entries are what was stored.
        expect({ ...kept, quizzes: { ...kept.quizzes, ...damaged } }).toEqual(original);
      }),
    );
  });
});
