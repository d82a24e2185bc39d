import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setTheme, tabTo, waitForReader } from "./helpers";
import { classifyKey } from "./quiz-key";

// axe-core (WCAG 2.2 A/AA rules and best practices) on every page type and state, in both themes,
// on a narrow phone (320 px) and a laptop (1280 px); and a keyboard-only path through a lesson
// and through the classification quiz.

const classify = classifyKey("_quizzes/2024-3-16-root-or-delegable.md");

for (const width of [320, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`every page type and state passes axe at ${width} px in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      await setTheme(page, theme);
      await expectNoAxeViolations(page);

      for (const url of ["/lessons/how-lessons-work/2", "/lessons/how-lessons-work/4", "/lessons/how-lessons-work/7", "/lessons/root-user-privileges/all"]) {
        await page.goto(url);
        await expectNoAxeViolations(page);
      }
      // A page that does not exist.
      await page.goto("/lessons/how-lessons-work/99");
      await expectNoAxeViolations(page);

      // Classification quiz: start, question, feedback, results (exam mode for a quick finish).
      await page.goto("/quizzes/root-or-delegable");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Start" }).click();
      await expectNoAxeViolations(page);
      await page.keyboard.press("1");
      await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Continue" }).click();
      for (let position = 2; position <= classify.items.length; position++) {
        await page.keyboard.press("2");
        await page.getByRole("button", { name: "Continue" }).click();
      }
      await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
      await expectNoAxeViolations(page);

      // Multiple choice: question with a choice made, feedback.
      await page.goto("/quizzes/root-user-quiz");
      await page.getByRole("button", { name: "Start" }).click();
      await page.locator("form input").first().check();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test("nothing scrolls sideways at 320 px except code and tables inside their own regions", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of ["/", "/lessons/how-lessons-work/2", "/lessons/how-lessons-work/3", "/lessons/root-user-privileges/all", "/quizzes/root-or-delegable"]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test("a keyboard-only learner reads a lesson from the outline to the next one", async ({ page }) => {
  await page.goto("/");
  // Tab from the top of the page to the lesson link, as a keyboard user would.
  const lesson = page.getByRole("link", { name: "How lessons work" });
  await tabTo(page, lesson, 15);
  await expect(lesson).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/lessons/how-lessons-work/1");
  await waitForReader(page);
  for (let slide = 2; slide <= 7; slide++) {
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(`/lessons/how-lessons-work/${slide}`);
  }
  const next = page.getByRole("link", { name: "Next: Root User Privileges and Safe Practices" });
  await tabTo(page, next, 20);
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/lessons/root-user-privileges/1");
});

test("a keyboard-only learner finishes the classification quiz", async ({ page }) => {
  await page.goto("/quizzes/root-or-delegable");
  const start = page.getByRole("button", { name: "Start" });
  await tabTo(page, start, 15);
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  const total = classify.items.length;
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${total}` })).toBeFocused();
    const text = (await page.locator("section .prose").first().innerText()).trim();
    const item = classify.items.find((candidate) => candidate.text === text)!;
    await page.keyboard.press(String(classify.categories.findIndex((category) => category.key === item.category) + 1));
    await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
    // Focus is on the feedback: Enter (or Space) presses Continue; Tab reaches it too.
    if (position === 1) {
      const next = page.getByRole("button", { name: "Continue" });
      await tabTo(page, next, 10);
    }
    await page.keyboard.press(position % 2 ? "Enter" : " ");
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();
  await expect(page.getByText(`${total} of ${total} correct`, { exact: true })).toBeVisible();
});
