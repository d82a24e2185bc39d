import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// The course search (Pagefind): on `next start` with the bundled course (project `app`) and on
// the static export of the Jekyll fixture under /course (project `static`), with no server.

/** Per project: a page to start from, a word on exactly one slide, and that slide's address. */
const SITES = {
  app: { start: "/lessons/how-lessons-work/6", word: "strikethrough", slide: "/lessons/how-lessons-work/7", heading: "GitHub-flavoured extras" },
  static: { start: "./", word: "emergencies", slide: "/course/lessons/s2-lesson-2/2/", heading: "Keep the root user for emergencies" },
} as const;

function site(project: string) {
  return SITES[project === "static" ? "static" : "app"];
}

const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the course" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("link");

/** Records the index files the page fetches. */
function indexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) seen.push(request.url());
  });
  return seen;
}

test("finds a word that is on exactly one slide and opens that slide; nothing loads before the learner searches", async ({ page }, testInfo) => {
  const { start, word, slide, heading } = site(testInfo.project.name);
  const requests = indexRequests(page);
  await page.goto(start);
  await expect(searchbox(page)).toBeVisible();
  expect(requests, "no search code or index before the learner searches").toEqual([]);

  await page.keyboard.press("/");
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type(word);
  await expect(page.getByRole("status").filter({ hasText: `1 result for “${word}”` })).toBeVisible();
  await expect(results(page)).toHaveCount(1);
  const hit = results(page).first();
  await expect(hit).toHaveAttribute("href", slide);
  await expect(hit.locator("mark")).toHaveText([new RegExp(`^${word}\\W*$`, "i")]);
  expect(requests.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);

  await page.keyboard.press("ArrowDown");
  await expect(hit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(slide);
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
});

test.describe("on next start", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "app", "the bundled course"));

  test("a word from a quiz explanation finds the quiz; Enter in the box opens the first hit", async ({ page }) => {
    await page.goto("/");
    await searchbox(page).fill("downgrading");
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toHaveAttribute("href", "/quizzes/root-or-delegable");
    await expect(results(page).first()).toContainText("Quiz: Root user or delegable?");
    await searchbox(page).press("Enter");
    await expect(page).toHaveURL("/quizzes/root-or-delegable");
  });

  test("keyboard: / only outside fields, arrows through the hits and back, Escape closes, Tab leaves", async ({ page }) => {
    await page.goto("/lessons/how-lessons-work/2");
    await page.keyboard.press("/");
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.type("slide");
    await expect(results(page).nth(1)).toBeVisible();
    // A second "/" is typed into the box, not taken as the shortcut.
    await page.keyboard.press("/");
    await expect(searchbox(page)).toHaveValue("slide/");
    await page.keyboard.press("Backspace");
    await expect(results(page).nth(1)).toBeVisible();

    await page.keyboard.press("ArrowDown");
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(results(page).first()).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(searchbox(page)).toBeFocused();
    await expect(page.getByRole("list", { name: "Search results" })).toBeHidden();
    // The reader still has its keys once focus is back on the page.
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL("/lessons/how-lessons-work/3");
  });

  test("each slide is found once, at its own address, though slide pages carry their neighbours", async ({ page }) => {
    await page.goto("/");
    await searchbox(page).fill("slide");
    await expect(results(page).first()).toBeVisible();
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/^\/(lessons\/[^/]+\/\d+|quizzes\/[^/]+)$/);
  });

  for (const width of [320, 1280]) {
    for (const theme of ["light", "dark"] as const) {
      test(`the open results pass axe at ${width} px in the ${theme} theme`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/lessons/how-lessons-work/1");
        await page.evaluate((value) => localStorage.setItem("pagebreak:theme", value), theme);
        await page.reload();
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await searchbox(page).fill("root");
        await expect(results(page).first()).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("ArrowDown");
        await expectNoAxeViolations(page);
      });
    }
  }
});
