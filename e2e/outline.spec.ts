import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo, waitForReader } from "./helpers";
import { classifyKey } from "./quiz-key";

const classify = classifyKey("_quizzes/2024-3-16-root-or-delegable.md");

/**
 * The course-wide progress at the top of the outline as numbers, once the page has read what this
 * browser kept (before that it shows only the totals, without "read" or "passed").
 */
async function courseProgress(page: Page) {
  const region = page.getByRole("region", { name: "Your progress" });
  await expect(region).toHaveText(/^\d+ of \d+ lessons read\s*\d+ of \d+ quizzes passed$/);
  const [read, lessons, passed, quizzes] = (await region.innerText()).match(/\d+/g)!.map(Number);
  return { read, lessons, passed, quizzes };
}

test("the outline lists sections and their pages in course order", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Course outline" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Getting started", "Section 14: The AWS root user"]);
  const links = page.getByRole("list", { name: "Course outline" }).getByRole("link");
  await expect(links).toHaveText([
    "How lessons work",
    "Root User Privileges and Safe Practices",
    "Hands-on: lock down the root user",
    "What changed since this section was written",
    "Quiz: Root user or delegable?",
    "Quiz: root user privileges",
  ]);
});

test("a lesson opens from the outline, and the outline shows how far the learner got", async ({ page }) => {
  await page.goto("/");
  const lesson = page.getByRole("link", { name: "Root User Privileges and Safe Practices" });
  const card = page.getByRole("listitem").filter({ has: lesson }).first();
  await expect(card).toContainText("Not started");
  await lesson.click();
  await expect(page).toHaveURL("/lessons/root-user-privileges/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL("/lessons/root-user-privileges/2");

  await page.goto("/");
  await expect(card).toContainText("Part way: slide 3 of 5");
  await page.getByRole("link", { name: "Resume Root User Privileges and Safe Practices at slide 2" }).click();
  await expect(page).toHaveURL("/lessons/root-user-privileges/2");
  await waitForReader(page);
  await page.keyboard.press("End");
  await expect(page).toHaveURL("/lessons/root-user-privileges/5");

  await page.goto("/");
  await expect(card).toContainText("Finished");
  // Progress is kept across reloads.
  await page.reload();
  await expect(card).toContainText("Finished");
});

test("corrupted saved progress is set aside, not a crash", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("pagebreak:reading", "{not json"));
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "How lessons work" }).first()).toContainText("Not started");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.startsWith("pagebreak:set-aside:pagebreak:reading:"))).toBe(true);
  await page.getByRole("link", { name: "How lessons work" }).click();
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: "How lessons work" }).first()).toContainText("Part way: slide 2 of 7");
});

test("the outline has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Not started").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("sections fold away and open again from the keyboard", async ({ page }) => {
  await page.goto("/");
  const lesson = page.getByRole("link", { name: "Root User Privileges and Safe Practices" });
  await expect(lesson).toBeVisible();
  const toggle = page.locator("summary").filter({ hasText: "Section 14: The AWS root user" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(lesson).toBeHidden();
  await expect(page.getByRole("link", { name: "How lessons work" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(lesson).toBeVisible();
});

test("the jump list takes the reader to a section's heading, and Tab goes on from there into that section", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 500 });
  await page.goto("/");
  const jumpList = page.getByRole("navigation", { name: "Sections" });
  await expect(jumpList.getByRole("link")).toHaveText(["Getting started", "Section 14: The AWS root user"]);
  const heading = page.getByRole("heading", { level: 2, name: "Section 14: The AWS root user" });
  await expect(heading).not.toBeInViewport();
  const jump = jumpList.getByRole("link", { name: "Section 14: The AWS root user" });
  await tabTo(page, jump);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/#section-14");
  await expect(heading).toBeInViewport();
  // Reading on from there: the next Tab is the section's fold, then its first lesson, not the jump
  // list's next link.
  await page.keyboard.press("Tab");
  await expect(page.locator("summary").filter({ hasText: "Section 14: The AWS root user" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Root User Privileges and Safe Practices" })).toBeFocused();
});

test("a folded section stays folded after a reload, and open once opened again", async ({ page }) => {
  await page.goto("/");
  const lesson = page.getByRole("link", { name: "Root User Privileges and Safe Practices" });
  const other = page.getByRole("link", { name: "How lessons work" });
  const toggle = page.locator("summary").filter({ hasText: "Section 14: The AWS root user" });
  await courseProgress(page);
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(lesson).toBeHidden();

  await page.reload();
  // Once the page has loaded what this browser kept (the progress shows it), the fold is back.
  await courseProgress(page);
  await expect(lesson).toBeHidden();
  await expect(other).toBeVisible();

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(lesson).toBeVisible();
  await page.reload();
  await courseProgress(page);
  await expect(lesson).toBeVisible();
});

test("course-wide progress counts lessons read to their end and quizzes passed, in words", async ({ page }) => {
  await page.goto("/");
  const fresh = await courseProgress(page);
  expect(fresh).toMatchObject({ read: 0, passed: 0 });
  expect(fresh.lessons).toBeGreaterThanOrEqual(2);
  expect(fresh.quizzes).toBe(2);

  // A lesson read part way does not count; read to its end, it does.
  await page.goto("/lessons/how-lessons-work/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.goto("/");
  expect(await courseProgress(page)).toEqual(fresh);
  await page.goto("/lessons/how-lessons-work/2");
  await waitForReader(page);
  await page.keyboard.press("End");
  await expect(page).not.toHaveURL("/lessons/how-lessons-work/2");
  await page.goto("/");
  expect(await courseProgress(page)).toEqual({ ...fresh, read: 1 });
  await expect(page.getByRole("region", { name: "Your progress" })).toContainText(`1 of ${fresh.lessons} lessons read`);

  // The classification quiz, answered rightly from the keyboard: passed.
  await page.goto("/quizzes/root-or-delegable");
  await page.getByRole("button", { name: "Start" }).click();
  const total = classify.items.length;
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${total}` })).toBeFocused();
    const text = (await page.locator("section .prose").first().innerText()).trim();
    const item = classify.items.find((candidate) => candidate.text === text)!;
    await page.keyboard.press(String(classify.categories.findIndex((category) => category.key === item.category) + 1));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByText(`${total} of ${total} correct`, { exact: true })).toBeVisible();
  // The other quiz, saved with a best round under its pass mark: not passed.
  await page.evaluate(() => {
    const attempts = JSON.parse(localStorage.getItem("pagebreak:quiz-attempts")!);
    const low = { correct: 1, total: 10, percent: 10 };
    attempts.quizzes["root-user-quiz"] = { best: low, last: low, count: 1, lastSeed: 1 };
    localStorage.setItem("pagebreak:quiz-attempts", JSON.stringify(attempts));
  });
  await page.goto("/");
  expect(await courseProgress(page)).toEqual({ ...fresh, read: 1, passed: 1 });
  await expect(page.getByRole("region", { name: "Your progress" })).toContainText("1 of 2 quizzes passed");
});

for (const width of [320, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`the outline with progress, a fold and the jump list passes axe at ${width} px in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      await page.evaluate((value) => {
        localStorage.setItem("pagebreak:theme", value);
        localStorage.setItem("pagebreak:reading", JSON.stringify({ version: 2, lessons: { "how-lessons-work": { furthest: 99, last: 99, total: 99, at: 1 }, "root-user-privileges": { furthest: 2, last: 2, total: 5, at: 2 } } }));
        const best = { correct: 9, total: 10, percent: 90 };
        localStorage.setItem("pagebreak:quiz-attempts", JSON.stringify({ version: 1, quizzes: { "root-or-delegable": { best, last: best, count: 1, lastSeed: 1 } } }));
        localStorage.setItem("pagebreak:outline-folds", JSON.stringify({ version: 1, folded: ["Section-1"] }));
      }, theme);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await courseProgress(page)).toMatchObject({ read: 1, passed: 1 });
      await expect(page.getByRole("link", { name: "How lessons work" })).toBeHidden();
      await expectNoAxeViolations(page);
    });
  }
}

/** The outline's own list item for a page: the innermost one holding its link. */
function entryItem(page: Page, title: string) {
  const link = page.getByRole("link", { name: title, exact: true });
  return page.getByRole("listitem").filter({ has: link }).filter({ hasNot: page.getByRole("listitem").filter({ has: link }) });
}

test("after a lesson was cut short, the outline tells the truth and every Resume and Continue link opens a slide it has", async ({ page }) => {
  // Saved when the lessons had 30 slides; now "How lessons work" has 7, the root user lesson 5 and
  // the guide 3.
  const reading = {
    version: 2,
    lessons: {
      "how-lessons-work": { furthest: 3, last: 3, total: 30, at: 1000 },
      "root-user-privileges": { furthest: 12, last: 12, total: 30, at: 2000 },
      "lock-down-the-root-user": { furthest: 30, last: 30, total: 30, at: 500 },
    },
  };
  await page.goto("/");
  await page.evaluate((progress) => localStorage.setItem("pagebreak:reading", progress), JSON.stringify(reading));
  await page.reload();

  // Not finished: the learner reached neither the old end (30) nor, in this version, the new one.
  await expect(entryItem(page, "Root User Privileges and Safe Practices")).toContainText("Part way: updated since you read it");
  await expect(entryItem(page, "How lessons work")).toContainText("Part way: updated since you read it");
  // Finished: the learner reached the end as it was, and that is past the end as it is now.
  await expect(entryItem(page, "Hands-on: lock down the root user")).toContainText("Finished");

  await expect(page.getByRole("link", { name: "Continue where you left off: Root User Privileges and Safe Practices, slide 5" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Resume Root User Privileges and Safe Practices at slide 5" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Resume How lessons work at slide 3" })).toBeVisible();
  // Showing is not changing: the saved data is as it was, and nothing was set aside.
  expect(await page.evaluate(() => localStorage.getItem("pagebreak:reading"))).toBe(JSON.stringify(reading));
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);

  const links = page.getByRole("link", { name: /^(Resume .+ at slide \d+|Continue where you left off: .+)$/ });
  await expect(links).toHaveCount(3);
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute("href")!));
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await waitForReader(page);
  }
});

test("a quiz session saved for an earlier version of the quiz is not in progress, and is kept", async ({ page }) => {
  const session = {
    version: 1,
    quiz: "fingerprint of an earlier version",
    session: { mode: "practice", phase: "asking", order: ["question-1", "question-2"], index: 1, answers: { "question-1": ["b"] }, seed: 1, fullRound: true },
  };
  await page.goto("/");
  await page.evaluate((value) => localStorage.setItem("pagebreak:quiz:root-user-quiz", value), JSON.stringify(session));
  await page.reload();
  await expect(entryItem(page, "Quiz: root user privileges")).toContainText("Not taken");
  // The outline only shows: the session is still saved, and nothing was set aside.
  expect(await page.evaluate(() => localStorage.getItem("pagebreak:quiz:root-user-quiz"))).toBe(JSON.stringify(session));
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);

  // The quiz page, which loads the quiz, sets the old session aside: kept, with a notice.
  await page.getByRole("link", { name: "Quiz: root user privileges", exact: true }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Saved progress" })).toContainText("kept aside, not deleted");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("pagebreak:set-aside:pagebreak:quiz:root-user-quiz:"))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([JSON.stringify(session)]);
});

test("a quiz session saved for the quiz as it is now shows in the outline as in progress", async ({ page }) => {
  await page.goto("/quizzes/root-user-quiz");
  await page.getByRole("button", { name: "Start" }).click();
  const heading = page.getByRole("heading", { name: /^Question 1 of \d+$/ });
  const total = Number((await heading.innerText()).match(/of (\d+)/)![1]);
  await page.locator("form input").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
  await page.goto("/");
  await expect(entryItem(page, "Quiz: root user privileges")).toContainText(`In progress: 1 of ${total} answered`);
});

test("a lesson read to its new end after it was cut short is finished, and not before", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() =>
    localStorage.setItem("pagebreak:reading", JSON.stringify({ version: 2, lessons: { "root-user-privileges": { furthest: 12, last: 12, total: 30, at: 1 } } })),
  );
  await page.goto("/lessons/root-user-privileges/1");
  await waitForReader(page);
  await page.goto("/");
  const lesson = entryItem(page, "Root User Privileges and Safe Practices");
  await expect(page.getByRole("link", { name: "Resume Root User Privileges and Safe Practices at slide 1" })).toBeVisible();
  // How far the learner got carries over, short of the new end, which they have not seen.
  await expect(lesson).toContainText("Part way: slide 4 of 5");
  await page.goto("/lessons/root-user-privileges/5");
  await waitForReader(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: /^Resume Root User Privileges/ })).toHaveCount(0);
  await expect(lesson).toContainText("Finished");
});
