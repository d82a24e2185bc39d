import { expect, test } from "@playwright/test";
import { slideStatus, waitForReader } from "./helpers";

// The static export, built with BASE_PATH=/course and served by a plain static file server.

test("the static site works under a sub-path: outline, slides, keys, deep links, images", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Getting started", "Section 14"]);
  await page.getByRole("link", { name: "How lessons work" }).click();
  await expect(page).toHaveURL("lessons/how-lessons-work/1/");
  const image = page.getByRole("img", { name: "A Markdown file cut into three slides at two pagebreak markers" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);

  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("lessons/how-lessons-work/2/");
  await expect(slideStatus(page)).toContainText("Slide 2 of 7");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Moving around" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL("lessons/how-lessons-work/1/");

  await page.goto("lessons/how-lessons-work/7/");
  await page.getByRole("link", { name: "Next: Root User Privileges and Safe Practices" }).click();
  await expect(page).toHaveURL("lessons/root-user-privileges/1/");
  await page.getByRole("link", { name: "Read as one page" }).click();
  await expect(page).toHaveURL("lessons/root-user-privileges/all/");
  await expect(page.getByRole("heading", { name: "Conclusion" })).toBeVisible();

  await page.goto("./");
  await expect(page.getByRole("listitem").filter({ hasText: "How lessons work" }).first()).toContainText("Finished");
});

test("the static site answers 404 for slides that do not exist", async ({ request }) => {
  const response = await request.get("lessons/how-lessons-work/8/");
  expect(response.status()).toBe(404);
});

test("the static site works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("lessons/root-user-privileges/1/");
  await page.getByRole("link", { name: "Next slide" }).click();
  await expect(page).toHaveURL("lessons/root-user-privileges/2/");
  await expect(page.getByRole("heading", { name: "Key Guidelines for Root User Safety" })).toBeVisible();
  await context.close();
});
