import { expect, test, type Page } from "@playwright/test";
import { waitForReader } from "./helpers";

// No learner progress is ever lost: old saved data is migrated, unreadable data is set aside with a
// notice, a full store is reported, and two tabs do not overwrite each other.

function outlineCard(page: Page, title: string) {
  return page.getByRole("listitem").filter({ hasText: title }).first();
}

/** The outline's own list item for a page: the innermost one holding its link. */
function entryItem(page: Page, title: string) {
  const link = page.getByRole("link", { name: title, exact: true });
  return page.getByRole("listitem").filter({ has: link }).filter({ hasNot: page.getByRole("listitem").filter({ has: link }) });
}

/** Every value set aside from `key`, parsed. */
async function setAsideFrom(page: Page, key: string): Promise<unknown[]> {
  return page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((name) => name.startsWith(prefix))
        .map((name) => JSON.parse(localStorage.getItem(name)!)),
    `pagebreak:set-aside:${key}:`,
  );
}

async function stored(page: Page, key: string) {
  return page.evaluate((name) => JSON.parse(localStorage.getItem(name) ?? "null"), key);
}

test("progress saved by the previous version is migrated, not lost", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() =>
    localStorage.setItem("pagebreak:reading", JSON.stringify({ version: 1, lessons: { "how-lessons-work": { furthest: 2, last: 2, total: 7 } } })),
  );
  await page.reload();
  await expect(outlineCard(page, "How lessons work")).toContainText("Part way: slide 2 of 7");
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);
});

test("data from an unknown version is set aside with a notice, and kept", async ({ page }) => {
  const future = JSON.stringify({ version: 99, lessons: { "how-lessons-work": { anything: true } } });
  await page.goto("/");
  await page.evaluate((value) => localStorage.setItem("pagebreak:reading", value), future);
  await page.reload();
  const notice = page.getByRole("region", { name: "Saved progress" });
  await expect(notice).toContainText("kept aside, not deleted");
  await expect(outlineCard(page, "How lessons work")).toContainText("Not started");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("pagebreak:set-aside:pagebreak:reading:"))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([future]);
  await notice.getByRole("button", { name: "OK" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);
  // Acknowledging hides the notice; the set-aside copy is still there.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("pagebreak:set-aside:pagebreak:reading:")).length)).toBe(1);
});

test("a full store is reported, and the reader and quiz keep working", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("pagebreak:reading") || key.startsWith("pagebreak:quiz")) throw new DOMException("full", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.goto("/lessons/how-lessons-work/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/lessons/how-lessons-work/2");
  await expect(page.getByText("This browser did not let Pagebreak save your place")).toBeVisible();

  await page.goto("/quizzes/root-user-quiz");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByText("This browser did not let Pagebreak save your answers")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();
  await page.locator("form input").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: /^Question 2 of \d+$/ })).toBeVisible();
});

test("two open tabs do not overwrite each other's progress", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("/lessons/how-lessons-work/1");
  await second.goto("/lessons/root-user-privileges/1");
  await waitForReader(first);
  await waitForReader(second);

  await first.keyboard.press("ArrowRight");
  await first.keyboard.press("ArrowRight");
  await expect(first).toHaveURL("/lessons/how-lessons-work/3");
  await second.keyboard.press("End");
  await expect(second).toHaveURL("/lessons/root-user-privileges/5");
  // The first tab now opens the same lesson and reads less of it: "finished" must survive.
  await first.goto("/lessons/root-user-privileges/2");
  await waitForReader(first);

  await second.goto("/");
  await expect(outlineCard(second, "How lessons work")).toContainText("Part way: slide 3 of 7");
  await expect(outlineCard(second, "Root User Privileges and Safe Practices")).toContainText("Finished");
  // The outline in an open tab follows the other tab's reading as it happens.
  await first.goto("/lessons/how-lessons-work/3");
  await waitForReader(first);
  await first.keyboard.press("ArrowRight");
  await expect(outlineCard(second, "How lessons work")).toContainText("Part way: slide 4 of 7");
  await expect(second.getByRole("link", { name: "Continue where you left off: How lessons work, slide 4" })).toBeVisible();
});

test("a damaged lesson record is set aside with a notice; the other lessons, and fields a newer version wrote, are kept", async ({ page }) => {
  const damaged = { furthest: "x", last: 1, total: 7, at: 1 };
  const saved = {
    version: 2,
    syncedFrom: "phone",
    lessons: { "how-lessons-work": damaged, "root-user-privileges": { furthest: 2, last: 2, total: 5, at: 5, bookmarks: [1] } },
  };
  await page.goto("/");
  await page.evaluate((value) => localStorage.setItem("pagebreak:reading", value), JSON.stringify(saved));
  await page.reload();
  const notice = page.getByRole("region", { name: "Saved progress" });
  await expect(notice).toContainText("kept aside, not deleted");
  await expect(entryItem(page, "How lessons work")).toContainText("Not started");
  await expect(entryItem(page, "Root User Privileges and Safe Practices")).toContainText("Part way: slide 2 of 5");
  expect(await setAsideFrom(page, "pagebreak:reading")).toEqual([{ version: 2, lessons: { "how-lessons-work": damaged } }]);

  // Reading on saves progress without losing what this version does not know.
  await page.getByRole("link", { name: "Resume Root User Privileges and Safe Practices at slide 2" }).click();
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/lessons/root-user-privileges/3");
  await expect.poll(async () => (await stored(page, "pagebreak:reading")).lessons["root-user-privileges"].furthest).toBe(3);
  const after = await stored(page, "pagebreak:reading");
  expect(after.syncedFrom).toBe("phone");
  expect(after.lessons["root-user-privileges"]).toMatchObject({ furthest: 3, last: 3, total: 5, bookmarks: [1] });
  expect(await setAsideFrom(page, "pagebreak:reading")).toHaveLength(1);
});

test("a damaged quiz score is set aside with a notice; the other scores, and fields a newer version wrote, are kept", async ({ page }) => {
  const good = { best: { correct: 9, total: 10, percent: 90 }, last: { correct: 7, total: 10, percent: 75 }, count: 2, lastSeed: 1, streak: 2 };
  const damaged = { best: { correct: "nine" }, count: 1 };
  await page.goto("/");
  await page.evaluate(
    (value) => localStorage.setItem("pagebreak:quiz-attempts", value),
    JSON.stringify({ version: 1, syncedFrom: "phone", quizzes: { "root-user-quiz": good, "root-or-delegable": damaged } }),
  );
  await page.reload();
  await expect(page.getByRole("region", { name: "Saved progress" })).toContainText("kept aside, not deleted");
  await expect(entryItem(page, "Quiz: root user privileges")).toContainText("Best 90 % · last 75 %");
  await expect(entryItem(page, "Quiz: Root user or delegable?")).toContainText("Not taken");
  expect(await setAsideFrom(page, "pagebreak:quiz-attempts")).toEqual([{ version: 1, quizzes: { "root-or-delegable": damaged } }]);
  expect(await stored(page, "pagebreak:quiz-attempts")).toEqual({ version: 1, syncedFrom: "phone", quizzes: { "root-user-quiz": good } });
});

test("a quiz session keeps the fields a newer version saved in it", async ({ page }) => {
  await page.goto("/quizzes/root-user-quiz");
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("form input").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
  await page.evaluate(() => {
    const key = "pagebreak:quiz:root-user-quiz";
    const saved = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...saved, savedBy: "a newer Pagebreak", session: { ...saved.session, hintsUsed: { q1: 1 } } }));
  });
  await page.reload();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: /^Question 2 of \d+$/ })).toBeVisible();
  const saved = await stored(page, "pagebreak:quiz:root-user-quiz");
  expect(saved).toMatchObject({ savedBy: "a newer Pagebreak", session: { phase: "asking", index: 1, hintsUsed: { q1: 1 } } });
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);
});
