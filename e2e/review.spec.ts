import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setTheme, tabTo } from "./helpers";
import { answerWith, CHOICE, CLASSIFY, classify, currentAction, currentQuestion, labelOf, otherKey, start, wrongOptions } from "./quiz-play";

// The spaced-review loop (issue 11): every quiz answer goes into the schedule, the Review page
// asks the due cards of the whole course with the quiz's own screens, and the header counts them.

/** The number key that chooses a category (1 for the first in the quiz's `categories`). */
const keyFor = (category: string) => String(classify.categories.findIndex((candidate) => candidate.key === category) + 1);

/** The header's link to the Review page, whatever its count. */
const reviewLink = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Review\b/ });

/** A later day in the "nothing due" line: never "today" or "now". */
const LATER_DAY = /^Nothing to review now\. Next card due (tomorrow|on [A-Z][a-z]+day)( \d{1,2} [A-Z][a-z]+( \d{4})?)?( at \d\d:\d\d)?\.$/;

/** Answers the action on screen with the keyboard, wrong or right; returns the action. */
async function classifyByKey(page: Page, right: boolean) {
  const item = await currentAction(page);
  await page.keyboard.press(keyFor(right ? item.category : otherKey(item.category)));
  await expect(page.getByRole("heading", { name: right ? "Correct" : "Incorrect", exact: true })).toBeFocused();
  return item;
}

test("an action answered wrong in a quiz is on the Review page at once; answered right there, it is due on a later day", async ({ page }) => {
  await start(page, CLASSIFY);
  await expect(reviewLink(page)).toHaveAccessibleName("Review");
  const item = await classifyByKey(page, false);
  await expect(reviewLink(page)).toHaveAccessibleName("Review (1 due)");
  await expect(reviewLink(page)).toHaveText("Review (1)");

  // To the Review page by keyboard, from the header (the reload starts focus at the top).
  await page.reload();
  await tabTo(page, reviewLink(page));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeVisible();
  await expect(page.getByText(`Action from “${classify.title}”`)).toBeVisible();
  expect((await currentAction(page)).text).toBe(item.text);
  await expect(page.getByRole("button", { name: labelOf(item.category) })).toBeEnabled();

  await classifyByKey(page, true);
  await expect(page.getByRole("status")).toHaveText("Correct.");
  await expect(reviewLink(page)).toHaveAccessibleName("Review");
  await page.keyboard.press("Enter");
  const nothing = page.getByRole("paragraph").filter({ hasText: /^Nothing to review now\./ });
  await expect(nothing).toHaveText(LATER_DAY);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeFocused();
  await expect(page.getByRole("status")).toHaveText(LATER_DAY);

  // Still so after a reload: the schedule is the browser's.
  await page.reload();
  await expect(nothing).toHaveText(LATER_DAY);
  await expect(reviewLink(page)).toHaveAccessibleName("Review");
});

test("a card answered wrong on the Review page is asked again after the round", async ({ page }) => {
  await start(page, CLASSIFY);
  const item = await classifyByKey(page, false);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeVisible();
  await classifyByKey(page, false);
  await expect(page.getByRole("status")).toHaveText(`Incorrect. The answer is ${labelOf(item.category)}.`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeFocused();
  expect((await currentAction(page)).text).toBe(item.text);
  await expect(reviewLink(page)).toHaveAccessibleName("Review (1 due)");
});

/** Opens a quiz and starts it, keeping what the browser has stored (start() clears it). */
async function startKeeping(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: /^(Action|Question) 1 of \d+$/ })).toBeFocused();
}

test("the Review page mixes the quizzes' cards, each asked with its own kind of screen", async ({ page }) => {
  await start(page, CLASSIFY);
  await classifyByKey(page, false);
  await startKeeping(page, CHOICE);
  const asked = await currentQuestion(page);
  await answerWith(page, asked, wrongOptions(asked).slice(0, 1));
  await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeFocused();
  await expect(reviewLink(page)).toHaveAccessibleName("Review (2 due)");

  await page.goto("/review");
  const kinds: string[] = [];
  for (const position of [1, 2]) {
    await expect(page.getByRole("heading", { name: `Card ${position} of 2` })).toBeVisible();
    const from = await page.getByText(/^(Action|Question) from /).innerText();
    kinds.push(from.split(" ")[0]!);
    if (from.startsWith("Action")) await classifyByKey(page, true);
    else {
      const shown = await currentQuestion(page);
      expect(shown.id).toBe(asked.id);
      await answerWith(page, shown, shown.options.filter((option) => option.correct));
      await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
    }
    await page.getByRole("button", { name: "Continue" }).click();
  }
  expect(kinds.sort()).toEqual(["Action", "Question"]);
  await expect(page.getByRole("paragraph").filter({ hasText: /^Nothing to review now\./ })).toHaveText(LATER_DAY);
  await expect(reviewLink(page)).toHaveAccessibleName("Review");
});

test("an answer in exam mode goes into the review too", async ({ page }) => {
  await start(page, CLASSIFY, "Exam");
  const item = await currentAction(page);
  await page.keyboard.press(keyFor(otherKey(item.category)));
  await expect(page.getByRole("heading", { name: /^Action 2 of \d+$/ })).toBeFocused();
  await expect(reviewLink(page)).toHaveAccessibleName("Review (1 due)");
  await page.goto("/review");
  expect((await currentAction(page)).text).toBe(item.text);
});

test("two tabs agree: an answer in one shows in the other's count and Review page", async ({ page, context }) => {
  await page.goto("/review");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("paragraph").filter({ hasText: "Answer quiz items to build your review." })).toBeVisible();

  const quiz = await context.newPage();
  await start(quiz, CLASSIFY);
  await classifyByKey(quiz, false);

  await expect(reviewLink(page)).toHaveAccessibleName("Review (1 due)");
  await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeVisible();
});

for (const width of [320, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`the Review page passes axe at ${width} px in the ${theme} theme, in each of its states`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/review");
      await page.evaluate(() => localStorage.clear());
      await setTheme(page, theme);
      await expect(page.getByRole("paragraph").filter({ hasText: "Answer quiz items to build your review." })).toBeVisible();
      await expectNoAxeViolations(page);

      await start(page, CLASSIFY);
      await setTheme(page, theme);
      await expect(page.getByRole("heading", { name: /^Action 1 of \d+$/ })).toBeVisible();
      await classifyByKey(page, false);
      await page.goto("/review");
      await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeVisible();
      await expect(reviewLink(page)).toHaveAccessibleName("Review (1 due)");
      await expectNoAxeViolations(page);
      // The header with its count fits: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await classifyByKey(page, true);
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("paragraph").filter({ hasText: /^Nothing to review now\./ })).toHaveText(LATER_DAY);
      await expectNoAxeViolations(page);
    });
  }
}
