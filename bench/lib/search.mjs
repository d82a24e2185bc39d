// `npm run bench -- --only search`: the search index of the 1,000-lesson course (its size, and the
// time to build it), and the time from the learner's first keystroke to the first result shown, in
// headless Chromium with a cold cache. bench/search-index.ts builds the index as the site does.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.mjs";
import { generateCourse } from "./generate.mjs";
import { runMeasuringScript } from "./proc.mjs";

/** Cold searches measured per query (a new browser context each: nothing cached). */
const RUNS = 7;
/** A word on one lesson's first slide, a word on about 40 lessons, and one on every lesson. */
const QUERIES = ["part 500", "quotas", "reference"];
const TYPES = { ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".html": "text/html; charset=utf-8" };

async function buildIndex({ root, tmp, tsxBin, env }, dir, out) {
  const logFile = path.join(tmp, "search-index.log");
  return runMeasuringScript(tsxBin, ["--conditions=react-server", "bench/search-index.ts", "--dir", dir, "--out", out], { cwd: root, env, logFile, what: "bench/search-index.ts" });
}

/** Serves the index folder and an empty page, as a static host would (no compression). */
function serve(folder) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      response.writeHead(200, { "Content-Type": TYPES[".html"] });
      response.end("<!doctype html><title>search bench</title>");
      return;
    }
    const file = path.join(folder, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** In the page: what the search box does on the first keystroke, timed until the first hit's data. */
async function firstResult(page, query) {
  return page.evaluate(async (term) => {
    const start = performance.now();
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ baseUrl: "/" });
    await pagefind.init();
    const found = await pagefind.search(term);
    const first = await found.results[0]?.data();
    const firstMs = performance.now() - start;
    const again = performance.now();
    const second = await pagefind.search(`${term} the`);
    await second.results[0]?.data();
    return { firstMs, warmMs: performance.now() - again, hits: found.results.length, url: first?.url };
  }, query);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function searchSection(context, { table, log }) {
  const dir = path.join(context.tmp, "course-1000");
  const out = path.join(context.tmp, "search-1000");
  log("search: generating the 1,000-lesson course");
  generateCourse(dir, 1000);
  log("search: building the index");
  const index = await buildIndex(context, dir, out);
  const folder = out;
  const gzip = (file) => gzipSync(readFileSync(path.join(folder, "pagefind", file)), { level: 9 }).length;

  const server = await serve(folder);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const queries = [];
  try {
    for (const query of QUERIES) {
      log(`search: "${query}", ${RUNS} cold runs`);
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const browserContext = await browser.newContext();
        const page = await browserContext.newPage();
        let transferred = 0;
        page.on("response", async (response) => {
          if (response.url().includes("/pagefind/")) transferred += (await response.body().catch(() => Buffer.alloc(0))).length;
        });
        await page.goto(origin);
        const result = await firstResult(page, query);
        await page.waitForLoadState("networkidle");
        runs.push({ ...result, transferred });
        await browserContext.close();
      }
      queries.push({
        query,
        hits: runs[0].hits,
        firstUrl: runs[0].url,
        firstResultMs: { median: Math.round(median(runs.map((run) => run.firstMs))), max: Math.round(Math.max(...runs.map((run) => run.firstMs))) },
        warmSearchMs: Math.round(median(runs.map((run) => run.warmMs)) * 10) / 10,
        bytesFetched: median(runs.map((run) => run.transferred)),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const result = {
    lessons: 1000,
    records: index.records,
    slides: index.slides,
    files: index.files,
    recordsMs: Math.round(index.recordsMs),
    indexMs: Math.round(index.indexMs),
    bytes: index.bytes,
    gzipBytes: { script: gzip("pagefind.js") + gzip("pagefind-worker.js"), wasm: gzip("wasm.en.pagefind") },
    queries,
  };
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  table(
    `Search index, 1,000 lessons (${index.records} records, ${index.files} files): built in ${(index.indexMs / 1000).toFixed(1)} s (+${result.recordsMs} ms for the records)`,
    ["part", "KB on disk", "KB gzip"],
    [
      ["whole index", kb(index.bytes.total), ""],
      ["pagefind.js + worker", kb(index.bytes.script), kb(result.gzipBytes.script)],
      ["wasm", kb(index.bytes.wasm), kb(result.gzipBytes.wasm)],
      ["word index chunks", kb(index.bytes.index), "(compressed)"],
      ["fragments (one per record)", kb(index.bytes.fragment), "(compressed)"],
      ["entry + meta", kb(index.bytes.meta), ""],
    ],
  );
  table(
    `Time to first result, cold (import, init, search, first hit's data), median of ${RUNS} in headless Chromium`,
    ["query", "hits", "first result (median / max)", "warm search", "KB fetched"],
    queries.map((query) => [`"${query.query}"`, query.hits, `${query.firstResultMs.median} / ${query.firstResultMs.max} ms`, `${query.warmSearchMs} ms`, kb(query.bytesFetched)]),
  );
  return result;
}
