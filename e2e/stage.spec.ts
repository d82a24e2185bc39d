import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, slideStatus, waitForReader } from "./helpers";

// The slide stage: a control bar that never moves, the lesson's title, the overview and shortcut
// dialogs, full screen, and the way between the slides and the one-page view.
const LESSON = "/lessons/how-lessons-work";
const SLIDES = 7;

const controls = (page: Page) => page.getByRole("navigation", { name: "Slides" });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the control bar stays in one place on every slide, short or long, on screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${LESSON}/1`);
    await waitForReader(page);
    const boxes: string[] = [];
    const shapes = new Set<string>();
    for (let slide = 1; slide <= SLIDES; slide++) {
      await expect(slideStatus(page)).toContainText(`Slide ${slide} of ${SLIDES}`);
      const region = page.getByRole("region", { name: `Slide ${slide} of ${SLIDES}` });
      // The slide itself, not "Loading slide N…": a server makes a slide's data on its first request.
      await expect(region).toHaveAttribute("data-density", /./);
      const box = (await controls(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
      boxes.push(`${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)},${Math.round(box.height)}`);
      shapes.add((await region.getAttribute("data-density"))!);
      // The page itself never scrolls: the slide scrolls inside the stage.
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      if (slide < SLIDES) await page.keyboard.press("ArrowRight");
    }
    expect([...shapes]).toContain("long");
    expect([...shapes]).toContain("short");
    expect(new Set(boxes).size).toBe(1);
  });
}

test("a long slide scrolls inside the stage, and the next slide shows from its top", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  const stage = page.getByRole("region", { name: "Slide stage" });
  // The first slide that is longer than the stage, scrolled to its end; then the next slide.
  let slide = 1;
  while (!(await stage.evaluate((element) => element.scrollHeight > element.clientHeight + 1))) {
    expect(slide, "no slide of the lesson is longer than the stage").toBeLessThan(SLIDES);
    await page.keyboard.press("ArrowRight");
    slide++;
    await expect(slideStatus(page)).toContainText(`Slide ${slide} of ${SLIDES}`);
  }
  await stage.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  expect(await stage.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await expect(controls(page)).toBeInViewport();
  await page.keyboard.press(slide < SLIDES ? "ArrowRight" : "ArrowLeft");
  await expect.poll(() => stage.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
});

test("the lesson title is one line after the first slide, and is not said twice", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${LESSON}/2`);
  await waitForReader(page);
  const title = page.getByRole("heading", { level: 1, name: "How lessons work" });
  await expect(title).toBeVisible();
  const lineHeight = await title.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect((await title.boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
  // The old course's first slides open with the lesson's title: the reader shows it once.
  await page.goto("/lessons/lock-down-the-root-user/1");
  await waitForReader(page);
  const repeated = page.getByRole("heading", { name: "Hands-on: lock down the root user" });
  const visible = await repeated.evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().width > 1).length);
  expect(visible).toBeLessThanOrEqual(1);
});

test("the app's focus on a new slide draws no ring; keyboard focus on a control does", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  const heading = page.getByRole("region", { name: `Slide 2 of ${SLIDES}` }).getByRole("heading").first();
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("none");
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
});

test("o opens the slide overview; choosing a slide goes there, Escape closes it and gives focus back", async ({ page }) => {
  await page.goto(`${LESSON}/2`);
  await waitForReader(page);
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "Slide overview" });
  await expect(overview).toBeVisible();
  const items = overview.getByRole("list").getByRole("button");
  await expect(items).toHaveCount(SLIDES);
  const current = overview.getByRole("button", { name: /\(current\)/ });
  await expect(current).toHaveAttribute("aria-current", "true");
  await expect(current).toBeFocused();
  await expect(current).toContainText("Moving around");
  await expectNoAxeViolations(page);
  // Down two slides by keyboard, then Enter.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toContainText("4");
  await page.keyboard.press("Enter");
  await expect(overview).toBeHidden();
  await expect(page).toHaveURL(`${LESSON}/4`);
  await expect(slideStatus(page)).toContainText(`Slide 4 of ${SLIDES}`);

  const button = page.getByRole("button", { name: "Overview" });
  await button.click();
  await expect(overview).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(overview).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page).toHaveURL(`${LESSON}/4`);
});

test("? opens the keyboard shortcuts, listing every key of the reader", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const [action, keys] of [
    ["Next slide", ["→", "Page Down", "Space"]],
    ["Previous slide", ["←", "Page Up", "Shift + Space"]],
    ["First slide", ["Home"]],
    ["Last slide", ["End"]],
    ["Slide overview", ["O"]],
    ["Full screen on or off", ["F"]],
    ["These shortcuts", ["?"]],
    ["Search the course", ["/"]],
  ] as const) {
    const row = help.getByRole("row", { name: new RegExp(`^${action.replace(/[?]/g, "\\$&")}`) });
    for (const key of keys) await expect(row.getByText(key, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // Keys of the reader stand aside while a dialog is open.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${LESSON}/1`);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("f turns full screen on and off where the browser allows it", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  expect(await page.evaluate(() => document.fullscreenEnabled)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test("the one-page view opens at the slide being read, and Read as slides returns to the slide scrolled to", async ({ page }) => {
  await page.goto(`${LESSON}/3`);
  await waitForReader(page);
  await page.getByRole("link", { name: "Read as one page" }).click();
  await expect(page).toHaveURL(`${LESSON}/all#slide-3`);
  await expect(page.getByRole("region", { name: `Slide 3 of ${SLIDES}` })).toBeInViewport();
  await page.getByRole("region", { name: `Slide 5 of ${SLIDES}` }).evaluate((element) => element.scrollIntoView({ block: "start" }));
  // The link stays on screen while the learner scrolls: reaching it does not lose the place.
  const back = page.getByRole("link", { name: /^Read as slides/ });
  await expect(back).toBeInViewport();
  await expect(back).toHaveAttribute("href", `${LESSON}/5`);
  await back.click();
  await expect(page).toHaveURL(`${LESSON}/5`);
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 1280]) {
    test(`the stage has no accessibility violations and no sideways scroll (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      for (let slide = 1; slide <= SLIDES; slide++) {
        await page.goto(`${LESSON}/${slide}`);
        await waitForReader(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `slide ${slide}`).toBe(true);
      }
      await expectNoAxeViolations(page);
    });
  }
}

test("a sideways swipe on a wide code block scrolls the code and leaves the slide where it is", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${LESSON}/3`);
  await waitForReader(page);
  const code = page.getByRole("region", { name: `Slide 3 of ${SLIDES}` }).locator("pre").filter({ hasText: "nextSlide" });
  expect(await code.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const box = (await code.boundingBox())!;
  const session = await context.newCDPSession(page);
  const y = box.y + box.height / 2;
  await session.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: box.x + box.width - 20, y }] });
  for (let step = 1; step <= 5; step++) {
    await session.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: box.x + box.width - 20 - step * 50, y }] });
  }
  await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect.poll(() => code.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expect(page).toHaveURL(`${LESSON}/3`);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the overview and shortcut dialogs have no accessibility violations at 320 px (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${LESSON}/1`);
    await waitForReader(page);
    await page.keyboard.press("o");
    await expect(page.getByRole("dialog", { name: "Slide overview" }).getByRole("list").getByRole("button")).toHaveCount(SLIDES);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a dialog's late close event does not shut the dialog a key opened after it", async ({ page }) => {
  await page.goto(`${LESSON}/1`);
  await waitForReader(page);
  await page.keyboard.press("o");
  await expect(page.getByRole("dialog", { name: "Slide overview" })).toBeVisible();
  // What a fast Escape then ? does on a busy machine: the overview's close event, which the browser
  // queues as a task of its own, arrives after the key has asked for the shortcuts.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>("dialog[open]")!.close();
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "?", shiftKey: true, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.waitForTimeout(200);
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Slide overview" })).toHaveCount(0);
});

test("p opens the presenter view of the slide being read in its own window", async ({ page, context }) => {
  await page.goto(`${LESSON}/3`);
  await waitForReader(page);
  const [presenter] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("p")]);
  await presenter.waitForLoadState();
  expect(presenter.url()).toMatch(new RegExp(`${LESSON}/presenter/?\\?slide=3$`));
  await presenter.close();
});

test("the tab's icon is a small PNG: Chromium fetches and decodes it again at each slide's address, and an SVG's decoding delayed every turn", async ({ page, request }) => {
  await page.goto(`${LESSON}/1`);
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  await expect(icon).toHaveAttribute("type", "image/png");
  const response = await request.get((await icon.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeLessThan(2048);
});
