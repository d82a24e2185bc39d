// `npm run build` (the app that `npm start` serves) and `npm run build:static` (the static site):
// each builds only when something it depends on changed since its last build (scripts/lib.mjs
// buildFingerprint), and records what it built, so `npm run build` then `npm start` builds once.
// `--force` builds anyway. CONTENT_DIR, BASE_PATH, PAGEBREAK_DIST_DIR and PAGEBREAK_OUT_DIR are honoured.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFingerprint, buildUnlessUpToDate, root, runNext, withLock } from "./lib.mjs";

/** Where the app is built: next.config.js APP_DIST_DIR, or PAGEBREAK_DIST_DIR. */
export function appDistDir(env = process.env) {
  return path.join(root, env.PAGEBREAK_DIST_DIR || ".next-app");
}

function contentDirOf(env) {
  return path.resolve(env.CONTENT_DIR || "content");
}

/** Builds the app for `next start` unless its last build is up to date. Resolves to the exit code. */
export function buildApp({ env = process.env, force = false } = {}) {
  const distDir = appDistDir(env);
  const contentDir = contentDirOf(env);
  return buildUnlessUpToDate({
    stampFile: path.join(distDir, "pagebreak-fingerprint"),
    fingerprint: () => buildFingerprint(contentDir, env),
    isBuilt: () => existsSync(path.join(distDir, "BUILD_ID")),
    build: () => {
      console.log(`Building the course in ${contentDir} …`);
      return runNext(["build"], env);
    },
    force,
  });
}

/** Held while a static export builds: two at once would clobber each other's `.next`. */
const STATIC_BUILD_LOCK = path.join(root, ".pagebreak", "static-build.lock");

/** Builds the static site unless its last build is up to date. Resolves to the exit code. */
export function buildStatic({ env = process.env, force = false } = {}) {
  const staticEnv = { ...env, PAGEBREAK_STATIC: "1" };
  const outDir = path.resolve(root, env.PAGEBREAK_OUT_DIR || "out");
  const contentDir = contentDirOf(env);
  const buildIfChanged = () =>
    buildUnlessUpToDate({
      // Not in the exported folder, which is published as it is. The fingerprint names that folder.
      stampFile: path.join(root, ".pagebreak", "static-fingerprint"),
      fingerprint: () => buildFingerprint(contentDir, staticEnv),
      isBuilt: () => existsSync(path.join(outDir, "index.html")),
      build: () => {
        console.log(`Building the static site of the course in ${contentDir} into ${path.relative(root, outDir) || "."} …`);
        return runNext(["build"], staticEnv);
      },
      force,
    });
  return withLock(STATIC_BUILD_LOCK, buildIfChanged);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--static" && arg !== "--force");
  if (unknown.length > 0) {
    console.error(`build: unknown option ${unknown[0]}: expected --static or --force`);
    process.exit(1);
  }
  const options = { force: args.includes("--force") };
  process.exit(await (args.includes("--static") ? buildStatic(options) : buildApp(options)));
}
