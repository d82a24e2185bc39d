import { describe, expect, it } from "vitest";
import { choiceHint, quizProgressText, roundLabel, saysSelectAll, selectAllNote } from "./announce";
import type { ChoiceQuestion } from "./types";

const multi: ChoiceQuestion = {
  id: "q",
  promptHtml: "<p>Which of these tasks need the root user?</p>",
  multiple: true,
  sources: [],
  line: 1,
  options: ["a", "b", "c", "d"].map((id, index) => ({ id, html: id, text: id, line: index + 2, correct: id !== "b", explanationHtml: "" })),
};

describe("saysSelectAll", () => {
  it("finds the phrase the old course writes into its questions, in any case and markup", () => {
    for (const html of [
      "<p>Which of these tasks can only the root user do today? (Select all that apply.)</p>",
      "<p>Which apply? <strong>select ALL that apply</strong></p>",
      "<p>Choose all the correct answers.</p>",
      "<p>Tick every option that is true.</p>",
      "<p>Which statements are true? (All that apply)</p>",
      "<p>Select\nall that apply</p>",
    ]) {
      expect(saysSelectAll(html), html).toBe(true);
    }
  });

  it("is not fooled by words that only look alike", () => {
    for (const html of [
      "<p>Which of these tasks need the root user?</p>",
      "<p>Which policy allows all actions?</p>",
      "<p>Why select a region first?</p>",
      "<p>What does <code>s3:*</code> allow?</p>",
      '<p><a href="https://example.com/select-all">Docs</a> say what?</p>',
    ]) {
      expect(saysSelectAll(html), html).toBe(false);
    }
  });
});

describe("choiceHint", () => {
  it("says 'Select all that apply' once: not when the question says it already", () => {
    expect(choiceHint(multi)).toBe("Select all that apply. It counts only when exactly right: every correct option and no other.");
    expect(choiceHint({ ...multi, promptHtml: "<p>Which need root? (Select all that apply.)</p>" })).toBe("It counts only when exactly right: every correct option and no other.");
    expect(choiceHint({ ...multi, multiple: false })).toBe("Choose one.");
  });
});

describe("selectAllNote", () => {
  it("says how a select-all answer missed, and nothing for one that counts", () => {
    expect(selectAllNote(multi, ["a", "c", "d"])).toBeUndefined();
    expect(selectAllNote(multi, ["a", "c"])).toBe("You selected 2 of the 3 correct options and no wrong one: a select-all question counts only when exactly right.");
    expect(selectAllNote(multi, ["a", "b", "c", "d"])).toBe("You selected 3 of the 3 correct options and 1 wrong one: a select-all question counts only when exactly right.");
    expect(selectAllNote({ ...multi, options: multi.options.map((option) => ({ ...option, correct: option.id === "a" })) }, ["b", "c"])).toBe(
      "You selected 0 of the 1 correct options and 2 wrong ones: a select-all question counts only when exactly right.",
    );
    expect(selectAllNote({ ...multi, multiple: false }, ["b"])).toBeUndefined();
  });
});

describe("roundLabel", () => {
  it("names the mode, and a retry round with how many it asks again", () => {
    expect(roundLabel("practice", true, 10)).toBe("Practice mode");
    expect(roundLabel("exam", true, 10)).toBe("Exam mode: results at the end");
    expect(roundLabel("practice", false, 8)).toBe("Retrying 8 missed · practice mode");
    expect(roundLabel("exam", false, 1)).toBe("Retrying 1 missed · exam mode: results at the end");
  });
});

describe("quizProgressText", () => {
  const scores = { best: { percent: 20 }, last: { percent: 20 } };

  it("states a retry round as one, with its own count", () => {
    expect(quizProgressText({ answered: 0, total: 8, retry: true }, scores)).toBe("Retrying 8 missed: 0 of 8 answered · Best 20 % · last 20 %");
  });

  it("says how far a full round got, the scores, or that the quiz was not taken", () => {
    expect(quizProgressText({ answered: 5, total: 40, retry: false }, undefined)).toBe("In progress: 5 of 40 answered");
    expect(quizProgressText(null, { best: { percent: 90 }, last: { percent: 75 } })).toBe("Best 90 % · last 75 %");
    expect(quizProgressText(undefined, undefined)).toBe("Not taken");
  });
});
