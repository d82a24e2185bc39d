import { describe, expect, it } from "vitest";
import { answerNotes, answerText, choiceMark, markText, reviewEntries } from "./review";
import { initialSession, reduceSession, type QuizSession, type SessionAction } from "./session";
import type { ChoiceQuestion, ChoiceQuiz, ClassifyQuiz, Quiz } from "./types";

function question(id: string, right: string[], notes: Record<string, string> = {}): ChoiceQuestion {
  return {
    id,
    promptHtml: `<p>${id}?</p>`,
    multiple: right.length > 1,
    sources: [],
    line: 1,
    options: ["a", "b", "c", "d"].map((option, index) => ({
      id: option,
      html: `Option ${option}`,
      text: `Option ${option}`,
      correct: right.includes(option),
      line: index + 2,
      explanationHtml: notes[option] ?? `<p>Why ${option}</p>`,
    })),
  };
}

const choiceQuiz: ChoiceQuiz = {
  kind: "choice",
  title: "Quiz",
  introHtml: "",
  mode: "exam",
  pass: 0.5,
  shuffle: false,
  questions: [question("q1", ["b"]), question("q2", ["a", "c"]), question("q3", ["d"], { a: "", d: "" })],
};

const classifyQuiz: ClassifyQuiz = {
  kind: "classify",
  title: "Root or delegable?",
  introHtml: "",
  mode: "practice",
  pass: 0.8,
  shuffle: false,
  categories: [
    { key: "root-only", label: "Root user only" },
    { key: "delegable", label: "Delegable to IAM" },
  ],
  items: ["root-only", "delegable"].map((category, index) => ({
    id: `item-${index + 1}`,
    html: `Item ${index + 1}`,
    text: `Item ${index + 1}`,
    category,
    explanationHtml: `<p>Because ${index + 1}</p>`,
    sources: [{ url: "https://example.com", label: "Docs" }],
    line: index + 1,
  })),
};

function play(quiz: Quiz, answers: string[][]): QuizSession {
  const actions: SessionAction[] = [{ type: "start", seed: 1 }, ...answers.flatMap((answer): SessionAction[] => [{ type: "answer", answer }, { type: "next" }])];
  return actions.reduce((session, action) => reduceSession(quiz, session, action), initialSession(quiz));
}

describe("choiceMark", () => {
  it("marks the right choice and a wrong pick in words, and leaves the rest unmarked", () => {
    expect(choiceMark(true, false)).toEqual({ tone: "right", symbol: "✓", words: ["Correct answer"] });
    expect(choiceMark(true, true)).toEqual({ tone: "right", symbol: "✓", words: ["Correct answer", "your answer"] });
    expect(choiceMark(false, true)).toEqual({ tone: "wrong", symbol: "✗", words: ["Your answer"] });
    expect(choiceMark(false, false)).toBeUndefined();
  });

  it("says when a right option of a select-all question was left out", () => {
    expect(markText(choiceMark(true, false, true)!)).toBe("Correct answer, not selected");
    expect(markText(choiceMark(true, true, true)!)).toBe("Correct answer, your answer");
  });
});

describe("answerNotes", () => {
  const q1 = choiceQuiz.questions[0]!;

  it("puts the learner's wrong pick first, then the right option, and keeps the rest for later", () => {
    const notes = answerNotes(q1, q1.options, ["c"]);
    expect(notes.first.map((note) => [note.id, note.mark && markText(note.mark)])).toEqual([
      ["c", "Your answer"],
      ["b", "Correct answer"],
    ]);
    expect(notes.others.map((note) => note.id)).toEqual(["a", "d"]);
    expect(notes.complete).toBe(true);
  });

  it("for a right answer, shows the right option's note first", () => {
    const notes = answerNotes(q1, q1.options, ["b"]);
    expect(notes.first.map((note) => note.id)).toEqual(["b"]);
    expect(notes.others.map((note) => note.id)).toEqual(["a", "c", "d"]);
  });

  it("keeps the order the options were shown in", () => {
    const shown = [...q1.options].reverse();
    expect(answerNotes(q1, shown, ["b"]).others.map((note) => note.id)).toEqual(["d", "c", "a"]);
  });

  it("leaves out options without a note, and says when the notes do not cover the answer", () => {
    const q3 = choiceQuiz.questions[2]!;
    const notes = answerNotes(q3, q3.options, ["a"]);
    expect(notes.first).toEqual([]);
    expect(notes.others.map((note) => note.id)).toEqual(["b", "c"]);
    expect(notes.complete).toBe(false);
    // b's note covers the pick; d, the right one, has none.
    expect(answerNotes(q3, q3.options, ["b"]).complete).toBe(false);
  });
});

describe("answerText", () => {
  it("names categories by label and options by their text", () => {
    expect(answerText(classifyQuiz, "item-1", ["delegable"])).toBe("Delegable to IAM");
    expect(answerText(choiceQuiz, "q2", ["a", "c"])).toBe("Option a; Option c");
  });
});

describe("reviewEntries", () => {
  it("carries each item's Revisit link, and none where the item has none", () => {
    const revisit = { href: "/lessons/intro/3", title: "Root-only actions", suggested: true };
    const quiz: ChoiceQuiz = { ...choiceQuiz, questions: choiceQuiz.questions.map((q, index) => (index === 1 ? { ...q, revisit } : q)) };
    const entries = reviewEntries(quiz, play(quiz, [["a"], ["a"], ["a"]]), "all");
    expect(entries.map((entry) => entry.revisit)).toEqual([undefined, revisit, undefined]);
  });

  it("in exam mode, explains why each missed pick was wrong with that option's own note", () => {
    // Exam mode: no feedback was shown, but the picks were kept with the session.
    const session = play(choiceQuiz, [["b"], ["a"], ["a"]]);
    expect(session.phase).toBe("results");
    const missed = reviewEntries(choiceQuiz, session, "missed");
    expect(missed.map((entry) => entry.id)).toEqual(["q2", "q3"]);
    const [q2] = missed;
    expect(q2).toMatchObject({ position: 2, correct: false, yourAnswer: "Option a", rightAnswer: "Option a; Option c" });
    expect(q2!.notes.first.map((note) => [note.html, note.mark && markText(note.mark)])).toEqual([
      ["<p>Why a</p>", "Correct answer, your answer"],
      ["<p>Why c</p>", "Correct answer, not selected"],
    ]);
    expect(q2!.countNote).toBe("You selected 1 of the 2 correct options and no wrong one: a select-all question counts only when exactly right.");
  });

  it("lists every item of the round in the order asked for the review, right ones too", () => {
    const session = play(choiceQuiz, [["c"], ["a", "c"], ["d"]]);
    const all = reviewEntries(choiceQuiz, session, "all");
    expect(all.map((entry) => [entry.id, entry.position, entry.correct])).toEqual([
      ["q1", 1, false],
      ["q2", 2, true],
      ["q3", 3, true],
    ]);
    expect(all[0]!.notes.first.map((note) => note.html)).toEqual(["<p>Why c</p>", "<p>Why b</p>"]);
    expect(all[1]!.countNote).toBeUndefined();
  });

  it("gives a classification item its explanation and sources, with the answers by label", () => {
    const session = play(classifyQuiz, [["delegable"], ["delegable"]]);
    expect(reviewEntries(classifyQuiz, session, "missed")).toEqual([
      {
        id: "item-1",
        position: 1,
        correct: false,
        html: "Item 1",
        yourAnswer: "Delegable to IAM",
        rightAnswer: "Root user only",
        explanationHtml: "<p>Because 1</p>",
        notes: { first: [], others: [], complete: false },
        sources: [{ url: "https://example.com", label: "Docs" }],
      },
    ]);
    expect(reviewEntries(classifyQuiz, session, "all")).toHaveLength(2);
  });

  it("follows the round: a retry lists only the items it asked", () => {
    const first = play(classifyQuiz, [["delegable"], ["delegable"]]);
    const retry = reduceSession(classifyQuiz, first, { type: "retryMissed", seed: 2 });
    const done = [{ type: "answer", answer: ["root-only"] }, { type: "next" }].reduce(
      (session, action) => reduceSession(classifyQuiz, session, action as SessionAction),
      retry,
    );
    expect(reviewEntries(classifyQuiz, done, "all").map((entry) => [entry.id, entry.correct])).toEqual([["item-1", true]]);
  });

  it("says an item with no answer was not answered", () => {
    const session: QuizSession = { mode: "exam", phase: "results", order: ["q1"], index: 0, answers: {}, seed: 1, fullRound: false };
    const [entry] = reviewEntries(choiceQuiz, session, "missed");
    expect(entry).toMatchObject({ yourAnswer: "not answered", correct: false });
    expect(entry!.notes.complete).toBe(false);
  });
});
