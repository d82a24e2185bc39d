import { expect, test, type Page } from "@playwright/test";
import { BOOT_SCRIPT } from "../lib/theme";

// The hostile course (e2e/fixtures/hostile-course, plus two lessons with payloads for file names
// that scripts/e2e-hostile-server.mjs adds): every field an instructor controls holds a cross-site
// scripting payload that would set `window.__pwned` or call `alert()` if it ran. Every page of the
// course is opened, quizzes are played through, and each screen is checked for what could run.

/** Lessons and their slides, as the outline must list them; each lesson also has a one-page view. */
const LESSONS = {
  "raw-html": 3,
  "markdown-tricks": 3,
  guide: 1,
  // `_posts/2024-1-3-<img src=x onerror=alert(1)>.md`: the slug keeps only letters, digits and dashes.
  "img-src-x-onerror-alert-1": 1,
  // `_posts/2024-1-4-"quoted" it's <b>.md`
  "quoted-it-s-b": 1,
};
const QUIZZES = ["classify", "choice"];
const ASSETS = ["images/lookalike.svg", "images/notes.txt", `images/${encodeURIComponent('"><svg onload=alert(1)>.svg')}`, `images/${encodeURIComponent("100% sure.txt")}`];
/** What a host that sends no headers of its own (GitHub Pages, S3) leaves out. */
const HOST_HEADERS = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"];

/** Inline scripts Next.js and Turbopack write: a call that hands JSON data to their queue. */
function isFrameworkScript(text: string): boolean {
  if (text === "(self.__next_f=self.__next_f||[]).push([0])") return true;
  const data =
    /^self\.__next_f\.push\((\[[\s\S]*\])\)$/.exec(text)?.[1] ??
    /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/.exec(text)?.[1];
  if (data === undefined) return false;
  try {
    JSON.parse(data);
    return true;
  } catch {
    return false;
  }
}

interface Findings {
  pwned: unknown;
  handlers: string[];
  urls: string[];
  scripts: { src: string | null; text: string; parent: string; inMain: boolean }[];
  embeds: string[];
  violations: string[];
}

/** Everything on the current screen that could run script or leave the page, seen from inside it. */
function inspect(): Findings {
  const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping", "cite", "codebase", "srcdoc", "to", "values", "from", "by"];
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}>`;
  const handlers: string[] = [];
  const urls: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) handlers.push(`${describe(element)} ${name}="${attribute.value}"`);
      if (!URL_ATTRIBUTES.includes(name) && !name.endsWith(":href")) continue;
      // Browsers ignore control characters and whitespace in a scheme: "java\tscript:" is "javascript:".
      const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      const dataImage = element.tagName === "IMG" && name === "src" && value.startsWith("data:image/");
      if (/(^|,)(javascript|vbscript|livescript):/.test(value) || (value.startsWith("data:") && !dataImage) || name === "srcdoc") {
        urls.push(`${describe(element)} ${name}="${attribute.value}"`);
      }
    }
  }
  const scripts = [...document.querySelectorAll("script")].map((script) => ({
    src: script.getAttribute("src"),
    text: script.textContent ?? "",
    parent: script.parentElement?.tagName.toLowerCase() ?? "",
    inMain: script.closest("main") !== null,
  }));
  // Next.js adds a preconnect to the site itself when a stylesheet uses fonts: same origin, harmless.
  const ownPreconnect = (element: Element) =>
    element instanceof HTMLLinkElement && element.relList.contains("preconnect") && new URL(element.href).origin === location.origin && element.closest("main") === null;
  const embeds = [
    ...[...document.querySelectorAll("iframe, frame, frameset, object, embed, applet, base, portal, link:not([rel~=stylesheet]):not([rel~=preload]):not([rel~=icon])")].filter(
      (element) => !ownPreconnect(element),
    ),
    ...document.querySelectorAll('meta[http-equiv]:not([http-equiv="Content-Security-Policy" i])'),
    // The quiz's own answer form has no action, and the slide controls' forms open the lesson's own
    // pages (checked below); any other form would be the sanitizer's miss.
    ...document.querySelectorAll('main style, main link, main meta, main template, main noscript, main form[action]:not(nav[aria-label="Slides"] form), main .prose form'),
    ...[...document.querySelectorAll<HTMLFormElement>('nav[aria-label="Slides"] form[action]')].filter(
      (form) => new URL(form.action).origin !== location.origin || !/^\/lessons\/[^/]+\/\d+\/?$/.test(new URL(form.action).pathname),
    ),
  ].map((element) => element.outerHTML.slice(0, 200));
  const win = window as unknown as { __pwned?: unknown; __violations?: string[] };
  return { pwned: win.__pwned, handlers, urls, scripts, embeds, violations: win.__violations ?? [] };
}

const dialogs: string[] = [];
const pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  pageErrors.length = 0;
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Records what the Content Security Policy blocked: payloads the sanitizer let into the page.
  await page.addInitScript(() => {
    const win = window as unknown as { __violations: string[] };
    win.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => win.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
});

/** Checks the current screen; `where` names it in failure messages. */
async function expectNothingRuns(page: Page, where: string) {
  // Give onload/onerror/autofocus handlers and meta refreshes a moment to fire if they survived.
  await page.waitForTimeout(150);
  const found = await page.evaluate(inspect);
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  expect(pageErrors, `${where}: page errors`).toEqual([]);
  expect(found.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(found.handlers, `${where}: on* attributes`).toEqual([]);
  expect(found.urls, `${where}: script URLs`).toEqual([]);
  expect(found.embeds, `${where}: frames, objects, bases, refreshes and content styles`).toEqual([]);
  expect(found.violations, `${where}: Content Security Policy violations`).toEqual([]);
  for (const script of found.scripts) {
    expect(script.inMain, `${where}: a script inside <main>: ${script.src ?? script.text.slice(0, 80)}`).toBe(false);
    if (script.src !== null) {
      // Next's own files, from this origin.
      const url = new URL(script.src, page.url());
      expect(url.origin, `${where}: script from ${script.src}`).toBe(new URL(page.url()).origin);
      expect(url.pathname, `${where}: script from ${script.src}`).toMatch(/^\/_next\/static\/chunks\/[\w.-]+\.js$/);
      expect(script.text, `${where}: text inside <script src>`).toBe("");
    } else {
      expect(["head", "body"], `${where}: inline script inside <${script.parent}>`).toContain(script.parent);
      expect(script.text === BOOT_SCRIPT || isFrameworkScript(script.text), `${where}: unknown inline script: ${script.text.slice(0, 120)}`).toBe(true);
    }
  }
  // React still hydrated: the theme control is enabled (DOM clobbering did not break Next's scripts).
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "System" }), `${where}: hydrated`).toBeEnabled();
}

test("the outline lists every hostile page, and titles show their HTML as text", async ({ page }) => {
  await page.goto("/");
  await expectNothingRuns(page, "outline");
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(new Set(hrefs)).toEqual(new Set([...Object.keys(LESSONS).map((slug) => `/lessons/${slug}/1`), ...QUIZZES.map((slug) => `/quizzes/${slug}`)]));
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(['<img src=x onerror="window.__pwned=true">Hostile <script>window.__pwned=true</script> section']);
  await expect(page.getByText("Section body <script>window.__pwned=true</script>")).toBeVisible();
  await expect(page.getByRole("link", { name: /Raw <script>window.__pwned=true<\/script> HTML/ })).toBeVisible();
  await expect(page.getByText('</script><script>window.__pwned=true</script><svg onload="window.__pwned=true">')).toBeVisible();
});

for (const [slug, count] of Object.entries(LESSONS)) {
  test(`every slide of "${slug}" and its one-page view run nothing`, async ({ page }) => {
    for (let slide = 1; slide <= count; slide++) {
      const response = await page.goto(`/lessons/${slug}/${slide}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(`Slide ${slide} of ${count}`);
      await expectNothingRuns(page, `/lessons/${slug}/${slide}`);
    }
    expect((await page.goto(`/lessons/${slug}/${count + 1}`))?.status()).toBe(404);
    await page.goto(`/lessons/${slug}/all`);
    await expect(page.getByRole("region", { name: /^Slide \d+ of / })).toHaveCount(count);
    await expectNothingRuns(page, `/lessons/${slug}/all`);
  });
}

test("payload text in titles and code stays visible as text", async ({ page }) => {
  await page.goto("/lessons/raw-html/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<img src=x onerror="window.__pwned=true">Raw <script>window.__pwned=true</script> HTML');
  await expect(page).toHaveTitle(/^<img src=x onerror="window.__pwned=true">Raw <script>window.__pwned=true<\/script> HTML — slide 1 of 3/);

  await page.goto("/lessons/markdown-tricks/2");
  const slide = page.getByRole("region", { name: "Slide 2 of 3" });
  await expect(slide.locator("code", { hasText: "<img src=x onerror=window.__pwned=true>" })).toBeVisible();
  await expect(slide.locator("pre").first()).toContainText('</code></pre><script>window.__pwned=true</script>\n<img src=x onerror="window.__pwned=true">');
  await expect(slide.locator("pre", { hasText: "</code><script>window.__pwned=true</script> indented" })).toBeVisible();
  await expect(slide.locator("pre", { hasText: "P27b info string" })).toBeVisible();

  await page.goto("/lessons/img-src-x-onerror-alert-1/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("File name <img src=x onerror=alert(1)>");
  await expect(page.locator("main code", { hasText: "_posts/2024-1-3-<img src=x onerror=alert(1)>.md" })).toBeVisible();
  await page.goto("/lessons/quoted-it-s-b/1");
  await expect(page.locator("main code", { hasText: `_posts/2024-1-4-"quoted" it's <b>.md` })).toBeVisible();
});

test("the classification quiz runs nothing on its start screen, questions, feedback and results", async ({ page }) => {
  await page.goto("/quizzes/classify");
  await expect(page.getByText("Q01 intro")).toBeVisible();
  await expectNothingRuns(page, "classify: start screen");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  for (let position = 1; position <= 3; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of 3` })).toBeVisible();
    await expectNothingRuns(page, `classify: action ${position}`);
    if (position === 3) await expect(page.locator("main code", { hasText: "</code><script>window.__pwned=true</script>" })).toBeVisible();
    // Always "Evil": right for the first two actions, wrong for the third, so the results explain it.
    await page.getByRole("button", { name: '<img src=x onerror="window.__pwned=true">Evil' }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
    await expectNothingRuns(page, `classify: feedback ${position}`);
    if (position === 1) {
      // Sources with script or data URLs are dropped; the safe one of the next action is kept.
      for (const name of ["Q04 javascript source", "Q04 data source", "Q04 vbscript source"]) await expect(page.getByRole("link", { name })).toHaveCount(0);
    }
    if (position === 2) await expect(page.getByRole("link", { name: "Q05 fine source" })).toHaveAttribute("href", "https://example.invalid/docs");
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(page.getByText("Q07", { exact: false }).first()).toBeVisible();
  await expectNothingRuns(page, "classify: results");
});

test("the multiple-choice quiz runs nothing on its start screen, questions, feedback and results", async ({ page }) => {
  await page.goto("/quizzes/choice");
  await expect(page.getByText("Q10 intro")).toBeVisible();
  await expectNothingRuns(page, "choice: start screen");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  for (let position = 1; position <= 2; position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of 2` })).toBeVisible();
    await expectNothingRuns(page, `choice: question ${position}`);
    if (position === 1) {
      await expect(page.locator("main pre", { hasText: "</code><script>window.__pwned=true</script>" })).toBeVisible();
      await expect(page.locator("main code", { hasText: "<script>alert(1)</script>" })).toBeVisible();
    }
    // The last option: wrong in question 1 (C), one of two right ones in question 2, so both are missed.
    await page.locator("main form input").last().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
    await expectNothingRuns(page, `choice: feedback ${position}`);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expectNothingRuns(page, "choice: results");
});

test("quiz sources keep their safe links and drop script and data URLs", async ({ page }) => {
  await page.goto("/quizzes/choice");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("main form input").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("link", { name: "Q20 fine source" })).toHaveAttribute("href", "https://example.invalid/docs");
  for (const name of ["Q13 javascript source", "Q20 vbscript source"]) await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("the 404 page runs nothing", async ({ page }) => {
  expect((await page.goto("/lessons/<img src=x onerror=alert(1)>/1"))?.status()).toBe(404);
  await expectNothingRuns(page, "404");
});

test("content assets opened on their own run nothing", async ({ page }) => {
  for (const asset of ASSETS) {
    const response = await page.goto(`/content-assets/${asset}`);
    expect(response?.status(), asset).toBe(200);
    expect(response?.headers()["content-security-policy"], asset).toContain("sandbox");
    await page.waitForTimeout(150);
    expect(dialogs, `${asset}: dialogs`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), asset).toBeUndefined();
  }
});

test("SVG assets run nothing even from a host that sends no headers: the content check let only drawings through", async ({ page }) => {
  // As GitHub Pages or S3 would serve them: the file and its type, no policy, no sandbox.
  await page.route("**/content-assets/**", async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !HOST_HEADERS.includes(name.toLowerCase())));
    await route.fulfill({ response, headers });
  });
  for (const asset of ASSETS.filter((name) => name.endsWith(".svg"))) {
    const response = await page.goto(`/content-assets/${asset}`);
    expect(response?.status(), asset).toBe(200);
    expect(response?.headers()["content-security-policy"], asset).toBeUndefined();
    await page.waitForTimeout(150);
    // The file was shown as an SVG document, so its markup had its chance to run.
    expect(await page.evaluate(() => document.documentElement.namespaceURI), asset).toBe("http://www.w3.org/2000/svg");
    expect(dialogs, `${asset}: dialogs`).toEqual([]);
    expect(pageErrors, `${asset}: page errors`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), asset).toBeUndefined();
  }
});

test("search hits show the payloads in lessons and quizzes as text and run nothing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the course" }).fill("window");
  const hits = page.getByRole("list", { name: "Search results" }).getByRole("link");
  await expect(hits.nth(1)).toBeVisible();
  await expect(hits.first().locator("mark").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expectNothingRuns(page, "search results");
});
