import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, waitForReader } from "./helpers";

test("the outline lists sections and their pages in course order", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Course outline" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Getting started", "Section 14: The AWS root user"]);
  const links = page.getByRole("main").getByRole("link");
  await expect(links).toHaveText([
    "How lessons work",
    "Root User Privileges and Safe Practices",
    "Hands-on: lock down the root user",
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
