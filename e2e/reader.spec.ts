import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, slideStatus, waitForReader } from "./helpers";

const LESSON = "/lessons/root-user-privileges";
const HEADINGS = [
  "Understanding Root User Privileges",
  "Key Guidelines for Root User Safety",
  "Root-Only Actions",
  "Best Practices for Root User Management",
  "Conclusion",
];

function visibleSlideHeading(page: import("@playwright/test").Page, index: number) {
  return page.getByRole("region", { name: `Slide ${index + 1} of 5` }).getByRole("heading", { name: HEADINGS[index] });
}

test("the sample lesson reads as five slides with buttons that stop at the ends", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  const previous = page.getByRole("button", { name: "Previous slide" });
  const next = page.getByRole("button", { name: "Next slide" });
  await expect(previous).toBeDisabled();
  await expect(slideStatus(page)).toContainText("Slide 1 of 5");

  for (let index = 1; index < HEADINGS.length; index++) {
    await next.click();
    await expect(page).toHaveURL(`${LESSON}/${index + 1}`);
    await expect(visibleSlideHeading(page, index)).toBeVisible();
    await expect(visibleSlideHeading(page, index - 1)).toBeHidden();
    await expect(slideStatus(page)).toContainText(`Slide ${index + 1} of 5`);
  }
  await expect(next).toBeDisabled();
  await expect(previous).toBeEnabled();
  await previous.click();
  await expect(page).toHaveURL(`${LESSON}/4`);
});

test("every keyboard shortcut moves between slides and focus follows the slide", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  const steps: [string, number][] = [
    ["ArrowRight", 2],
    ["PageDown", 3],
    ["Space", 4],
    ["ArrowLeft", 3],
    ["PageUp", 2],
    ["Shift+Space", 1],
    ["End", 5],
    ["Home", 1],
  ];
  for (const [key, slide] of steps) {
    await page.keyboard.press(key);
    await expect(page, `after ${key}`).toHaveURL(`${LESSON}/${slide}`);
    await expect(visibleSlideHeading(page, slide - 1)).toBeFocused();
  }
  // At the ends the keys do nothing rather than wrap around.
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(`${LESSON}/1`);
});

test("keys typed into a form control do not turn the slide, and Space still presses a focused button", async ({ page }) => {
  await page.goto(`${LESSON}/2`);
  await waitForReader(page);
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.setAttribute("aria-label", "Notes");
    document.querySelector("main")?.append(input);
  });
  await page.getByRole("textbox", { name: "Notes" }).focus();
  for (const key of ["ArrowRight", "Space", "End", "PageDown"]) await page.keyboard.press(key);
  await expect(page).toHaveURL(`${LESSON}/2`);

  await page.getByRole("button", { name: "Previous slide" }).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(`${LESSON}/1`);
  await page.getByRole("button", { name: "Next slide" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${LESSON}/2`);
});

test("hidden slides are out of the tab order", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/5");
  await waitForReader(page);
  // Slide 1 has no links but slide 7 does (an autolink); none of them may take focus from slide 5.
  // Slide 7 is not on slide 5's page: the reader fetches it once it runs.
  await expect(page.locator("section[hidden] a, section[hidden] button").first()).toBeAttached();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const inHidden = await page.evaluate(() => !!document.activeElement?.closest("section[hidden]"));
    expect(inHidden).toBe(false);
  }
});

test("a deep link survives reload and back/forward walk the slides", async ({ page }) => {
  await page.goto(`${LESSON}/3`);
  await expect(visibleSlideHeading(page, 2)).toBeVisible();
  await page.reload();
  await expect(visibleSlideHeading(page, 2)).toBeVisible();
  await waitForReader(page);

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${LESSON}/5`);
  await page.goBack();
  await expect(page).toHaveURL(`${LESSON}/4`);
  await expect(visibleSlideHeading(page, 3)).toBeVisible();
  await page.goBack();
  await expect(visibleSlideHeading(page, 2)).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(`${LESSON}/4`);
  await expect(visibleSlideHeading(page, 3)).toBeVisible();
  await expect(page).toHaveTitle(/Root User Privileges and Safe Practices — slide 4 of 5/);
});

test("after turning slides, leaving the deck and coming back with Back shows the slide that was read", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${LESSON}/3`);
  // Turning a slide leaves Next's router alone: leaving and coming back still finds the slide.
  await page.getByRole("link", { name: "Read as one page" }).click();
  await expect(page).toHaveURL(`${LESSON}/all#slide-3`);
  await page.goBack();
  await expect(page).toHaveURL(`${LESSON}/3`);
  await expect(visibleSlideHeading(page, 2)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${LESSON}/4`);
  await expect(visibleSlideHeading(page, 3)).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`${LESSON}/2`);
  await expect(visibleSlideHeading(page, 1)).toBeVisible();
});

test("turning a slide waits for no network: the slides ahead are fetched before they are needed", async ({ page, context }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  // Slide 1's page carries slides 1 and 2 (lib/slides/window.ts); the reader fetches 3, 4 and 5 at once.
  await page.waitForLoadState("networkidle");
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await context.setOffline(true);
  for (let index = 1; index < HEADINGS.length; index++) {
    await page.keyboard.press("ArrowRight");
    await expect(visibleSlideHeading(page, index)).toBeVisible();
  }
  await expect(page).toHaveURL(`${LESSON}/5`);
  await page.goBack();
  await expect(page).toHaveURL(`${LESSON}/4`);
  await expect(visibleSlideHeading(page, 3)).toBeVisible();
  expect(documents).toEqual([]);
});

test("a slide page carries only the slides around it, and slide data files answer for the rest", async ({ request }) => {
  const html = await (await request.get(`${LESSON}/1`)).text();
  expect(html).toContain(HEADINGS[0]);
  expect(html).toContain(HEADINGS[1]);
  expect(html).not.toContain(HEADINGS[2]);
  expect(html).not.toContain(HEADINGS[4]);
  const data = await request.get(`${LESSON}/4/slide.json`);
  expect(data.status()).toBe(200);
  const slide: unknown = await data.json();
  expect(slide).toMatchObject({ number: 4, html: expect.stringContaining(HEADINGS[3]!) });
  for (const path of [`${LESSON}/6/slide.json`, `${LESSON}/0/slide.json`, "/lessons/no-such-lesson/1/slide.json"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the last slide links to the next page in course order", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/7");
  await page.getByRole("link", { name: "Next: Root User Privileges and Safe Practices" }).click();
  await expect(page).toHaveURL(`${LESSON}/1`);
  await waitForReader(page);
  await page.keyboard.press("End");
  await page.getByRole("link", { name: "Next: Hands-on: lock down the root user" }).click();
  await expect(page).toHaveURL("/lessons/lock-down-the-root-user/1");
  await expect(page.getByRole("heading", { level: 1, name: "Hands-on: lock down the root user" })).toBeVisible();
});

test("the one-page view shows every slide in order and prints without controls", async ({ page }) => {
  await page.goto(`${LESSON}/2`);
  await page.getByRole("link", { name: "Read as one page" }).click();
  await expect(page).toHaveURL(`${LESSON}/all#slide-2`);
  const slides = page.getByRole("region", { name: /^Slide \d of 5$/ });
  await expect(slides).toHaveCount(5);
  for (const [index, heading] of HEADINGS.entries()) {
    await expect(slides.nth(index).getByRole("heading").first()).toHaveText(heading);
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Read as slides" })).toBeHidden();
  await expect(page.getByRole("group", { name: "Theme" })).toBeHidden();
  await expect(page.getByText("Managing root user privileges responsibly")).toBeVisible();
});

test("out-of-range and malformed slide addresses answer 404", async ({ request }) => {
  for (const path of [`${LESSON}/0`, `${LESSON}/6`, `${LESSON}/01`, `${LESSON}/two`, "/lessons/no-such-lesson/1", "/lessons/%2e%2e/1"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("addresses with malformed percent-encoding answer 404 with the not-found page, not 500", async ({ request }) => {
  const malformed = ["/lessons/%FF%FE/1", "/lessons/%/1", `${LESSON}/%FF`, "/quizzes/%E0%A4%A", "/content-assets/%E0%A4%A", "/lessons/%C0%AF/1/slide.json"];
  for (const path of malformed) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
    expect(response.headers()["content-security-policy"], path).toContain("default-src 'self'");
  }
});

test("images next to a lesson and its code highlighting render", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/1");
  const image = page.getByRole("img", { name: "A Markdown file cut into three slides at two pagebreak markers" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.goto("/lessons/how-lessons-work/3");
  await expect(page.locator("pre code .hljs-keyword").first()).toBeVisible();
  // The marker inside the fenced block is text, shown to the reader.
  await expect(page.locator("pre code").first()).toContainText("<!-- pagebreak -->");
});

test("a marker inside a list continues the numbering on the next slide", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/4");
  await expect(page.getByText("what comes before stays on this slide")).toBeVisible();
  await page.goto("/lessons/how-lessons-work/5");
  const list = page.getByRole("region", { name: "Slide 5 of 7" }).locator("ol");
  await expect(list).toHaveAttribute("start", "3");
  await expect(list).toContainText("This item continued from the previous slide");
});

test("swiping on a touch screen turns the slide", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${LESSON}/2`);
  await waitForReader(page);
  const session = await context.newCDPSession(page);
  async function swipe(fromX: number, toX: number) {
    const y = 400;
    await session.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: fromX, y }] });
    for (let step = 1; step <= 5; step++) {
      await session.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: fromX + ((toX - fromX) * step) / 5, y }] });
    }
    await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }
  await swipe(320, 60);
  await expect(page).toHaveURL(`${LESSON}/3`);
  await swipe(60, 320);
  await swipe(60, 320);
  await expect(page).toHaveURL(`${LESSON}/1`);
  await context.close();
});

test("with JavaScript off the slide text is there, Previous and Next open the pages, and script-only buttons are not shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${LESSON}/1`);
  await expect(page.getByRole("heading", { name: HEADINGS[0] })).toBeVisible();
  await expect(page.getByRole("heading", { name: HEADINGS[1] })).toBeHidden();
  await expect(page.getByRole("button", { name: "Previous slide" })).toBeDisabled();
  for (const name of ["Overview", "Presenter view", "Keyboard shortcuts"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  await page.getByRole("button", { name: "Next slide" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}/2\\??$`));
  await expect(page.getByRole("heading", { name: HEADINGS[1] })).toBeVisible();
  await page.getByRole("button", { name: "Previous slide" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}/1\\??$`));
  await context.close();
});

test("motion is reduced when the reader asks for it", async ({ browser }) => {
  for (const [reducedMotion, expected] of [["no-preference", "smooth"], ["reduce", "auto"]] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`${LESSON}/1`);
    const behaviour = await page.locator("html").evaluate((element) => getComputedStyle(element).scrollBehavior);
    expect(behaviour, reducedMotion).toBe(expected);
    await context.close();
  }
});

test("a slide has no accessibility violations in light and dark themes", async ({ page }) => {
  await page.goto("/lessons/how-lessons-work/7");
  await waitForReader(page);
  await expectNoAxeViolations(page);
  await page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectNoAxeViolations(page);
  await page.goto("/lessons/how-lessons-work/2");
  await expectNoAxeViolations(page);
});
