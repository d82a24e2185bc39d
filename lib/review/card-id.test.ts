import { describe, expect, it } from "vitest";
import { parserFor } from "../quiz/__fixtures__/quiz-source";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import { cardId, choiceAnswerKey, classifyAnswerKey, reviewItems } from "./card-id";

const classify = parserFor("content/_quizzes/root.md", parseClassifyQuiz);
const choice = parserFor("content/_quizzes/s2.md", parseChoiceQuiz);

/** A classification quiz with one action per category; `note` is the first action's explanation. */
function classifySource({ category = "Root user only", note = "Only the root user can close it." } = {}) {
  const other = category === "Root user only" ? "Delegable to IAM" : "Root user only";
  return [
    "---",
    "title: Root or delegable?",
    "kind: classify",
    "categories:",
    "  root-only: Root user only",
    "  delegable: Delegable to IAM",
    "---",
    `## ${category}`,
    "",
    "- Close a standalone AWS account",
    `  - ${note}`,
    "",
    `## ${other}`,
    "",
    "- Launch an EC2 instance",
    "",
  ].join("\n");
}

/** A choice quiz of one question; the arguments are its options as written. */
function choiceSource(...options: string[]) {
  return ["---", "title: Section 2 quiz", "---", "## Question 1", "", "Which user for everyday work?", "", ...options, ""].join("\n");
}

const ROOT = ["- A. The root user", "  - Incorrect: Keep it for the few tasks only it can do."];
const IAM = ["- B. An IAM Identity Center user", "  - Correct: Least privilege limits what a mistake can break."];

describe("cardId", () => {
  it("joins the quiz slug and the item id", () => {
    expect(cardId("root-or-delegable", "close-a-standalone-aws-account")).toBe("root-or-delegable/close-a-standalone-aws-account");
  });
});

describe("classification cards", () => {
  it("keep their id and answer key when the explanation is edited", () => {
    const before = reviewItems("root", classify.quizOf(classifySource()));
    const after = reviewItems("root", classify.quizOf(classifySource({ note: "Only root can close it (typo fixed)." })));
    expect(after).toEqual(before);
    expect(before[0]).toEqual({ quiz: "root", itemId: "close-a-standalone-aws-account", answerKey: "category:root-only" });
  });

  it("keep their id but change their answer key when the item moves to another category", () => {
    const before = reviewItems("root", classify.quizOf(classifySource()));
    const after = reviewItems("root", classify.quizOf(classifySource({ category: "Delegable to IAM" })));
    expect(after[0]?.itemId).toBe(before[0]?.itemId);
    expect(after[0]?.answerKey).toBe("category:delegable");
    expect(after[0]?.answerKey).not.toBe(before[0]?.answerKey);
  });

  it("key by the category alone", () => {
    expect(classifyAnswerKey({ category: "root-only" })).toBe("category:root-only");
  });
});

describe("multiple-choice cards", () => {
  const keyOf = (...options: string[]) => reviewItems("s2", choice.quizOf(choiceSource(...options)))[0];

  it("keep their id and answer key when an option's explanation is edited", () => {
    const edited = ["- B. An IAM Identity Center user", "  - Correct: Least privilege limits the blast radius."];
    expect(keyOf(...ROOT, ...edited)).toEqual(keyOf(...ROOT, ...IAM));
    expect(keyOf(...ROOT, ...IAM)?.itemId).toBe("q1");
  });

  it("keep their answer key when the options are reordered, or the right one's case and punctuation fixed", () => {
    const reordered = keyOf("- A. An IAM Identity Center user", "  - Correct: Yes.", "- B. The root user", "  - Incorrect: No.");
    const recased = keyOf(...ROOT, "- B. an IAM identity-center user!", "  - Correct: Yes.");
    expect(reordered?.answerKey).toBe(keyOf(...ROOT, ...IAM)?.answerKey);
    expect(recased?.answerKey).toBe(keyOf(...ROOT, ...IAM)?.answerKey);
  });

  it("change their answer key when another option becomes the right one", () => {
    const flipped = keyOf("- A. The root user", "  - Correct: Yes.", "- B. An IAM Identity Center user", "  - Incorrect: No.");
    expect(flipped?.itemId).toBe("q1");
    expect(flipped?.answerKey).not.toBe(keyOf(...ROOT, ...IAM)?.answerKey);
  });

  it("change their answer key when the right option is rewritten, or a second one becomes right", () => {
    const rewritten = keyOf(...ROOT, "- B. An IAM user with an access key", "  - Correct: Yes.");
    const both = keyOf("- A. The root user", "  - Correct: Yes.", ...IAM);
    const base = keyOf(...ROOT, ...IAM)?.answerKey;
    expect(rewritten?.answerKey).not.toBe(base);
    expect(both?.answerKey).not.toBe(base);
    expect(both?.answerKey).not.toBe(rewritten?.answerKey);
  });

  it("do not depend on a wrong option's text", () => {
    const option = (text: string, correct: boolean) => ({ text, correct });
    expect(choiceAnswerKey({ options: [option("Root", false), option("IAM", true)] })).toBe(choiceAnswerKey({ options: [option("Other", false), option("IAM", true)] }));
  });
});
