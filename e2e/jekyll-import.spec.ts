import { expect, test } from "@playwright/test";
import { tabTo, waitForReader } from "./helpers";

// A course in the old Jekyll layout (lib/content/__fixtures__/jekyll-course), loaded unchanged
// through CONTENT_DIR by its own production build.

test("the Jekyll course's outline is ordered numerically with guides under their lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Basics", "Section 10"]);
  await expect(page.getByRole("list", { name: "Course outline" }).getByRole("link")).toHaveText([
    "Section 2, lesson 1: Welcome to the course",
    "Section 2, lesson 2: Accounts and users",
    "Hands-on A: Create an everyday user",
    "Hands-on B: Turn on multi-factor authentication",
    "Section 2, lesson 3: Café names and Ünïcode file names",
    "Section 2, lesson 10: Reviewing what you built",
    "Quiz: Section 2 quiz",
    "Section 10, lesson 1: Going further",
  ]);
});

test("a lesson with a non-ASCII file name opens, turns and survives reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Section 2, lesson 3: Café names and Ünïcode file names" }).click();
  await expect(page).toHaveURL(`/lessons/${encodeURIComponent("café-ünïcode")}/1`);
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`/lessons/${encodeURIComponent("café-ünïcode")}/2`);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Why it matters" })).toBeVisible();
});

test("hands-on guides follow their lesson in course order, and the old course's quiz runs unchanged", async ({ page }) => {
  await page.goto("/lessons/s2-lesson-2/1");
  await waitForReader(page);
  await page.keyboard.press("End");
  await page.getByRole("link", { name: "Next: Hands-on A: Create an everyday user" }).click();
  await expect(page).toHaveURL("/lessons/s2-lab-a/1");
  await waitForReader(page);
  await page.keyboard.press("End");
  await page.getByRole("link", { name: "Next: Hands-on B: Turn on multi-factor authentication" }).click();
  await expect(page).toHaveURL("/lessons/s2-lab-b/1");
  await page.goto("/lessons/s2-lesson-10/2");
  await page.getByRole("link", { name: "Take the quiz: Section 2 quiz" }).click();
  await expect(page).toHaveURL("/quizzes/s2-quiz");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  // Questions are shuffled: answer whichever of the two is showing, rightly.
  const least = page.getByRole("radio", { name: "A user with only the permissions the work needs" });
  const mfa = page.getByRole("radio", { name: "A stolen password alone is no longer enough to sign in" });
  await ((await least.count()) > 0 ? least : mfa).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeVisible();
  await expect(
    page.getByText(/Least privilege limits what a mistake or a stolen password can do\.|The second factor protects the account's most powerful user\./),
  ).toBeVisible();
});

test("a quiz the old course numbered within its section (`lesson: 1`) is offered after the section's last lesson, not its first", async ({ page }) => {
  const quizLink = page.getByRole("link", { name: /^Take the quiz/ });
  await page.goto("/lessons/intro/1");
  await waitForReader(page);
  await page.keyboard.press("End");
  await expect(page).toHaveURL("/lessons/intro/2");
  await expect(page.getByRole("link", { name: "Next: Section 2, lesson 2: Accounts and users" })).toBeVisible();
  await expect(quizLink).toHaveCount(0);

  await page.goto("/lessons/s2-lesson-10/1");
  await waitForReader(page);
  await page.keyboard.press("End");
  await expect(page).toHaveURL("/lessons/s2-lesson-10/2");
  // The quiz is offered once: "Next" leads on past it, to the next section.
  await expect(page.getByRole("link", { name: "Next: Section 10, lesson 1: Going further" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Next: Quiz/ })).toHaveCount(0);
  const take = page.getByRole("link", { name: "Take the quiz: Section 2 quiz" });
  await tabTo(page, take);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/quizzes/s2-quiz");
  await expect(page.getByRole("heading", { name: "Section 2 quiz", level: 1 })).toBeVisible();
});

test("a quiz without Lesson: lines still sends a wrong answer back to a slide of its section, marked as a suggestion", async ({ page }) => {
  await page.goto("/quizzes/s2-quiz");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  // Question order is shuffled: pick an option the old course marks Incorrect, whichever question shows.
  const option = page.getByRole("radio", { name: "The root user", exact: true }).or(page.getByRole("radio", { name: "It makes the root user faster to sign in", exact: true }));
  await option.first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /Incorrect/ })).toBeVisible();
  const revisit = page.getByRole("link", { name: /^Revisit: / });
  await expect(revisit).toBeVisible();
  await expect(page.getByText(/\(suggested/)).toBeVisible();
  const href = await revisit.getAttribute("href");
  // Section 2's lessons and guides, and nothing from another section.
  expect(href).toMatch(/^\/lessons\/(s2-lesson-2|s2-lesson-10|s2-lab-a|s2-lab-b)\/\d+$/);
  const title = (await revisit.innerText()).replace(/^Revisit: /, "");
  await revisit.click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator("[data-slide-deck] > section:not([hidden])")).toContainText(title);
});
