import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { waitForReader } from "./helpers";

// `npm run dev` on the scratch copy of the course (scripts/e2e-dev-server.mjs): saving a file
// shows on the open page by itself, and the dev terminal (teed to .dev-server.log) reports it.
test.describe.configure({ mode: "serial" });

const base = Number(process.env.E2E_PORT_BASE) || 3100;
const scratch = path.resolve(base === 3100 ? ".e2e-dev-content" : `.e2e-dev-content-${base}`);
const LOG = path.join(scratch, ".dev-server.log");
const CHANGED = path.join(scratch, "_posts/2024-3-14-root-user-what-changed.md");
const QUIZ = path.join(scratch, "_quizzes/2024-3-17-root-user-quiz.md");
const ROOT_FILE = "_posts/2024-3-14-root-user-privileges.md";
const ROOT = path.join(scratch, ROOT_FILE);
const ADDED = path.join(scratch, "_posts/2024-3-20-added-while-open.md");

/** A save shows within about a second on a quiet machine; this one may be shared and slow. */
const SHOWS_WITHIN = 20_000;

function edit(file: string, change: (source: string) => string): () => void {
  const before = readFileSync(file, "utf8");
  const after = change(before);
  expect(after, "the edit changes the file").not.toBe(before);
  writeFileSync(file, after);
  return () => writeFileSync(file, before);
}

/** Opens a page and waits until its live-reload stream is connected, so no save can be missed. */
async function openLive(page: Page, url: string) {
  const connected = page.waitForResponse((response) => new URL(response.url()).pathname === "/dev/content-events" && response.ok());
  await page.goto(url);
  await connected;
}

/** What the dev server printed after the first `offset` bytes of its log. */
function logSince(offset: number): string {
  return readFileSync(LOG).subarray(offset).toString("utf8");
}

test("saving a lesson changes the open slide without a reload by hand, on the same slide", async ({ page }) => {
  await openLive(page, "/lessons/root-user-what-changed/1");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/lessons\/root-user-what-changed\/2$/);
  await expect(page.getByRole("heading", { name: "Billing, the Marketplace, S3 and GovCloud" })).toBeVisible();

  const restore = edit(CHANGED, (source) => source.replace("## Billing, the Marketplace, S3 and GovCloud", "## Billing and the Marketplace, as just saved"));
  try {
    await expect(page.getByRole("heading", { name: "Billing and the Marketplace, as just saved" })).toBeVisible({ timeout: SHOWS_WITHIN });
    // The reader is still on the slide it had moved to, not back where the page was opened.
    await expect(page).toHaveURL(/\/lessons\/root-user-what-changed\/2$/);
    await expect(page.getByRole("status")).toContainText("Slide 2 of");
  } finally {
    restore();
  }
  await expect(page.getByRole("heading", { name: "Billing, the Marketplace, S3 and GovCloud" })).toBeVisible({ timeout: SHOWS_WITHIN });
});

test("saving a quiz changes its open page without a reload by hand", async ({ page }) => {
  await openLive(page, "/quizzes/root-user-quiz");
  await expect(page.getByRole("heading", { level: 1, name: "Quiz: root user privileges" })).toBeVisible();
  const restore = edit(QUIZ, (source) => source.replace("title: 'Quiz: root user privileges'", "title: 'Quiz: the root user, revised'"));
  try {
    await expect(page.getByRole("heading", { level: 1, name: "Quiz: the root user, revised" })).toBeVisible({ timeout: SHOWS_WITHIN });
    await expect(page).toHaveURL(/\/quizzes\/root-user-quiz$/);
  } finally {
    restore();
  }
});

test("a lesson added while the outline is open appears in it, and opens on its first visit", async ({ page }) => {
  await openLive(page, "/");
  await expect(page.getByRole("heading", { name: "Course outline" })).toBeVisible();
  writeFileSync(ADDED, "---\ntitle: Added while open\nsection: Section-14\nlesson: 20\n---\n\n## Written a moment ago\n\nHello.\n");
  try {
    const link = page.getByRole("link", { name: "Added while open" });
    await expect(link).toBeVisible({ timeout: SHOWS_WITHIN });
    // No reload: the first visit of a page that did not exist when the server started answers it.
    const response = await page.goto((await link.getAttribute("href"))!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Written a moment ago" })).toBeVisible();
  } finally {
    rmSync(ADDED);
  }
});

test("the dev terminal prints a saved file's errors and warnings as check:content does", async () => {
  expect(existsSync(LOG), "the dev server's output is teed to its log").toBe(true);
  const start = statSync(LOG).size;
  const restore = edit(ROOT, (source) => source.replace(/^title:/m, "titel:"));
  try {
    // What `npm run check:content` says about the broken file, line for line.
    const check = spawnSync(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/check-content.ts", scratch], { encoding: "utf8" });
    const expected = check.stdout.split("\n").filter((line) => line.startsWith(`${ROOT_FILE}:`));
    const titleLine = readFileSync(ROOT, "utf8").split("\n").findIndex((line) => line.startsWith("titel:")) + 1;
    expect(expected).toContain(`${ROOT_FILE}:${titleLine}:1: warning: unknown front matter key "titel" (did you mean "title"?): it is ignored`);
    expect(expected.some((line) => line.includes(": error: "))).toBe(true);
    await expect.poll(() => expected.filter((line) => !logSince(start).includes(line)), { timeout: SHOWS_WITHIN }).toEqual([]);
  } finally {
    restore();
  }
  // Fixing the file says so, in one line.
  await expect.poll(() => logSince(start), { timeout: SHOWS_WITHIN }).toContain(`✓ ${ROOT_FILE}: no problems`);
});
