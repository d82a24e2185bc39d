// @ts-check
const { execFileSync } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const { availableParallelism, tmpdir } = require("node:os");
const path = require("node:path");
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");
const { setAsideLastBuild } = require("./scripts/set-aside-last-build.cjs");

/** Where `npm run build`, `npm start` and `npm run dev` keep the app (see distDir below). */
const APP_DIST_DIR = ".next-app";

/** Next.js's own default page extensions. */
const PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

/** `BASE_PATH=/course` serves the site under a sub-path; "" or "/" means the root. */
function basePathFromEnv() {
  const raw = (process.env.BASE_PATH || "").trim().replace(/\/+$/, "");
  if (raw === "") return "";
  return raw.startsWith("/") ? raw : `/${raw}`;
}

/**
 * Validates the course before Next builds anything, so a broken lesson fails the build with a
 * list of `file:line:column: error: message` lines instead of a stack trace from deep inside a
 * page render. Warnings are printed and do not stop the build.
 */
function checkContentOrExit() {
  const tsx = require.resolve("tsx/cli");
  // The checked course goes to the build's workers (lib/content/checked-course.ts), which then
  // need not parse the Markdown again; the folder is this build's and goes when the build ends.
  const saved = mkdtempSync(path.join(tmpdir(), "pagebreak-build-"));
  process.on("exit", () => rmSync(saved, { recursive: true, force: true }));
  const courseFile = path.join(saved, "checked-course.v8");
  try {
    execFileSync(process.execPath, [tsx, "--conditions=react-server", "scripts/check-content.ts", "--save-course", courseFile], { stdio: "inherit" });
  } catch {
    process.exit(1);
  }
  process.env.PAGEBREAK_CONTENT_CHECKED = "1";
  process.env.PAGEBREAK_CHECKED_COURSE = courseFile;
}

/** @param {string} phase */
module.exports = (phase) => {
  const basePath = basePathFromEnv();
  const isStatic = process.env.PAGEBREAK_STATIC === "1";
  const distDir = isStatic ? process.env.PAGEBREAK_OUT_DIR || "out" : process.env.PAGEBREAK_DIST_DIR || APP_DIST_DIR;
  // Once per build: the variable checkContentOrExit sets keeps Next's worker processes, which load
  // this file again, from repeating it.
  if (phase === PHASE_PRODUCTION_BUILD && process.env.PAGEBREAK_CONTENT_CHECKED !== "1") {
    checkContentOrExit();
    // Only once the course is known to build: a broken lesson leaves the last build as it was.
    // Not for the static export, which Next builds in `.next` and copies out.
    if (!isStatic) setAsideLastBuild(path.resolve(__dirname, distDir));
  }

  /** @type {import('next').NextConfig} */
  const config = {
    basePath,
    // The static site goes to out/ for any static host (the course this replaces lived on GitHub Pages).
    output: isStatic ? "export" : undefined,
    // For the static export this is where the site is written; other builds may pick a folder so that
    // test builds never clobber the one `npm start` serves. Not `.next`: a static export always builds
    // in `.next` (Next.js hard-codes it when `distDir` names the export folder), and it must never
    // touch the folder a running server or `npm run dev` uses.
    distDir,
    // Static hosts serve folders' index.html: `/lessons/x/2/` works on all of them.
    trailingSlash: isStatic,
    poweredByHeader: false,
    // Packages the server loads from node_modules as they are, instead of Turbopack bundling them
    // into every route (what compiling a build spent most of its time on: a clean build of the bundled
    // course 23 s → 18 s). Pagefind's indexer runs its platform binary, found next to its package;
    // PGlite loads its WebAssembly and data files from its package folder, pg its optional native
    // parts. The rest are the Markdown pipeline and the class database's query builder and
    // validation. The browser's bundles are not affected (zod and ts-fsrs run there too).
    serverExternalPackages: [
      "pagefind", "@electric-sql/pglite", "pg", "kysely", "zod", "ts-fsrs", "js-yaml", "saxes",
      "unified", "remark-parse", "remark-gfm", "remark-rehype", "rehype-raw", "rehype-sanitize", "rehype-stringify", "rehype-highlight",
      "hast-util-to-string", "mdast-util-to-string", "unist-util-visit", "vfile",
    ],
    // Routes some builds only have. `*.class.ts(x)`: class mode (app/class, app/api/class), in a
    // server only, never in the static export. `*.dev.ts(x)`: the instructor's tools in `npm run
    // dev` (a quiz's answer key, app/quizzes/[slug]/key/page.dev.tsx; the live-reload stream,
    // app/dev/content-events/route.dev.ts), in no build learners get.
    pageExtensions: [
      ...(phase === PHASE_DEVELOPMENT_SERVER ? ["dev.tsx", "dev.ts"] : []),
      ...(isStatic ? [] : ["class.tsx", "class.ts"]),
      ...PAGE_EXTENSIONS,
    ],
    // `npm test` type-checks the project (tsc); a course build, which changes no code, need not.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // Rendering the pages is most of a large course's build. Next gives it one worker per core but
    // one, which on a 2-core machine leaves a core idle while its main process only waits.
    // No page prefetches another (links are plain <a>: components/page-link.tsx), so the build need
    // not gzip every page's prefetch segments to decide which to inline.
    // Data files a server makes on first request (lib/static-params.ts) stay in its memory cache,
    // which is bounded: requests for made-up addresses never fill the disk.
    experimental: {
      cpus: availableParallelism(),
      prefetchInlining: false,
      // app/global-not-found.tsx: the 404 page with its own stylesheet (styles/site.css says why).
      globalNotFound: true,
      isrFlushToDisk: false,
      // A production build neither minifies the server's code nor maps it to source: both cost
      // compile time (about 1 s of a clean build of the bundled course), and unminified code
      // gives readable stack traces without maps. The browser's code is minified as before.
      ...(phase === PHASE_PRODUCTION_BUILD ? { turbopackMinify: { server: false }, turbopackSourceMaps: false } : {}),
    },
    // Security headers and the Content Security Policy (lib/security/policy.mjs; README "Security").
    // `next dev` also allows eval, which React's dev tooling needs, and inline styles, which Next injects.
    // A static export sends no headers of its own: public/_headers and the host do.
    ...(isStatic
      ? {}
      : {
          async headers() {
            const { nextHeaderRules } = await import("./lib/security/policy.mjs");
            return nextHeaderRules({ dev: phase === PHASE_DEVELOPMENT_SERVER });
          },
          // A lesson's bare address opens its first slide; the static export has a page there instead.
          async redirects() {
            return [{ source: "/lessons/:slug", destination: "/lessons/:slug/1", permanent: false }];
          },
          // A path that does not percent-decode gets the 404 page, not Next's bare 500 (see the module).
          async rewrites() {
            const { nextRewriteRules } = await import("./lib/security/undecodable-paths.mjs");
            return nextRewriteRules();
          },
        }),
    // After the build, pins each prerendered page's inline scripts by hash in a <meta> policy.
    adapterPath: path.join(__dirname, "lib/security/csp-adapter.mjs"),
    env: {
      PAGEBREAK_BASE_PATH: basePath,
      PAGEBREAK_TRAILING_SLASH: isStatic ? "1" : "",
      // Browser code records class events only in a server build; in the static export the
      // recording code is dead and left out of the bundle.
      PAGEBREAK_CLASS: isStatic ? "" : "1",
    },
  };
  return config;
};
