// Finds the Chromium the end-to-end tests drive, and on a fresh machine gets one: Playwright's own
// (`playwright install chromium`), else, where that cannot download and the machine allows it (root
// with apt-get), Debian's `chromium`. Each step says what it does in one line. `npm test` runs it
// first; `node scripts/ensure-chromium.mjs` runs it alone.
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEBIAN_CHROMIUM } from "./chromium.mjs";

const require = createRequire(import.meta.url);
/** The `playwright` command of the installed @playwright/test (its package exports no `cli` path). */
const PLAYWRIGHT_CLI = path.join(path.dirname(require.resolve("@playwright/test/package.json")), "cli.js");

/**
 * @typedef {object} EnsureOptions
 * @property {Record<string, string | undefined>} [env] The environment the lookup and the installers see (CHROMIUM_PATH,
 *   PATH, PLAYWRIGHT_BROWSERS_PATH …).
 * @property {string} [debianChromium] Where Debian's package puts the browser.
 * @property {boolean} [isRoot] Whether apt-get may be run.
 * @property {(line: string) => void} [log] Where the one-line messages go.
 */

/** @param {string} file */
function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * Runs a command quietly: its output is kept, not shown, since each step already says what it does.
 * @param {string} command @param {string[]} args @param {Record<string, string | undefined>} env
 * @returns {Promise<{ code: number, output: string }>}
 */
function quietly(command, args, env) {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 127, output: error.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * The executable Playwright launches when no path is given, as that environment sees it (it reads
 * PLAYWRIGHT_BROWSERS_PATH when it loads, hence a child process), or undefined.
 * @param {Record<string, string | undefined>} env
 */
async function playwrightsOwn(env) {
  const script = "try { console.log(require('playwright-core').chromium.executablePath()) } catch {}";
  const { output } = await quietly(process.execPath, ["-e", script], env);
  const file = output.trim().split("\n").at(-1) ?? "";
  return file && isFile(file) ? file : undefined;
}

/**
 * The first folder on PATH holding `name`, or undefined.
 * @param {string} name @param {Record<string, string | undefined>} env
 */
function onPath(name, env) {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir && isFile(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/**
 * A Chromium for the tests: `{ path }` of the one found or installed (undefined path: Playwright's own,
 * which Playwright finds by itself), or `{ error }`, one line saying why there is none.
 * @param {EnsureOptions} [options]
 * @returns {Promise<{ found: true, path: string | undefined } | { found: false, error: string }>}
 */
export async function ensureChromium({
  env = process.env,
  debianChromium = DEBIAN_CHROMIUM,
  isRoot = typeof process.getuid === "function" && process.getuid() === 0,
  log = (line) => console.log(line),
} = {}) {
  // A browser named by hand is the one to use: installing another would not change that choice.
  if (env.CHROMIUM_PATH) {
    return isFile(env.CHROMIUM_PATH)
      ? { found: true, path: env.CHROMIUM_PATH }
      : { found: false, error: `CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which is not a file: point it at a Chromium executable, or unset it to have one installed.` };
  }
  if (isFile(debianChromium)) return { found: true, path: debianChromium };
  const own = await playwrightsOwn(env);
  if (own) return { found: true, path: own };

  log("No Chromium found for the end-to-end tests: installing Playwright's (playwright install chromium) …");
  const playwright = await quietly(process.execPath, [PLAYWRIGHT_CLI, "install", "chromium"], env);
  if (playwright.code === 0 && (await playwrightsOwn(env))) return { found: true, path: undefined };

  const aptGet = onPath("apt-get", env);
  if (!isRoot || !aptGet) {
    const why = !aptGet ? "there is no apt-get for Debian's" : "installing Debian's with apt-get needs root";
    return {
      found: false,
      error: `No Chromium found for the end-to-end tests, and Playwright could not download its own (${why}): install Debian's (\`sudo apt-get install chromium\`) or Playwright's (\`npx playwright install chromium\`), or set CHROMIUM_PATH.`,
    };
  }

  const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
  log("Playwright could not download its Chromium: installing Debian's chromium with apt-get …");
  let apt = await quietly(aptGet, ["install", "-y", "-qq", "chromium"], aptEnv);
  if (apt.code !== 0) {
    // A fresh machine has no package lists yet; updating them is slow, so only when needed.
    log("apt-get could not install chromium: updating the package lists (apt-get update) and trying again …");
    const update = await quietly(aptGet, ["update", "-qq"], aptEnv);
    if (update.code === 0) apt = await quietly(aptGet, ["install", "-y", "-qq", "chromium"], aptEnv);
  }
  if (apt.code === 0 && isFile(debianChromium)) return { found: true, path: debianChromium };
  const lastLine = apt.output.trim().split("\n").at(-1)?.trim();
  return {
    found: false,
    error: `No Chromium found for the end-to-end tests, and neither Playwright nor apt-get could install one${lastLine ? ` (apt-get: ${lastLine})` : ""}: install Chromium and set CHROMIUM_PATH.`,
  };
}

// `node scripts/ensure-chromium.mjs`: exits 1 with the one line when there is no browser.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await ensureChromium();
  if (!result.found) {
    console.error(result.error);
    process.exit(1);
  }
  console.log(result.path ?? "Playwright's own Chromium");
}
