// Finds PostgreSQL for the class-mode tests (the PostgreSQL path is tested on every run, beside
// PGlite), and on a fresh machine where that is allowed (root with apt-get) installs Debian's
// `postgresql`, saying so in one line. `npm test` runs it first, after the browser.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { postgresBinDir } from "./class-postgres.mjs";

const MISSING =
  "No PostgreSQL found for the class-mode tests: install Debian's (`sudo apt-get install postgresql`), or set PAGEBREAK_TEST_DATABASE_URL to a server the tests may create databases on.";

/** @param {string} command @param {string[]} args @param {Record<string, string | undefined>} env */
function quietly(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...env, DEBIAN_FRONTEND: "noninteractive" }, stdio: "ignore" });
    child.on("error", () => resolve(127));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/**
 * `{ found: true }` when the tests have a PostgreSQL (a server named by PAGEBREAK_TEST_DATABASE_URL,
 * or programs to start a private cluster), installing Debian's where allowed; else `{ error }`.
 * @param {{ env?: Record<string, string | undefined>, isRoot?: boolean, log?: (line: string) => void, find?: () => string | undefined }} [options]
 * @returns {Promise<{ found: true } | { found: false, error: string }>}
 */
export async function ensurePostgres({
  env = process.env,
  isRoot = typeof process.getuid === "function" && process.getuid() === 0,
  log = (line) => console.log(line),
  find = postgresBinDir,
} = {}) {
  if (env.PAGEBREAK_TEST_DATABASE_URL || find()) return { found: true };
  const aptGet = (env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "apt-get")).find((file) => existsSync(file));
  if (!isRoot || !aptGet) return { found: false, error: MISSING };
  log("No PostgreSQL found for the class-mode tests: installing Debian's postgresql (apt-get install postgresql) …");
  if ((await quietly(aptGet, ["install", "-y", "-qq", "postgresql"], env)) !== 0) {
    log("apt-get could not install it: updating the package lists (apt-get update) and trying again …");
    await quietly(aptGet, ["update", "-qq"], env);
    await quietly(aptGet, ["install", "-y", "-qq", "postgresql"], env);
  }
  return find() ? { found: true } : { found: false, error: MISSING };
}
