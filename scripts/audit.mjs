// `npm run audit`: Lighthouse (mobile emulation) on a lesson slide and a quiz page of the bundled
// course's production build, printing the four category scores. Uses CHROMIUM_PATH, else
// /usr/bin/chromium, else Lighthouse's own Chrome lookup. Slow (about a minute): not part of CI.
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { root } from "./lib.mjs";

const PORT = Number(process.env.AUDIT_PORT || 3900);
const PAGES = ["/lessons/root-user-privileges/1", "/quizzes/root-or-delegable"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

const chromePath = chromiumPath();

async function waitFor(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const server = spawn(process.execPath, ["scripts/start.mjs"], {
  cwd: root,
  // The same build folder as the end-to-end tests of the bundled course: one build serves both.
  env: { ...process.env, PORT: String(PORT), PAGEBREAK_DIST_DIR: ".next-e2e", CONTENT_DIR: process.env.CONTENT_DIR || "content" },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stop);

let chrome;
let failed = false;
try {
  await waitFor(`http://localhost:${PORT}/`, 300_000);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const rows = [];
  for (const page of PAGES) {
    const result = await lighthouse(`http://localhost:${PORT}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]));
    rows.push({ page, ...scores });
    for (const category of CATEGORIES) {
      if (scores[category] < TARGETS[category]) {
        failed = true;
        const audits = result.lhr.categories[category].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable")
          .map((audit) => `${audit.id} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
        console.log(`${page} ${category} ${scores[category]} < ${TARGETS[category]}: ${audits.slice(0, 6).join(", ")}`);
      }
    }
  }
  console.table(rows);
  console.log(`Targets: ${CATEGORIES.map((category) => `${category} ≥ ${TARGETS[category]}`).join(", ")}. ${failed ? "Not all met." : "All met."}`);
} catch (error) {
  failed = true;
  console.error(`audit: ${error instanceof Error ? error.message : error}`);
} finally {
  await chrome?.kill();
  stop();
}
process.exit(failed ? 1 : 0);
