// `npm test`: every check and test — lint, types, the bundled course's content, unit tests (vitest)
// and end-to-end tests (Playwright against production builds in real Chromium). Ends with one line
// "N passed, N failed" totalling the unit and end-to-end tests.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { startPostgresCluster } from "./class-postgres.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { ensurePostgres } from "./ensure-postgres.mjs";
import { root, run } from "./lib.mjs";

const reports = path.join(root, ".test-reports");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// On a fresh machine this installs a browser first (Playwright's, else Debian's), one line a step.
const browser = await ensureChromium();
if (!browser.found) {
  console.error(browser.error);
  process.exit(1);
}

// Class mode is tested on PostgreSQL as well as PGlite: Debian's server where none is installed,
// then one private cluster for the whole run (initdb in a temporary folder, a loopback port),
// stopped at the end. PAGEBREAK_TEST_DATABASE_URL names another server instead.
const postgres = await ensurePostgres();
if (!postgres.found) {
  console.error(postgres.error);
  process.exit(1);
}
const cluster = process.env.PAGEBREAK_TEST_DATABASE_URL ? undefined : await startPostgresCluster();
if (cluster) {
  process.env.PAGEBREAK_TEST_DATABASE_URL = cluster.url;
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (cluster.stop(), process.exit(1)));
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const problems = [];

console.log("\n— Lint and types");
if ((await run(bin("eslint"), ["."])) !== 0) problems.push("eslint");
if ((await run(bin("tsc"), ["--noEmit", "-p", "."])) !== 0) problems.push("tsc");

console.log("\n— Bundled course content");
if ((await run(process.execPath, [bin("tsx"), "--conditions=react-server", "scripts/check-content.ts"], { env: { ...process.env, CONTENT_DIR: "content" } })) !== 0) problems.push("content check");

console.log("\n— Unit tests");
const unitJson = path.join(reports, "unit.json");
const unitCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);

console.log("\n— End-to-end tests");
const e2eCode = await run(bin("playwright"), ["test"]);

cluster?.stop();

const unit = readJson(unitJson);
const e2e = readJson(path.join(reports, "e2e.json"));
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected : 1;
if (unitCode !== 0 && unitFailed === 0) problems.push("vitest");
if (e2eCode !== 0 && e2eFailed === 0) problems.push("playwright");

console.log(`\nUnit: ${unitPassed} passed, ${unitFailed} failed. End-to-end: ${e2ePassed} passed, ${e2eFailed} failed.`);
if (problems.length > 0) console.log(`Also failed: ${problems.join(", ")}.`);
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + problems.length} failed`);
process.exit(problems.length + unitFailed + e2eFailed > 0 ? 1 : 0);
