import { expect, test } from "@playwright/test";

// The presenter view on the static export of the Jekyll fixture course, served under /course: no
// server reads the query, the slides and the (empty) notes come from files under the base path.

test("the presenter view opens at its slide and moves on the static site, without notes", async ({ page }) => {
  await page.goto("lessons/intro/presenter/?slide=2");
  const current = page.getByRole("region", { name: /^Current slide/ });
  const notes = page.getByRole("region", { name: "Speaker notes" });
  await expect(current).toHaveAccessibleName("Current slide, 2 of 2");
  await expect(current.getByRole("heading", { name: "How to move between slides" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Up next/ })).toContainText("The end of the lesson.");
  await expect(notes).toContainText("No notes for this slide.");

  await page.keyboard.press("Home");
  await expect(current).toHaveAccessibleName("Current slide, 1 of 2");
  await expect(current.getByRole("heading", { name: "Welcome to the course" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Up next/ })).toContainText("How to move between slides");
  await expect(notes).toContainText("No notes for this slide.");
  await expect(page).toHaveURL("lessons/intro/presenter/");
  await expect(page.getByRole("link", { name: "Open audience window" })).toHaveAttribute("href", "/course/lessons/intro/1/");

  await page.keyboard.press("ArrowRight");
  await expect(current).toHaveAccessibleName("Current slide, 2 of 2");
  await expect(page).toHaveURL("lessons/intro/presenter/?slide=2");
  await page.reload();
  await expect(current).toHaveAccessibleName("Current slide, 2 of 2");
});

test("the static site serves each lesson's notes file under the base path, and 404s for the rest", async ({ request, page }) => {
  const response = await request.get("lessons/intro/notes.json");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ notes: [null, null] });
  expect((await request.get("lessons/nothing/notes.json")).status()).toBe(404);
  expect((await request.get("lessons/nothing/presenter/")).status()).toBe(404);

  // A slug in any script: its page, slides and notes are found.
  await page.goto(`lessons/${encodeURIComponent("café-ünïcode")}/presenter/`);
  await expect(page.getByRole("region", { name: /^Current slide/ }).getByRole("heading", { name: "Café names and Ünïcode" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Speaker notes" })).toContainText("No notes for this slide.");
});
