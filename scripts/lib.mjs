// Helpers shared by the project's scripts (plain Node, no build step).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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
 * settings that change the output. `npm start` rebuilds only when it changes.
 */
export function buildFingerprint(contentDir, env = process.env) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([contentDir, env.BASE_PATH ?? "", env.PAGEBREAK_STATIC ?? ""]));
  const inputs = ["app", "components", "lib", "public", "scripts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
  for (const input of [...inputs.map((name) => path.join(root, name)), contentDir]) {
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

export function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
