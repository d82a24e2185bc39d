import { describe, expect, it } from "vitest";
import { countStored, importSentence } from "./describe";

describe("countStored", () => {
  it("counts lessons, finished rounds, quizzes mid-round, cards, the theme, folds and set-aside copies", () => {
    const session = (phase: string) => JSON.stringify({ version: 1, quiz: "f", session: { phase } });
    expect(
      countStored({
        "pagebreak:reading": JSON.stringify({ version: 2, lessons: { a: { furthest: 1, last: 1, total: 2, at: 0 }, b: { furthest: 2, last: 2, total: 2, at: 0 } } }),
        "pagebreak:quiz-attempts": JSON.stringify({ version: 1, quizzes: { q: { best: { correct: 1, total: 1, percent: 100 }, last: { correct: 1, total: 1, percent: 100 }, count: 3, lastSeed: 1 } } }),
        "pagebreak:quiz:q": session("results"),
        "pagebreak:quiz:r": session("asking"),
        "pagebreak:theme": "dark",
        "pagebreak:outline-folds": JSON.stringify({ version: 1, folded: ["S"] }),
        "pagebreak:set-aside:pagebreak:review:1": "x",
      }),
    ).toEqual({ lessons: 2, attempts: 3, sessions: 1, reviewCards: 0, theme: "dark", foldedSections: 1, setAside: 1, keys: 7 });
  });
});

describe("importSentence", () => {
  it("lists what came in, or says nothing did", () => {
    expect(importSentence({ lessons: 1, attempts: 2, sessions: 1, reviewCards: 0, theme: "dark", outlineFolds: false, other: 0 })).toMatchInlineSnapshot(
      `"Imported: reading progress of 1 lesson, 2 quiz attempts, 1 saved quiz session and the Dark theme."`,
    );
    expect(importSentence({ lessons: 0, attempts: 0, sessions: 0, reviewCards: 0, outlineFolds: false, other: 0 })).toMatchInlineSnapshot(
      `"Imported: nothing new. This browser already had everything in the file."`,
    );
  });
});
