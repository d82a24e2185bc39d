import { describe, expect, it } from "vitest";
import { quizKey } from "./keys";
import type { ChoiceQuiz, ClassifyQuiz } from "./types";

const settings = { title: "Q", introHtml: "", mode: "practice" as const, pass: 0.8, shuffle: false };
const classify: ClassifyQuiz = {
  ...settings,
  kind: "classify",
  categories: [
    { key: "root", label: "Root" },
    { key: "iam", label: "IAM" },
  ],
  items: [],
};
const choice: ChoiceQuiz = { ...settings, kind: "choice", questions: [] };

describe("quizKey", () => {
  it("chooses a category by its number while asking, and only a category that exists", () => {
    expect(quizKey(classify, "asking", "2")).toEqual({ action: { type: "answer", answer: ["iam"] }, standAside: "typing" });
    expect(quizKey(classify, "asking", "3")).toBeUndefined();
    expect(quizKey(classify, "asking", "0")).toBeUndefined();
    expect(quizKey(choice, "asking", "1")).toBeUndefined();
    expect(quizKey(classify, "feedback", "1")).toBeUndefined();
  });

  it("continues from the feedback with Enter or Space, standing aside for controls", () => {
    for (const quiz of [classify, choice]) {
      expect(quizKey(quiz, "feedback", "Enter")).toEqual({ action: { type: "next" }, standAside: "controls" });
      expect(quizKey(quiz, "feedback", " ")).toEqual({ action: { type: "next" }, standAside: "controls" });
      // While asking, Enter and Space are the form's and the buttons' own.
      expect(quizKey(quiz, "asking", "Enter")).toBeUndefined();
      expect(quizKey(quiz, "results", " ")).toBeUndefined();
      expect(quizKey(quiz, "start", "Enter")).toBeUndefined();
    }
  });
});
