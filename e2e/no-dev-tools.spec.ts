import { expect, test } from "@playwright/test";
import { CONTENT_EVENTS_PATH } from "../lib/dev/content-events";
import { waitForReader } from "./helpers";

// The production build (`next build` + `next start`) carries none of `npm run dev`'s live reload.
test("a production page neither loads the live reload nor has its stream", async ({ page }) => {
  const requested: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text());
  });
  const response = await page.goto("/lessons/how-lessons-work/1");
  await waitForReader(page);
  // Scripts the page loads when idle count too; one that came after the check would outlive the page.
  await page.waitForLoadState("networkidle");
  page.removeAllListeners("response");
  expect(await response!.text()).not.toContain(CONTENT_EVENTS_PATH);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of await Promise.all(scripts)) expect(script).not.toContain(CONTENT_EVENTS_PATH);
  expect(requested.filter((pathname) => pathname.includes(CONTENT_EVENTS_PATH))).toEqual([]);
  expect((await page.request.get(CONTENT_EVENTS_PATH)).status()).toBe(404);
});
