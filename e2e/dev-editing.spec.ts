import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// `npm run dev` on a scratch copy of the bundled course (.e2e-dev-content): the tests edit its
// files the way an instructor would and check what the next page load shows.
test.describe.configure({ mode: "serial" });

const base = Number(process.env.E2E_PORT_BASE) || 3100;
const scratch = path.resolve(base === 3100 ? ".e2e-dev-content" : `.e2e-dev-content-${base}`);
const HOW = path.join(scratch, "_posts/2024-1-8-how-lessons-work.md");
const ROOT = path.join(scratch, "_posts/2024-3-14-root-user-privileges.md");
const FRESH = path.join(scratch, "_posts/2024-1-9-fresh-lesson.md");

function edit(file: string, change: (source: string) => string): () => void {
  const before = readFileSync(file, "utf8");
  writeFileSync(file, change(before));
  return () => writeFileSync(file, before);
}

/**
 * Every save reloads the dev server's open pages (e2e/dev-live-reload.spec.ts): before changing a
 * file and then navigating, leave the page, so its reload cannot cut across the navigation.
 */
async function leaveLivePage(page: Page) {
  await page.goto("about:blank");
}

test("editing a lesson shows the change on the next page load", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/2");
  await expect(page.getByRole("heading", { name: "Moving around", exact: true })).toBeVisible();
  const restore = edit(HOW, (source) => source.replace("## Moving around", "## Moving around the deck"));
  try {
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("heading", { name: "Moving around the deck" })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  } finally {
    restore();
  }
});

test("adding and deleting a lesson file shows on reload, without a restart", async ({ page }) => {
  writeFileSync(FRESH, "---\ntitle: Fresh lesson\nsection: Section-1\nlesson: 2\n---\n\n## Just written\n\nHello.\n");
  try {
    await page.goto("/");
    // The first visit of a lesson added while the server runs shows it: no 404 to reload past.
    await page.getByRole("link", { name: "Fresh lesson" }).click();
    await expect(page).toHaveURL(/\/lessons\/fresh-lesson\/1$/);
    await expect(page.getByRole("heading", { name: "Just written" })).toBeVisible();
  } finally {
    await leaveLivePage(page);
    rmSync(FRESH);
  }
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Course outline" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Fresh lesson" })).toHaveCount(0);
});

test("a broken lesson shows its errors while the rest of the course keeps working", async ({ page }) => {
  const restore = edit(ROOT, (source) => source.replace("title: 'Root User Privileges and Safe Practices'\n", "titel: 'Root User Privileges and Safe Practices'\n"));
  try {
    await page.goto("/lessons/root-user-privileges/1");
    await expect(page.getByRole("heading", { level: 1, name: "_posts/2024-3-14-root-user-privileges.md could not be loaded" })).toBeVisible();
    await expect(page.getByText("_posts/2024-3-14-root-user-privileges.md:1:1: error: title: expected text, found nothing")).toBeVisible();

    await page.goto("/lessons/how-lessons-work/1");
    await expect(page.getByRole("heading", { level: 1, name: "How lessons work" })).toBeVisible();

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "The course has errors" })).toBeVisible();
    await page.getByRole("link", { name: "_posts/2024-3-14-root-user-privileges.md: see its errors" }).click();
    await expect(page.getByText("title: expected text, found nothing")).toBeVisible();
  } finally {
    await leaveLivePage(page);
    restore();
  }
  await page.goto("/lessons/root-user-privileges/1");
  await expect(page.getByRole("heading", { level: 1, name: "Root User Privileges and Safe Practices" })).toBeVisible();
});

test("a file with JavaScript front matter shows its error and its code never runs", async ({ page }) => {
  const evil = path.join(scratch, "_posts/2024-1-9-evil.md");
  const marker = path.join(scratch, "pwned-by-front-matter.txt");
  writeFileSync(evil, `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned"), "Owned"), section: "Section-1", lesson: 9 }\n---\n\n## Hello\n`);
  try {
    await expect(async () => {
      await page.goto("/");
      await expect(page.getByRole("link", { name: "_posts/2024-1-9-evil.md: see its errors" })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const errorsPage = await page.getByRole("link", { name: "_posts/2024-1-9-evil.md: see its errors" }).getAttribute("href");
    // As for a new lesson, a new file's page answers on its first visit.
    await page.goto(errorsPage!);
    await expect(page.getByText("_posts/2024-1-9-evil.md:1:1: error: front matter must be YAML; found ---js")).toBeVisible();
    expect(existsSync(marker)).toBe(false);
  } finally {
    rmSync(evil);
  }
  expect(existsSync(marker)).toBe(false);
});
