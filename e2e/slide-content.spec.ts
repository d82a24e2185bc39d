import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo, waitForReader } from "./helpers";

// What is inside a slide, and how it prints: speaker notes kept from learners, code blocks with
// their language and a Copy button, code colours, wrapping on a phone, the font, and print.

const TOUR = "/lessons/how-lessons-work";
/** Slide 3 of the tour holds a `markdown` and a `ts` block; slide 7 a long word, a long address and notes. */
const CODE_SLIDE = `${TOUR}/3`;
const WIDE_SLIDE = `${TOUR}/7`;
const NOTES_TEXT = "Ask someone to open this slide on a phone";

function slide(page: Page, number: number) {
  return page.getByRole("region", { name: `Slide ${number} of 7` });
}

/**
 * Colours as the browser paints them, in sRGB 0–255: computed styles may come back as `lab()` or
 * `oklch()` (Tailwind 4's palette), so a canvas converts them.
 */
function srgb(page: Page, colours: string[]): Promise<number[][]> {
  return page.evaluate(
    (list) =>
      list.map((colour) => {
        const context = document.createElement("canvas").getContext("2d")!;
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
      }),
    colours,
  );
}

/** Relative luminance (WCAG 2) of an sRGB colour. */
function luminance([r = 0, g = 0, b = 0]: number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: number[], b: number[]): number {
  const [light = 0, dark = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test("speaker notes are in no learner's page, data file or RSC payload", async ({ page, request }) => {
  const addresses = [
    `${TOUR}/7`,
    `${TOUR}/6`,
    `${TOUR}/1`,
    `${TOUR}/all`,
    `${TOUR}/7/slide.json`,
    `${TOUR}/slides.json`,
  ];
  for (const address of addresses) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await request.get(address, { headers });
      expect(response.status(), address).toBe(200);
      expect(await response.text(), `${address} ${JSON.stringify(headers)}`).not.toContain(NOTES_TEXT);
    }
  }
  // Nor in the live page, comments included, once the reader has fetched the slides around it.
  await page.goto(`${TOUR}/6`);
  await waitForReader(page);
  await page.keyboard.press("ArrowRight");
  await expect(slide(page, 7).getByRole("heading", { name: "GitHub-flavoured extras" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(NOTES_TEXT);
});

test("a code block shows its language and copies its code with the keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(CODE_SLIDE);
  const current = slide(page, 3);
  await expect(current.getByText("ts", { exact: true })).toBeVisible();
  await expect(current.getByText("markdown", { exact: true })).toBeVisible();

  // Its name changes while it says "Copied", so it is found by what it copies.
  const copy = current.getByRole("button", { name: /^Cop(y|ied) ts code$/ });
  await tabTo(page, copy, 40);
  await expect(copy).toHaveText("Copy ts code");
  await page.keyboard.press("Enter");
  await expect(copy).toHaveAccessibleName("Copied ts code");
  // Screen readers hear it from a polite live region beside the button.
  await expect(current.locator('[aria-live="polite"]', { hasText: "Copied" })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe("function nextSlide(current: number, total: number): number {\n  return Math.min(current + 1, total);\n}");
  await expect(copy).toHaveAccessibleName("Copy ts code", { timeout: 5_000 });

  // The block itself is a focusable scrolling region right after its button.
  await page.keyboard.press("Tab");
  await expect(current.locator("pre").nth(1)).toBeFocused();
});

test("without JavaScript the language label is there and no dead Copy button is", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CODE_SLIDE);
  await expect(slide(page, 3).getByText("ts", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
  await context.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`code stands out and every token is readable in the ${theme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await page.goto(CODE_SLIDE);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expect(slide(page, 3).getByRole("button", { name: "Copy ts code" })).toBeVisible();

    const colours = await slide(page, 3).evaluate((section) => {
      const style = (element: Element) => getComputedStyle(element);
      const block = section.querySelector(".code-block")!;
      const tokens = [...section.querySelectorAll<HTMLElement>("pre [class^='hljs-']")].map((token) => [token.className, style(token).color]);
      return {
        page: style(document.body).backgroundColor,
        block: style(block).backgroundColor,
        border: style(block).borderTopWidth,
        code: style(block.querySelector("pre")!).color,
        tokens,
      };
    });
    // The block is framed and not the page's colour; its text and each token colour pass WCAG AA on it.
    expect(colours.border).toBe("1px");
    const [pageColour, block, code, ...tokens] = await srgb(page, [colours.page, colours.block, colours.code, ...colours.tokens.map(([, colour]) => colour!)]);
    expect(contrast(block!, pageColour!)).toBeGreaterThan(1.05);
    expect(contrast(code!, block!)).toBeGreaterThanOrEqual(4.5);
    expect(tokens.length).toBeGreaterThan(3);
    tokens.forEach((token, index) => {
      expect(contrast(token, block!), `${colours.tokens[index]!.join(" ")} on ${colours.block}`).toBeGreaterThanOrEqual(4.5);
    });
    await expectNoAxeViolations(page);

    // Inline code (slide 1): no literal backticks, a background of its own, still readable (axe).
    await page.goto(`${TOUR}/1`);
    const inline = await slide(page, 1).locator("p code").first().evaluate((code) => ({
      before: getComputedStyle(code, "::before").content,
      after: getComputedStyle(code, "::after").content,
      background: getComputedStyle(code).backgroundColor,
    }));
    expect([inline.before, inline.after]).toEqual(["none", "none"]);
    expect(inline.background).toMatch(/^rgba\(.*, 0\.\d+\)$/);
    await expectNoAxeViolations(page);
    await page.goto(CODE_SLIDE);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test("at 320 px a long word and a long address wrap, and only code scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const address of [WIDE_SLIDE, `${TOUR}/all`]) {
    await page.goto(address);
    await expect(page.getByText(/Rindfleischetikettierungs/).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, address).toBeLessThanOrEqual(0);
  }
  await page.goto(CODE_SLIDE);
  const widths = await slide(page, 3).locator("pre").nth(1).evaluate((pre) => ({ scroll: pre.scrollWidth, client: pre.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("text is set in Inter, served by the site itself: Latin files only", async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  await page.goto(CODE_SLIDE);
  const family = await slide(page, 3).locator("p").first().evaluate((element) => getComputedStyle(element).fontFamily);
  expect(family).toMatch(/^"Inter Variable"/);
  expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px "Inter Variable"')))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  // An English page needs the Latin file alone; Latin Extended is fetched only for its characters.
  expect(fonts).toHaveLength(1);
  expect(fonts[0]).toMatch(new RegExp(`^${baseURL}/_next/static/media/inter-latin-wght-normal\\.[\\w-]+\\.woff2$`));

  // The stylesheets declare Inter's two Latin subsets and fetch fonts from nowhere else.
  const sheets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
  const urls: string[] = [];
  for (const sheet of sheets) {
    const faces = (await (await page.request.get(sheet)).text()).match(/@font-face\s*{[^}]*}/g) ?? [];
    for (const face of faces) {
      for (const [, url] of face.matchAll(/url\(([^)]*)\)/g)) urls.push(new URL(url!.replace(/["']/g, ""), sheet).href);
    }
  }
  expect(urls).toHaveLength(2);
  for (const url of urls) expect(url).toMatch(new RegExp(`^${baseURL}/_next/static/media/inter-latin(-ext)?-wght-normal\\.[\\w-]+\\.woff2$`));
});

for (const address of [`${TOUR}/all`, WIDE_SLIDE]) {
  test(`${address} prints dark text on white from the dark theme, without controls`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(address);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const prose = page.locator(".prose").filter({ hasText: "GitHub-flavoured extras" });
    const [onScreen] = await srgb(page, [await prose.evaluate((element) => getComputedStyle(element).color)]);
    expect(luminance(onScreen!)).toBeGreaterThan(0.5);

    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const printed = await prose.evaluate((element) => [
      getComputedStyle(element).color,
      getComputedStyle(element.querySelector("li")!).color,
      getComputedStyle(element.querySelector("summary")!).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    const [text, item, summary, background] = await srgb(page, printed);
    for (const colour of [text, item, summary]) expect(luminance(colour!)).toBeLessThan(0.05);
    expect(background).toEqual([255, 255, 255]);

    // No controls: not one button is displayed, nor the way to the other view.
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("banner")).toBeHidden();
    for (const name of ["Read as slides", "Read as one page"]) await expect(page.getByRole("link", { name })).toBeHidden();

    // A link to another site shows its address; one written as its address does not repeat it.
    const links = await prose.evaluate((element) =>
      [...element.querySelectorAll("a[href^='http']")].map((link) => [link.getAttribute("href"), getComputedStyle(link, "::after").content]),
    );
    expect(links).toEqual([
      ["https://github.github.com/gfm/", '" (https://github.github.com/gfm/)"'],
      ["https://example.com", "none"],
      ["https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax", "none"],
    ]);
    await context.close();
  });
}

test("the one-page view flows slides on paper: no page per slide, code and headings kept whole", async ({ page }) => {
  await page.goto("/lessons/root-user-privileges/all");
  await page.emulateMedia({ media: "print" });
  const breaks = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const slides = [...document.querySelectorAll("section[aria-label^='Slide']")].map((section) => {
      const computed = getComputedStyle(section);
      return [computed.breakBefore, computed.breakInside, computed.breakAfter];
    });
    return { slides, heading: style(".prose h2, .prose h3").breakAfter };
  });
  expect(breaks.slides).toHaveLength(5);
  for (const slideBreaks of breaks.slides) expect(slideBreaks).toEqual(["auto", "auto", "auto"]);
  expect(breaks.heading).toBe("avoid");
  // Five slides of this lesson fit on two A4 pages when they flow (one page each before).
  const pdf = await page.pdf({ format: "A4" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeLessThanOrEqual(3);
});
