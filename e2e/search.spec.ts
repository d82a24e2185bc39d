import { expect, test } from "@playwright/test";
import { waitForHeader } from "./helpers";
import { indexRequests, results, searchbox } from "./search";

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

test("finds a word that is on exactly one slide and opens that slide; nothing loads before the learner searches", async ({ page }, testInfo) => {
  const { start, word, slide, heading } = site(testInfo.project.name);
  const requests = indexRequests(page);
  await page.goto(start);
  await expect(searchbox(page)).toBeVisible();
  await waitForHeader(page);
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
