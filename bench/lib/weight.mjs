// Page weight: what a browser downloads for one page, each file gzip-compressed at level 9.
import { gzipSync } from "node:zlib";

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function get(url, headers = {}) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, headers: response.headers };
}

function decodeEntities(value) {
  return value.replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&quot;/g, '"');
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The files an HTML page makes the browser fetch: scripts, style sheets, preloaded scripts/styles/
 * fonts. A `nomodule` script (Next's polyfills) is skipped: browsers with ES modules never fetch it.
 */
export function assetsOf(html) {
  const found = new Map();
  const skipped = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && /\snomodule\b/i.test(tag)) skipped.push(src);
    else if (src) found.set(src, "js");
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attribute(tag, "href");
    if (!href) continue;
    const as = (attribute(tag, "as") ?? "").toLowerCase();
    if (rel.includes("stylesheet")) found.set(href, "css");
    else if ((rel.includes("preload") || rel.includes("modulepreload")) && (as === "script" || rel.includes("modulepreload"))) found.set(href, "js");
    else if (rel.includes("preload") && as === "style") found.set(href, "css");
    else if (rel.includes("preload") && as === "font") found.set(href, "font");
  }
  for (const src of skipped) if (found.get(src) === "js") found.delete(src);
  return { assets: [...found].map(([url, type]) => ({ url, type })), nomodule: skipped };
}

/** The inline React Server Components payload (`self.__next_f.push(...)` scripts) inside the HTML. */
export function inlineFlightBytes(html) {
  let raw = "";
  for (const [, code] of html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) raw += code;
  return { raw: Buffer.byteLength(raw), gzip: raw ? gzipSize(Buffer.from(raw)) : 0 };
}

/**
 * Fetches a page and every file its HTML references; returns raw and gzip-9 bytes by type.
 * `type` totals: html, css, js, font; `total` is their sum.
 */
export async function pageWeight(base, pathname) {
  const page = await get(base + pathname);
  if (page.status !== 200) throw new Error(`${pathname}: HTTP ${page.status}`);
  const html = page.body.toString("utf8");
  const totals = { html: { raw: page.body.length, gzip: gzipSize(page.body), files: 1 } };
  const files = [];
  const { assets, nomodule } = assetsOf(html);
  for (const asset of assets) {
    const url = new URL(asset.url, base + pathname).href;
    const { status, body } = await get(url);
    if (status !== 200) throw new Error(`${pathname}: ${asset.url} answered HTTP ${status}`);
    const gzip = gzipSize(body);
    files.push({ url: asset.url, type: asset.type, raw: body.length, gzip });
    totals[asset.type] ??= { raw: 0, gzip: 0, files: 0 };
    totals[asset.type].raw += body.length;
    totals[asset.type].gzip += gzip;
    totals[asset.type].files++;
  }
  for (const type of ["css", "js"]) totals[type] ??= { raw: 0, gzip: 0, files: 0 };
  const total = Object.values(totals).reduce((sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip }), { raw: 0, gzip: 0 });
  return { path: pathname, ...totals, total, inlineFlight: inlineFlightBytes(html), files, skippedNomoduleScripts: nomodule };
}

/**
 * Cross-check in a real browser: loads the page in Chromium, waits for the network to go quiet
 * (this includes Next's prefetches of linked pages), and adds up the bytes of every response as
 * they came over the wire (the server's own gzip) by resource type.
 */
export async function browserWeight(browser, base, pathname) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on("requestfinished", async (request) => {
    responses.push(
      (async () => {
        const sizes = await request.sizes().catch(() => undefined);
        return { url: request.url(), type: request.resourceType(), bytes: sizes ? sizes.responseBodySize : 0, headers: sizes ? sizes.responseHeadersSize : 0 };
      })(),
    );
  });
  await page.goto(base + pathname, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  const all = await Promise.all(responses);
  await context.close();
  const byType = {};
  for (const response of all) {
    const type = response.type === "fetch" ? "fetch (RSC prefetch)" : response.type;
    byType[type] ??= { bytes: 0, requests: 0 };
    byType[type].bytes += response.bytes;
    byType[type].requests++;
  }
  return { path: pathname, requests: all.length, bodyBytes: all.reduce((sum, response) => sum + response.bytes, 0), byType };
}
