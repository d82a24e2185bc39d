import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setTheme, tabTo } from "./helpers";

// `npm run dev` only: a quiz's answer key for the instructor at /quizzes/<slug>/key. The production
// build answers 404 there (e2e/answer-key-absent.spec.ts).

test("a multiple-choice quiz's key lists every question with its right answer, sources and slide", async ({ page }) => {
  await page.goto("/quizzes/root-user-quiz/key");
  await expect(page.getByRole("heading", { level: 1, name: "Answer key: Quiz: root user privileges" })).toBeVisible();
  const table = page.getByRole("table", { name: /The right answer to each of the 15 questions/ });
  await expect(table.getByRole("columnheader")).toHaveText(["#", "Question", "Answer", "Explanation", "Sources", "Slide"]);
  // One header row and a row per question.
  await expect(table.getByRole("row")).toHaveCount(16);
  const first = table.getByRole("row", { name: /What is the AWS account root user\?/ });
  await expect(first.getByRole("rowheader")).toHaveText("What is the AWS account root user?");
  await expect(first.getByRole("cell").nth(1)).toHaveText(/^B\) The identity created with the account/);
  await expect(first.getByRole("cell").nth(2)).toHaveText(/^Every AWS account starts with this one identity/);
  await expect(first.getByRole("link", { name: "IAM User Guide: AWS account root user" })).toHaveAttribute("href", /^https:\/\/docs\.aws\.amazon\.com\//);
  // The wrong options' notes are not the key.
  await expect(table).not.toContainText("The root user is not an IAM user and has no policies attached");

  // The slide a question teaches opens from the key, by keyboard.
  const slide = first.getByRole("cell").nth(4).getByRole("link");
  await tabTo(page, slide, 60);
  await page.keyboard.press("Enter");
  // The dev server compiles a page on its first visit.
  await expect(page).toHaveURL(/\/lessons\/root-user-privileges\/\d+$/, { timeout: 60_000 });
});

test("a classification quiz's key gives each action its category, and goes back to the quiz", async ({ page }) => {
  await page.goto("/quizzes/root-or-delegable/key");
  const table = page.getByRole("table", { name: /The right answer to each of the 50 actions/ });
  await expect(table.getByRole("columnheader").nth(1)).toHaveText("Action");
  await expect(table.getByRole("row", { name: /^\d+ Change the root user's password / }).getByRole("cell").nth(1)).toHaveText("Root user only");
  const back = page.getByRole("link", { name: "Back to the quiz" });
  await tabTo(page, back, 30);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quizzes\/root-or-delegable$/, { timeout: 60_000 });
});

test("the key page passes axe in light and dark", async ({ page }) => {
  await page.goto("/quizzes/root-user-quiz/key");
  await expect(page.getByRole("table")).toBeVisible();
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page);
  }
});

test("a slug that is no quiz answers 404", async ({ page }) => {
  const response = await page.goto("/quizzes/no-such-quiz/key");
  expect(response?.status()).toBe(404);
  const lesson = await page.goto("/quizzes/root-user-privileges/key");
  expect(lesson?.status()).toBe(404);
});
