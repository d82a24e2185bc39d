import { expect, test, type Page } from "@playwright/test";

// Each page loads one stylesheet with Tailwind's utilities (styles/site.css, or styles/slide.css on
// a lesson's slides): two would each bring their own ordering of the same utilities, and the
// second's copy of a base utility would beat the first's variant of it.

const PAGES = {
  outline: "/",
  slide: "/lessons/root-user-privileges/1",
  "one-page view": "/lessons/root-user-privileges/all",
  presenter: "/lessons/root-user-privileges/presenter",
  quiz: "/quizzes/root-or-delegable",
  review: "/review",
  "your data": "/your-data",
  "404": "/no-such-page",
};

/** The stylesheets a page links, and of those the ones holding Tailwind's utilities (`.sr-only` is in both sheets). */
async function sheetsOf(page: Page) {
  return page.evaluate(() =>
    [...document.styleSheets].map((sheet) => ({
      href: sheet.href ?? "",
      hasUtilities: [...sheet.cssRules].some((rule) => rule.cssText.includes(".sr-only")),
    })),
  );
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`the ${name} page loads one stylesheet of utilities, and its header is styled`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === PAGES["404"] ? 404 : 200);
    const sheets = await sheetsOf(page);
    expect(sheets.filter((sheet) => sheet.hasUtilities), JSON.stringify(sheets)).toHaveLength(1);
    // The header's layout comes from utilities (flex, a bottom border): a page whose sheet missed
    // the header's files would show it unstyled.
    const header = page.getByRole("banner").first();
    await expect(header).toHaveCSS("border-bottom-style", "solid");
    await expect(page.getByRole("link", { name: "Pagebreak" })).toHaveCSS("font-weight", "600");
    await expect(page.getByRole("group", { name: "Theme" })).toHaveCSS("display", "flex");
  });
}

test("a lesson's slides get the smaller sheet, every other page the same full one", async ({ page }) => {
  const hrefs: Record<string, string> = {};
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(path);
    hrefs[name] = (await sheetsOf(page)).find((sheet) => sheet.hasUtilities)!.href;
  }
  const { slide, ...others } = hrefs;
  expect(new Set(Object.values(others)).size, JSON.stringify(hrefs)).toBe(1);
  expect(slide).not.toBe(others.outline);
});
