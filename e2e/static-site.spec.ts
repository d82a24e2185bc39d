import { expect, test, type Page } from "@playwright/test";
import { slideStatus, waitForReader } from "./helpers";

// The static export of the Jekyll fixture course, built with BASE_PATH=/course and served by a
// plain static file server (as GitHub Pages would serve it).

async function expectImageLoaded(page: Page, name: string) {
  const image = page.getByRole("img", { name });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("the static site works under a sub-path: outline, slides, keys, deep links, images", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Basics", "Section 10"]);
  await page.getByRole("link", { name: "Section 2, lesson 1: Welcome to the course" }).click();
  await expect(page).toHaveURL("lessons/intro/1/");
  await expectImageLoaded(page, "Map of the course");

  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("lessons/intro/2/");
  await expect(slideStatus(page)).toContainText("Slide 2 of");
  await page.reload();
  await expect(page.getByRole("heading", { name: "How to move between slides" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL("lessons/intro/1/");

  await page.getByRole("link", { name: "Course outline" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Welcome to the course" }).first()).toContainText("Finished");

  await page.goto("lessons/s2-lesson-10/1/");
  await expectImageLoaded(page, "Completion badge");
  await page.getByRole("link", { name: "Read as one page" }).click();
  // The one-page view opens at the slide the reader was on (#slide-N).
  await expect(page).toHaveURL("lessons/s2-lesson-10/all/#slide-1");
  await expect(page.getByRole("heading", { name: "Checklist" })).toBeVisible();
});

test("a lesson with a non-ASCII file name works on the static site", async ({ page }) => {
  await page.goto(`lessons/${encodeURIComponent("café-ünïcode")}/1/`);
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Why it matters" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Why it matters" })).toBeVisible();
});

test("the static site answers 404 for slides and lessons that do not exist", async ({ request }) => {
  for (const path of ["lessons/intro/9/", "lessons/nothing/1/", "lessons/intro/0/"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("the static site works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("lessons/intro/1/");
  await page.getByRole("button", { name: "Next slide" }).click();
  // The button's form opens the next slide's page (a GET form with no fields ends the URL in "?").
  await expect(page).toHaveURL(/\/lessons\/intro\/2\/\??$/);
  await expect(page.getByRole("heading", { name: "How to move between slides" })).toBeVisible();
  await context.close();
});

test("the old course's quiz runs on the static site and resumes after a reload", async ({ page }) => {
  // Questions are shuffled: each step answers whichever of the two questions is showing.
  const RIGHT = ["A user with only the permissions the work needs", "A stolen password alone is no longer enough to sign in"];
  const WRONG = ["The root user", "It makes the root user faster to sign in"];
  async function answer(options: string[]) {
    for (const name of options) {
      const radio = page.getByRole("radio", { name, exact: true });
      if ((await radio.count()) > 0) return radio.check();
    }
    throw new Error("neither question is showing");
  }

  await page.goto("lessons/s2-lesson-10/2/");
  await page.getByRole("link", { name: "Take the quiz: Section 2 quiz" }).click();
  await expect(page).toHaveURL("quizzes/s2-quiz/");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await answer(RIGHT);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await answer(WRONG);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("1 of 2 correct", { exact: true })).toBeVisible();
});
