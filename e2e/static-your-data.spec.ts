import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { waitForReader } from "./helpers";

// The "Your data" page on the static export (BASE_PATH=/course, a plain static file server):
// reached from the footer, it downloads, deletes and imports back with no server behind it.

test("Your data works on the static site: download, delete, import back", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("lessons/intro/1/");
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("lessons/intro/2/");

  await page.goto("./");
  await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
  await expect(page).toHaveURL(/\/course\/your-data\/?$/);
  const lessons = page.locator("dl > div").filter({ hasText: /^Reading progress/ }).getByRole("definition");
  await expect(lessons).toHaveText("1 lesson");

  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download your data" }).click();
  const path = await (await started).path();
  expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ format: "pagebreak-data", version: 1 });

  await page.getByRole("button", { name: "Delete your data" }).click();
  await page.getByRole("button", { name: "Yes, delete my data" }).click();
  await expect(lessons).toHaveText("0 lessons");
  await page.getByLabel("Import data").setInputFiles(path);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText("Imported: reading progress of 1 lesson.");
  await expect(lessons).toHaveText("1 lesson");
});
