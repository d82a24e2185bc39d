import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, waitForHeader } from "./helpers";
import { results, searchbox } from "./search";

// The course search on `next start` with the bundled course (project `app` only; search.spec.ts
// runs on both sites).

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
  await waitForHeader(page);
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

test("on a phone the header is one row: search is a button that unfolds the box and folds it back", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/lessons/how-lessons-work/2");
  const header = page.getByRole("banner");
  const button = header.getByRole("button", { name: "Search the course" });
  const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y;
  const logoTop = await top(header.getByRole("link", { name: "Pagebreak" }));
  for (const control of [button, header.getByRole("link", { name: /^Review/ }), header.getByRole("group", { name: "Theme" })]) {
    expect(Math.abs((await top(control)) - logoTop)).toBeLessThan(8);
  }
  await expect(searchbox(page)).toBeHidden();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(searchbox(page)).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.type("root");
  await expect(results(page).first()).toBeVisible();
  // Escape closes the list, then clears the box, then folds the empty box back into its button.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(searchbox(page)).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(searchbox(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");
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
      await waitForHeader(page);
      // On a phone the box is a button until asked for; "/" unfolds it at any width.
      await page.keyboard.press("/");
      await searchbox(page).fill("root");
      await expect(results(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press("ArrowDown");
      await expectNoAxeViolations(page);
    });
  }
}

test("search loads nothing until the learner reaches for it, and says so if it cannot load then", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/lessons/how-lessons-work/1");
  await waitForHeader(page);
  await page.waitForLoadState("networkidle");
  expect(scripts.filter((url) => url.includes("/pagefind/"))).toEqual([]);

  // The network drops (or a newer deploy has replaced the files) before the learner searches.
  await page.route("**/*.js", (route) => route.abort());
  await page.keyboard.press("/");
  await page.keyboard.type("slide");
  await expect(page.getByRole("status").filter({ hasText: "Search could not load" })).toBeVisible();
  // The rest of the page still works.
  await page.locator("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/lessons/how-lessons-work/2");
});
