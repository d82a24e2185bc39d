// Helpers shared by the project's scripts (plain Node, no build step).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const nextBin = require.resolve("next/dist/bin/next");

/** Runs a command with inherited output; resolves to its exit code. Stops the child with us. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, ...options });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs `next <args>` with this Node. */
export function runNext(args, env = {}) {
  return run(process.execPath, [nextBin, ...args], { env: { ...process.env, ...env } });
}

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (dirent.name === "node_modules" || dirent.name.startsWith(".")) continue;
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * A fingerprint of everything a build depends on: the sources, the content folder and the
 * settings that change the output (for the static export, also the folder it is written to).
 * Every way of building records it (scripts/build.mjs), and a build is skipped while it holds.
 * `projectRoot` is for tests, which fingerprint a folder of their own.
 * @param {string} contentDir
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [projectRoot]
 */
export function buildFingerprint(contentDir, env = process.env, projectRoot = root) {
  const hash = createHash("sha256");
  const outDir = env.PAGEBREAK_STATIC === "1" ? path.resolve(projectRoot, env.PAGEBREAK_OUT_DIR || "out") : "";
  hash.update(JSON.stringify([contentDir, env.BASE_PATH ?? "", env.PAGEBREAK_STATIC ?? "", outDir]));
  const inputs = ["app", "components", "lib", "public", "scripts", "styles", "instrumentation.ts", "next.config.js", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
  for (const input of [...inputs.map((name) => path.join(projectRoot, name)), contentDir]) {
    // A content folder's README.md is documentation for instructors: editing it changes no page.
    const list = existsSync(input) && statSync(input).isDirectory() ? [...files(input)].filter((file) => path.basename(file).toLowerCase() !== "readme.md") : [input];
    for (const file of list.sort()) {
      if (!existsSync(file)) continue;
      const stat = statSync(file);
      hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

/**
 * Builds unless the last build's recorded fingerprint still holds and its output is there; records
 * the fingerprint after a build that succeeded. Resolves to the build's exit code (0 when skipped).
 * The fingerprint is taken before and after: when the inputs changed while it built (an edit saved
 * mid-build), nothing is recorded, so the next run builds again rather than serve a stale build.
 * @param {object} options
 * @param {string} options.stampFile where the fingerprint is kept
 * @param {() => string} options.fingerprint
 * @param {() => boolean} options.isBuilt whether the output exists
 * @param {() => Promise<number>} options.build
 * @param {boolean} [options.force] build even when up to date
 * @param {(line: string) => void} [options.log]
 */
export async function buildUnlessUpToDate({ stampFile, fingerprint, isBuilt, build, force = false, log = (line) => console.log(line) }) {
  const before = fingerprint();
  if (!force && readText(stampFile) === before && isBuilt()) {
    log("The build is up to date (nothing changed since the last one).");
    return 0;
  }
  const code = await build();
  if (code !== 0) return code;
  if (fingerprint() === before) {
    mkdirSync(path.dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, before);
  }
  return 0;
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/**
 * Runs `task` while holding a lock (a folder, made atomically), waiting while another process holds
 * it. A lock whose process has died is taken over. For work that must not run twice at once, such as
 * two static exports, which Next.js always builds in the same `.next` folder.
 * @template T
 * @param {string} lockDir
 * @param {() => Promise<T>} task
 * @param {(line: string) => void} [log]
 * @returns {Promise<T>}
 */
export async function withLock(lockDir, task, log = (line) => console.log(line)) {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
      const holder = Number(readText(path.join(lockDir, "pid")));
      if (holder && !isRunning(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!waited) log("Waiting for another static build to finish …");
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  writeFileSync(path.join(lockDir, "pid"), String(process.pid));
  try {
    return await task();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
