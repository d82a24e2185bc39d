// @ts-check
// CommonJS: next.config.js loads it before every production build.
const { spawn } = require("node:child_process");
const { existsSync, mkdirSync, readdirSync, renameSync } = require("node:fs");
const { setPriority } = require("node:os");
const path = require("node:path");

/** What `next build` keeps of the last build when it cleans its folder (next/dist/build/index.js). */
const KEPT_BY_NEXT = new Set(["cache", "dev", "diagnostics", "lock", "trace"]);

/**
 * Before a build over the last one: moves the last build's output into `cache/old-builds/`, where
 * Next does not look, and deletes it there from a background process at the lowest priority. Next
 * would delete it itself before building, and for a large course that was a slow part of every
 * rebuild (13.7 s for the 1,000-lesson course's 77,000 files); a move inside one folder is instant.
 * Returns the folder the output went to, or undefined when there was nothing to move.
 * @param {string} distDir
 * @returns {string | undefined}
 */
function setAsideLastBuild(distDir) {
  if (!existsSync(distDir)) return undefined;
  const names = readdirSync(distDir).filter((name) => !KEPT_BY_NEXT.has(name));
  if (names.length === 0) return undefined;
  const oldBuilds = path.join(distDir, "cache", "old-builds");
  const target = path.join(oldBuilds, `${Date.now()}-${process.pid}`);
  mkdirSync(target, { recursive: true });
  for (const name of names) renameSync(path.join(distDir, name), path.join(target, name));
  deleteInBackground(oldBuilds);
  return target;
}

/**
 * Deletes `dir` from a detached process that outlives the build. If it is stopped halfway, what
 * is left goes with the next build's.
 * @param {string} dir
 */
function deleteInBackground(dir) {
  const child = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", dir], {
    detached: true,
    stdio: "ignore",
  });
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // Some systems refuse; it then deletes at normal priority.
  }
  child.unref();
}

module.exports = { setAsideLastBuild };
