import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { inlineScripts, scriptHash } from "../lib/security/inline-scripts.mjs";

// Security headers and the Content Security Policy, from `next start` (project "app", the bundled
// course) and from the static export served like a static host that reads `_headers` (project
// "static", the Jekyll fixture under /course/). Plus path traversal: nothing outside the site is
// ever served. See README.md, "Security".

type Site = { pages: Record<string, string>; notFound: string; asset: string; assetType: string; slide: string };

const SITES: Record<string, Site> = {
  app: {
    pages: { outline: "/", slide: "/lessons/root-user-privileges/2", quiz: "/quizzes/root-user-quiz", onePage: "/lessons/how-lessons-work/all" },
    notFound: "/lessons/no-such-lesson/1",
    asset: "/content-assets/images/slide-anatomy.svg",
    assetType: "image/svg+xml",
    slide: "/lessons/root-user-privileges/1",
  },
  static: {
    pages: { outline: "./", slide: "lessons/intro/2/", quiz: "quizzes/s2-quiz/", onePage: "lessons/intro/all/" },
    notFound: "lessons/no-such-lesson/1/",
    asset: "content-assets/assets/badge.svg",
    assetType: "image/svg+xml",
    slide: "lessons/intro/1/",
  },
};

function site(projectName: string): Site {
  const found = SITES[projectName];
  if (!found) throw new Error(`no site for project ${projectName}`);
  return found;
}

/** Each policy of a header (a comma separates policies) as directive → sources. */
function policies(header: string | undefined): Map<string, string[]>[] {
  expect(header, "a Content-Security-Policy header").toBeTruthy();
  return header!.split(",").map(
    (policy) =>
      new Map(
        policy
          .split(";")
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
      ),
  );
}

/**
 * The page headers. `sandboxed`: under /content-assets/, where the assets' sandboxing policy comes
 * as a second policy (a browser enforces both).
 */
function expectPageHeaders(response: APIResponse, where: string, { sandboxed = false } = {}) {
  const headers = response.headers();
  const [policy, ...others] = policies(headers["content-security-policy"]);
  if (sandboxed) {
    expect(others.map((other) => [other.get("default-src"), other.get("sandbox")]), `${where}: the page policy and the assets' sandbox`).toEqual([[["'none'"], []]]);
  } else {
    expect(others, `${where}: one page policy`).toEqual([]);
  }
  expect(policy!.get("default-src"), where).toEqual(["'self'"]);
  expect(policy!.get("object-src"), where).toEqual(["'none'"]);
  expect(policy!.get("base-uri"), where).toEqual(["'self'"]);
  expect(policy!.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(policy!.get("form-action"), where).toEqual(["'self'"]);
  expect(policy!.get("img-src"), where).toEqual(["'self'", "https:", "data:"]);
  expect(policy!.get("script-src-attr"), `${where}: no inline event handlers`).toEqual(["'none'"]);
  expect(policy!.get("script-src"), `${where}: no eval outside development`).not.toContain("'unsafe-eval'");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation"]) expect(headers["permissions-policy"], where).toContain(`${feature}=()`);
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["cross-origin-opener-policy"], where).toBe("same-origin");
}

/** A page's own `<meta>` policy (the build writes one per page, lib/security/inline-scripts.mjs). */
const META_POLICY_RE = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/?>/gi;

/** The page's own `<meta>` policy: its inline scripts by hash, no 'unsafe-inline'. */
async function expectPinnedScripts(response: APIResponse, where: string) {
  const html = await response.text();
  const metas = [...html.matchAll(META_POLICY_RE)];
  expect(metas, `${where}: one <meta> policy`).toHaveLength(1);
  expect(html.indexOf(metas[0]![0]), `${where}: the <meta> policy comes before every script`).toBeLessThan(html.search(/<script\b/i));
  const [policy] = policies(metas[0]![1]);
  const scripts = policy!.get("script-src") ?? [];
  // 'wasm-unsafe-eval': the search's WebAssembly (Pagefind) compiles; JavaScript eval stays refused.
  expect(scripts.slice(0, 2), where).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(scripts.length, `${where}: hashes of the inline scripts`).toBeGreaterThan(2);
  for (const source of scripts.slice(2)) expect(source, where).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  expect(policy!.get("object-src"), where).toEqual(["'none'"]);
  expect(policy!.has("frame-ancestors"), `${where}: frame-ancestors cannot be set by <meta>`).toBe(false);
}

test("every page gets the security headers and its own hashed script policy", async ({ request }, testInfo) => {
  const { pages } = site(testInfo.project.name);
  for (const [name, url] of Object.entries(pages)) {
    const response = await request.get(url);
    expect(response.status(), name).toBe(200);
    expectPageHeaders(response, name);
    await expectPinnedScripts(response, name);
  }
});

test("a 404 gets the same headers and policy", async ({ request }, testInfo) => {
  const response = await request.get(site(testInfo.project.name).notFound);
  expect(response.status()).toBe(404);
  expectPageHeaders(response, "404");
  await expectPinnedScripts(response, "404");
});

test("a 404 under /content-assets/ gets the page headers too, also for a path that does not decode", async ({ request }, testInfo) => {
  const prefix = testInfo.project.name === "static" ? "" : "/";
  for (const missing of ["content-assets/no-such-picture.svg", "content-assets/images/no-such-picture.png", "content-assets/%E0%A4%A", "content-assets/a%ZZb"]) {
    const response = await request.get(prefix + missing);
    expect(response.status(), missing).toBe(404);
    expectPageHeaders(response, missing, { sandboxed: true });
  }
});

test("a content asset is sandboxed: no script, nothing loaded, no sniffing", async ({ request }, testInfo) => {
  const { asset, assetType } = site(testInfo.project.name);
  const response = await request.get(asset);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain(assetType);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // `next start` sends the asset's own policy; a static host sends the page policy too, and a
  // browser enforces both, so the asset's stricter one always applies.
  const sandboxed = policies(response.headers()["content-security-policy"]).find((policy) => policy.has("sandbox"));
  expect(sandboxed?.get("default-src")).toEqual(["'none'"]);
});

/** Console messages about the policies: a blocked script or style, or a misspelt permission. */
function watchPolicyMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  page.on("pageerror", (error) => messages.push(error.message));
  return messages;
}

test("the policy blocks nothing the app does: theme boot script, hydration, slides, quiz", async ({ page }, testInfo) => {
  const { slide, pages } = site(testInfo.project.name);
  const messages = watchPolicyMessages(page);
  // The boot script (allowed by its hash) sets the dark theme before React runs.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(slide);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const light = page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "Light" });
  await expect(light).toBeEnabled();
  await light.check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: "Next slide" }).click();
  await expect(page.getByRole("status")).toContainText("Slide 2 of");
  await page.goto(pages.quiz!);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of / })).toBeVisible();
  await page.goto(pages.outline!);
  await expect(page.getByRole("heading", { name: "Course outline" })).toBeVisible();
  expect(messages).toEqual([]);
});

test("the policy refuses inline scripts and handlers that are not the page's own", async ({ page }, testInfo) => {
  await page.goto(site(testInfo.project.name).slide);
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "System" })).toBeEnabled();
  const ran = await page.evaluate(async () => {
    const win = window as unknown as { __inline?: boolean; __handler?: boolean };
    const script = document.createElement("script");
    script.textContent = "window.__inline = true";
    document.body.append(script);
    document.body.insertAdjacentHTML("beforeend", '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__handler = true" onerror="window.__handler = true">');
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { inline: win.__inline, handler: win.__handler };
  });
  expect(ran).toEqual({ inline: undefined, handler: undefined });
});

/** Attempts to leave the site or the content folder, raw and double-encoded. */
const TRAVERSALS = [
  "lessons/..%2f..%2fpackage.json/1",
  "lessons/%2e%2e/1",
  "lessons/%2e%2e%2f%2e%2e%2fpackage.json/1",
  "lessons/x/1%00",
  "lessons/x%00/1",
  "lessons/..%5c..%5cpackage.json/1",
  "lessons/%252e%252e%252fpackage.json/1",
  "lessons/..%252f..%252fpackage.json/1",
  "content-assets/..%2fpackage.json",
  "content-assets/%2e%2e/%2e%2e/package.json",
  "content-assets/%2e%2e%2f%2e%2e%2fpackage.json",
  "content-assets/images/..%2f..%2f..%2fpackage.json",
  "content-assets/..%5c..%5cpackage.json",
  "content-assets/%252e%252e/%252e%252e/package.json",
  "content-assets/..%252f..%252fpackage.json",
  "content-assets/%2e%2e%252f%2e%2e%252fpackage.json",
  "content-assets/package.json%00.png",
  "content-assets/%00",
  "content-assets/README.md",
  "..%2fpackage.json",
  "%2e%2e/%2e%2e/package.json",
  "%2e%2e%2f%2e%2e%2fnext.config.js",
];

test("paths that climb out of the site or the content folder are 404s", async ({ request }, testInfo) => {
  const prefix = testInfo.project.name === "static" ? "" : "/";
  for (const traversal of TRAVERSALS) {
    const response = await request.get(prefix + traversal, { maxRedirects: 0 });
    expect(response.status(), traversal).toBe(404);
    const body = await response.text();
    expect(body, traversal).not.toContain('"name": "pagebreak"');
    expect(body, traversal).not.toContain("checkContentOrExit");
    expect(body, traversal).not.toContain("Writing lessons for Pagebreak");
  }
});

/** The headers a test compares between two responses for the same file. */
const SERVED_HEADERS = ["content-type", "content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options", "cross-origin-opener-policy"];

function servedHeaders(response: APIResponse): Record<string, string | undefined> {
  const headers = response.headers();
  return Object.fromEntries(SERVED_HEADERS.map((name) => [name, headers[name]]));
}

/**
 * The asset's path reached through encoded slashes, backslashes and dots, in both cases and
 * double-encoded. A server that decodes them must not match its headers against a different
 * path than the file it serves (`lessons/..%2fcontent-assets/…` is not a lesson page).
 */
function encodedRoutesTo(asset: string): string[] {
  const cut = asset.lastIndexOf("/");
  const [folder, name] = [asset.slice(0, cut), asset.slice(cut + 1)];
  return [
    `lessons/..%2f${asset}`,
    `lessons/..%2F${asset}`,
    `lessons/..%5c${asset}`,
    `lessons/..%5C${asset}`,
    `lessons/%2e%2e%2f${asset}`,
    `lessons/%2E%2e%2F${asset}`,
    `lessons/.%2E%2f${asset}`,
    `lessons/x/..%2f..%2f${asset}`,
    `lessons/..%252f${asset}`,
    `lessons/%252e%252e%252f${asset}`,
    // The client resolves these dot segments itself: they ask for the asset's own URL.
    `lessons/%2e%2e/${asset}`,
    `lessons/intro/%2E%2E/%2e%2E/${asset}`,
    asset.replaceAll("/", "%2f"),
    asset.replaceAll("/", "%2F"),
    `${folder}%2F${name}`,
    `${folder}%5c${name}`,
    `${folder}/.%2f${name}`,
    `.%2f${asset}`,
    `%2e/${asset}`,
    `.//${asset}`,
    `${folder}//${name}`,
  ];
}

test("an asset reached through encoded separators or dots is a 404, or gets exactly the headers it gets at its own URL", async ({ request, baseURL }, testInfo) => {
  const { asset } = site(testInfo.project.name);
  const own = await request.get(asset);
  expect(own.status()).toBe(200);
  const body = await own.body();
  const ownPath = new URL(own.url()).pathname;
  for (const variant of encodedRoutesTo(asset.replace(/^\//, ""))) {
    const url = new URL(variant, baseURL).href;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() === 404) continue;
    if ([301, 308].includes(response.status())) {
      // Next.js sends `//` to the path with one slash.
      expect(new URL(response.headers().location ?? "", url).pathname, variant).toBe(ownPath);
      continue;
    }
    expect(response.status(), variant).toBe(200);
    expect(Buffer.compare(await response.body(), body), `${variant}: serves the asset`).toBe(0);
    expect(servedHeaders(response), variant).toEqual(servedHeaders(own));
  }
});

test("every page of the course runs all its inline scripts under its own policy: none is left out", async ({ request, baseURL }, testInfo) => {
  // A script the build's policy step does not recognise is left out of the page's hashes and
  // refused by the browser. React writes one when a <Suspense> boundary's content streams after
  // the page around it, and that content then stays hidden. Every lesson slide, one-page view and
  // quiz reachable from the outline is checked, not only the few pages above.
  const base = baseURL ?? "";
  const start = new URL(site(testInfo.project.name).pages.outline!, base.endsWith("/") ? base : `${base}/`);
  const seen = new Set<string>();
  const queue = [start.href];
  while (queue.length > 0 && seen.size < 400) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    const meta = new RegExp(META_POLICY_RE.source, "i").exec(html);
    expect(meta, `${url}: a <meta> policy`).not.toBeNull();
    const allowed = new Set(policies(meta![1])[0]!.get("script-src"));
    for (const { text } of inlineScripts(html)) {
      expect(allowed.has(`'${scriptHash(text)}'`), `${url}: inline script allowed by its policy: ${text.slice(0, 80)}`).toBe(true);
    }
    for (const [, href] of html.matchAll(/<(?:a|form)\b[^>]*?\s(?:href|action)="([^"#?]+)/g)) {
      const next = new URL(href!.replace(/&amp;/g, "&"), url);
      if (next.origin === start.origin && next.pathname.startsWith(start.pathname) && /\/(lessons|quizzes)\//.test(next.pathname) && !/\.\w+$/.test(next.pathname)) {
        if (!seen.has(next.href)) queue.push(next.href);
      }
    }
  }
  expect(seen.size, "pages checked").toBeGreaterThan(10);
});
