import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, type MemoryStorage } from "../__fixtures__/memory-storage";
import { quizFingerprint } from "./saved";
import { initialSession, reduceSession } from "./session";
import type { ClassifyQuiz } from "./types";

// The storage modules cache what they read; each test gets fresh copies and a fresh store.
let quizzes: typeof import("./storage");
let store: MemoryStorage;

beforeEach(async () => {
  vi.resetModules();
  store = installStorage();
  quizzes = await import("./storage");
});

const quiz: ClassifyQuiz = {
  kind: "classify",
  title: "Q",
  introHtml: "",
  mode: "practice",
  pass: 0.8,
  shuffle: false,
  categories: [
    { key: "a", label: "A" },
    { key: "b", label: "B" },
  ],
  items: ["one", "two"].map((id, index) => ({ id, html: id, text: id, category: "a", explanationHtml: "", sources: [], line: index + 1 })),
};

describe("quiz attempts in the browser", () => {
  it("set a damaged entry aside, keep the others and the fields they do not know", () => {
    const good = { best: { correct: 2, total: 2, percent: 100 }, last: { correct: 1, total: 2, percent: 50 }, count: 2, lastSeed: 1, streak: 4 };
    const damaged = { best: "full marks", last: null, count: -1 };
    store.setItem("pagebreak:quiz-attempts", JSON.stringify({ version: 1, syncedAt: 9, quizzes: { good, damaged } }));
    expect(Object.keys(quizzes.loadAttempts().quizzes)).toEqual(["good"]);
    expect(store.setAside("pagebreak:quiz-attempts")).toEqual([{ version: 1, quizzes: { damaged } }]);
    expect(quizzes.saveAttempt("other", 7, { correct: 1, total: 1, percent: 100 })).toBe(true);
    const saved = JSON.parse(store.getItem("pagebreak:quiz-attempts")!);
    expect(saved.syncedAt).toBe(9);
    expect(saved.quizzes.good).toEqual(good);
    expect(saved.quizzes.other.count).toBe(1);
  });
});

describe("quiz sessions in the browser", () => {
  const started = reduceSession(quiz, reduceSession(quiz, initialSession(quiz), { type: "start", seed: 1 }), { type: "answer", answer: ["a"] });

  it("keep the fields they do not know when the next step is saved", () => {
    store.setItem("pagebreak:quiz:q", JSON.stringify({ version: 1, quiz: quizFingerprint(quiz), savedBy: "v3", session: { ...started, hints: 1 } }));
    const session = quizzes.loadSession("q", quiz)!;
    expect(session).toEqual(started);
    expect(quizzes.saveSession("q", reduceSession(quiz, session, { type: "next" }), quiz)).toBe(true);
    const saved = JSON.parse(store.getItem("pagebreak:quiz:q")!);
    expect(saved).toMatchObject({ savedBy: "v3", session: { hints: 1, phase: "asking", index: 1 } });
  });

  it("are in progress in the outline only when saved for the quiz as it is now, and the outline changes nothing", () => {
    const current = { fingerprint: quizFingerprint(quiz), items: ["one", "two"] };
    const raw = JSON.stringify({ version: 1, quiz: "an older version of the quiz", session: started });
    store.setItem("pagebreak:quiz:q", raw);
    expect(quizzes.quizInProgress("q", current)).toBeNull();
    expect(store.getItem("pagebreak:quiz:q")).toBe(raw);
    expect(store.setAside("pagebreak:quiz:q")).toEqual([]);
    store.setItem("pagebreak:quiz:q", JSON.stringify({ version: 1, quiz: current.fingerprint, session: started }));
    expect(quizzes.quizInProgress("q", current)).toEqual({ answered: 1, total: 2, retry: false });
  });
});
