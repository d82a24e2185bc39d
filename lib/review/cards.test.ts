import { describe, expect, it } from "vitest";
import { fixture, parserFor } from "../quiz/__fixtures__/quiz-source";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import { correctAnswer, isCorrect } from "../quiz/session";
import { answerKeyFor, reviewItems } from "./card-id";
import { reviewCards } from "./cards";

const classify = parserFor("content/_quizzes/classify-basic.md", parseClassifyQuiz).quizOf(fixture("classify-basic.md"));
const choice = parserFor("content/_quizzes/choice-select-all.md", parseChoiceQuiz).quizOf(fixture("choice-select-all.md"));

describe("reviewCards", () => {
  it("makes one card per item, with the card's id and answer key", () => {
    for (const quiz of [classify, choice]) {
      const cards = reviewCards("q", quiz);
      expect(cards.map(({ quiz, itemId, answerKey }) => ({ quiz, itemId, answerKey }))).toEqual(reviewItems("q", quiz));
      expect(cards.every((card) => card.quizTitle === quiz.title)).toBe(true);
    }
  });

  it("asks each item as a practice quiz of one, graded as in its quiz", () => {
    for (const quiz of [classify, choice]) {
      for (const card of reviewCards("q", quiz)) {
        expect(card.ask).toMatchObject({ kind: quiz.kind, mode: "practice", introHtml: "", shuffle: quiz.shuffle, title: quiz.title });
        const ids = card.ask.kind === "classify" ? card.ask.items.map((item) => item.id) : card.ask.questions.map((question) => question.id);
        expect(ids).toEqual([card.itemId]);
        const right = correctAnswer(quiz, card.itemId)!;
        expect(correctAnswer(card.ask, card.itemId)).toEqual(right);
        expect(isCorrect(card.ask, card.itemId, right)).toBe(true);
        expect(answerKeyFor(card.ask, card.itemId)).toBe(card.answerKey);
      }
    }
  });

  it("keeps a classification quiz's categories", () => {
    const [card] = reviewCards("q", classify);
    expect(card?.ask.kind === "classify" && card.ask.categories).toEqual(classify.categories);
  });
});

describe("answerKeyFor", () => {
  it("is the item's answer key, or undefined for an id the quiz does not have", () => {
    const items = reviewItems("q", choice);
    expect(items.map((item) => answerKeyFor(choice, item.itemId))).toEqual(items.map((item) => item.answerKey));
    expect(answerKeyFor(classify, reviewItems("q", classify)[0]!.itemId)).toMatch(/^category:/);
    expect(answerKeyFor(classify, "no-such-item")).toBeUndefined();
    expect(answerKeyFor(choice, "q999")).toBeUndefined();
  });
});
