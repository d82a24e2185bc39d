import { expect, type Page } from "@playwright/test";
import type { ChoiceOption, ChoiceQuestion } from "../lib/quiz/types";
import { choiceKey, classifyKey } from "./quiz-key";

// Playing the bundled quizzes as a learner would, whatever their items are: the answer keys come
// from the quizzes' own Markdown (quiz-key.ts), and the item on screen is found in the key by its
// text, since both quizzes shuffle.

export const CLASSIFY = "/quizzes/root-or-delegable";
export const CHOICE = "/quizzes/root-user-quiz";
export const classify = classifyKey("_quizzes/2024-3-16-root-or-delegable.md", "text");
export const choice = choiceKey("_quizzes/2024-3-17-root-user-quiz.md", "text");

export const labelOf = (key: string) => classify.categories.find((category) => category.key === key)!.label;
export const otherKey = (key: string) => classify.categories.find((category) => category.key !== key)!.key;

/** The first words of an explanation: enough to find it on the page, whatever its markup. */
export function opening(text: string, words = 6): string {
  return text.trim().split(/\s+/).slice(0, words).join(" ");
}

/** Opens a quiz from a clean slate and starts it in the given mode. */
export async function start(page: Page, url: string, mode: "Practice" | "Exam" = "Practice") {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: /^(Action|Question) 1 of \d+$/ })).toBeFocused();
}

/** The action on screen, from the key. */
export async function currentAction(page: Page) {
  const text = (await page.locator("section .prose").first().innerText()).trim();
  const item = classify.items.find((candidate) => candidate.text === text);
  expect(item, `"${text}" is an action of the quiz`).toBeDefined();
  return item!;
}

/** The question on screen, from the key, found by its options (read before it is answered). */
export async function currentQuestion(page: Page): Promise<ChoiceQuestion> {
  const shown = (await page.locator("form label").allInnerTexts()).map((text) => text.trim());
  const asked = choice.questions.find((candidate) => candidate.options.length === shown.length && candidate.options.every((option) => shown.includes(option.text)));
  expect(asked, `options ${shown.join(" | ")}`).toBeDefined();
  return asked!;
}

export const rightOptions = (question: ChoiceQuestion) => question.options.filter((option) => option.correct);
export const wrongOptions = (question: ChoiceQuestion) => question.options.filter((option) => !option.correct);

/** The option's radio button or checkbox, by its accessible name. */
export function optionControl(page: Page, question: ChoiceQuestion, option: ChoiceOption) {
  return page.getByRole(question.multiple ? "checkbox" : "radio", { name: option.text, exact: true });
}

/** Ticks the options and checks (or submits) the answer. */
export async function answerWith(page: Page, question: ChoiceQuestion, options: ChoiceOption[], button: "Check answer" | "Submit answer" = "Check answer") {
  for (const option of options) await optionControl(page, question, option).check();
  await page.getByRole("button", { name: button }).click();
}
