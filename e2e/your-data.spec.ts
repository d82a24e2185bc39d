import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo, waitForReader } from "./helpers";
import { CHOICE, CLASSIFY, classify } from "./quiz-play";

// The "Your data" page: what this browser keeps, downloaded as one file, deleted, and imported back;
// a damaged file is refused with one clear sentence and changes nothing.

const LESSON = "Root User Privileges and Safe Practices";
const CLASSIFY_QUIZ = "Quiz: Root user or delegable?";
const CHOICE_QUIZ = "Quiz: root user privileges";

/** The row of the "What this browser keeps" list for `term`, e.g. "Reading progress". */
function stored(page: Page, term: string) {
  return page
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}`) }) })
    .getByRole("definition");
}

function card(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) }).first();
}

/** Pagebreak's keys in this browser, and their text. */
function pagebreakKeys(page: Page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith("pagebreak:"))));
}

/** Reads three slides of a lesson, finishes a round of the classification quiz and answers one question of the other. */
async function learnSomething(page: Page) {
  await page.goto("/lessons/root-user-privileges/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/lessons/root-user-privileges/3");

  await page.goto(CLASSIFY);
  await page.getByRole("button", { name: "Start" }).click();
  for (let position = 1; position <= classify.items.length; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${classify.items.length}` })).toBeVisible();
    await page.keyboard.press("1");
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();

  await page.goto(CHOICE);
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("form input").first().check();
  await page.getByRole("button", { name: /^(Check|Submit) answer$/ }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
}

test("download, delete and import: reading progress, attempts and a quiz in progress come back", async ({ page }) => {
  // A lesson, two quizzes and three visits of the outline: more than the default on a busy machine.
  test.setTimeout(90_000);
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("another-app", "theirs"));
  await learnSomething(page);

  // From the footer of any page.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
  await expect(page).toHaveURL("/your-data");
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(stored(page, "Reading progress")).toHaveText("1 lesson");
  await expect(stored(page, "Quiz attempts")).toHaveText("1 finished round");
  await expect(stored(page, "Quizzes in progress")).toHaveText("1 quiz");
  const before = await pagebreakKeys(page);

  // Download from the keyboard.
  const download = tabTo(page, page.getByRole("button", { name: "Download your data" })).then(async () => {
    const started = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    return started;
  });
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pagebreak-data-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const exported = JSON.parse(await readFile(path, "utf8"));
  expect(exported).toMatchObject({ format: "pagebreak-data", version: 1 });
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toHaveText(`Downloaded ${file.suggestedFilename()}.`);

  // Delete asks first; Cancel takes focus and keeps everything.
  await page.getByRole("button", { name: "Delete your data" }).click();
  const confirm = page.getByRole("group", { name: /^Delete everything Pagebreak keeps in this browser\?/ });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toHaveCount(0);
  await expect(stored(page, "Reading progress")).toHaveText("1 lesson");
  await page.getByRole("button", { name: "Delete your data" }).click();
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(confirm.getByRole("button", { name: "Yes, delete my data" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toHaveText("Deleted: this browser keeps no Pagebreak data now.");
  await expect(stored(page, "Reading progress")).toHaveText("0 lessons");
  expect(await pagebreakKeys(page)).toEqual({});
  // Only Pagebreak's keys go.
  expect(await page.evaluate(() => localStorage.getItem("another-app"))).toBe("theirs");

  await page.goto("/");
  await expect(card(page, LESSON)).toContainText("Not started");
  await expect(card(page, CLASSIFY_QUIZ)).toContainText("Not taken");

  // Import the file back.
  await page.goto("/your-data");
  await page.getByLabel("Import data").setInputFiles(path);
  // Every answer scheduled its item for review: those cards come back too.
  const reviewCards = Object.keys(JSON.parse(before["pagebreak:review"]!).cards).length;
  expect(reviewCards).toBeGreaterThan(0);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    `Imported: reading progress of 1 lesson, 1 quiz attempt, 2 saved quiz sessions and ${reviewCards} review cards.`,
  );
  await expect(stored(page, "Reading progress")).toHaveText("1 lesson");
  await expect(stored(page, "Quiz attempts")).toHaveText("1 finished round");
  await expect(stored(page, "Quizzes in progress")).toHaveText("1 quiz");
  const after = await pagebreakKeys(page);
  // The same data, the attempts now counted as another browser's rounds, and a new id for this browser.
  const { "pagebreak:quiz-attempts": attemptsBefore, "pagebreak:browser": _idBefore, ...restBefore } = before;
  const { "pagebreak:quiz-attempts": attemptsAfter, "pagebreak:browser": idAfter, ...restAfter } = after;
  // The same values; a merged store may list its entries in another order.
  const parsed = (keys: Record<string, string>) => Object.fromEntries(Object.entries(keys).map(([key, value]) => [key, JSON.parse(value) as unknown]));
  expect(parsed(restAfter)).toEqual(parsed(restBefore));
  expect(idAfter).toBeTruthy();
  const roundsOf = (text: string | undefined) => JSON.parse(text!).quizzes["root-or-delegable"].count;
  expect(roundsOf(attemptsAfter)).toBe(roundsOf(attemptsBefore));

  // Importing the same file again adds nothing.
  await page.getByLabel("Import data").setInputFiles(path);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText("Imported: nothing new. This browser already had everything in the file.");
  expect(await pagebreakKeys(page)).toEqual(after);

  await page.goto("/");
  await expect(card(page, LESSON)).toContainText("Part way: slide 3 of 5");
  await expect(card(page, CLASSIFY_QUIZ)).toContainText(/Best \d+ % · last \d+ %/);
  await expect(card(page, CHOICE_QUIZ)).toContainText(/In progress: 1 of \d+ answered/);
});

test("a damaged or foreign file is refused with one clear sentence, and nothing changes", async ({ page }) => {
  await page.goto("/lessons/root-user-privileges/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.goto("/your-data");
  await expect(stored(page, "Reading progress")).toHaveText("1 lesson");
  const before = await pagebreakKeys(page);
  const input = page.getByLabel("Import data");
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was changed" });

  await input.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"format": "pagebreak-data", "vers') });
  await expect(alert).toHaveText("This file is not a Pagebreak data file: it is not JSON (it may be damaged or cut short). Nothing was changed.");

  const damaged = {
    format: "pagebreak-data",
    version: 1,
    exportedAt: new Date().toISOString(),
    browser: "elsewhere",
    data: { reading: { version: 2, lessons: { "how-lessons-work": { furthest: 7, last: 7, total: 7, at: 1 }, "root-user-privileges": { furthest: "five" } } }, quizSessions: {}, other: {} },
  };
  await input.setInputFiles({ name: "pagebreak-data.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(damaged)) });
  await expect(alert).toHaveText(
    "This Pagebreak data file is damaged: the reading progress of lesson “root-user-privileges” cannot be read. Nothing was changed.",
  );
  await input.setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...damaged, version: 2 })) });
  await expect(alert).toContainText("saved by a newer version of Pagebreak");

  expect(await pagebreakKeys(page)).toEqual(before);
  await expect(stored(page, "Reading progress")).toHaveText("1 lesson");
  await page.goto("/");
  await expect(card(page, "How lessons work")).toContainText("Not started");
});

for (const width of [320, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`the Your data page passes axe at ${width} px in the ${theme} theme, with its messages showing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/your-data");
      await page.evaluate((value) => localStorage.setItem("pagebreak:theme", value), theme);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expect(stored(page, "Theme")).toHaveText(theme === "dark" ? "Dark" : "Light");
      await expectNoAxeViolations(page);
      await page.getByLabel("Import data").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("[]") });
      await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed" })).toBeVisible();
      await page.getByRole("button", { name: "Delete your data" }).click();
      await expect(page.getByRole("button", { name: "Yes, delete my data" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
