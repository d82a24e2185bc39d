// Runs after `npm install` / `npm ci` (package.json "postinstall"): mends dependencies in
// node_modules where their published code is slower than it need be on untrusted input, or breaks. Each patch
// names the exact text it replaces and fails the install if the package no longer has it, so an
// upgrade is noticed rather than silently left unpatched. README "Security" lists the patches.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * micromark's EditMap copies every event before the first edit each time it applies edits, and the
 * document tokenizer applies edits each time a list or block quote closes: a lesson of many lists
 * cost time quadratic in its length (4,000 short lists: 20 s). The events before the first edit
 * never change, so they can stay where they are; the result is the same array.
 */
const PATCHES = [
  {
    files: ["node_modules/micromark-util-edit-map/index.js", "node_modules/micromark-util-edit-map/dev/index.js"],
    find: /\n(\s*)vecs\.push\(events\.slice\(\)\);?\n\s*events\.length = 0;?\n/,
    replace: "\n$1// Patched by Pagebreak (scripts/patch-dependencies.mjs): the events before the first edit stay in place.\n",
    done: "Patched by Pagebreak",
  },
  {
    // Not speed but reliability: `next dev` records each dynamic route's static params in
    // prerender-manifest.json by reading it, awaiting, and writing it back with a plain writeFile.
    // Two routes doing so at once (a lesson page and the slide data it prefetches) read a file the
    // other has just truncated, or interleave their writes into one that no longer parses; from then
    // on every page of the dev server failed with "Unexpected non-whitespace character after JSON".
    // Read and write without awaiting in between, and replace the file in one rename.
    files: ["node_modules/next/dist/server/dev/next-dev-server.js", "node_modules/next/dist/esm/server/dev/next-dev-server.js"],
    find: /await (\S+?)\.promises\.readFile\(([^;]*?PRERENDER_MANIFEST\)), 'utf8'\);([\s\S]*?)await \1\.promises\.writeFile\(([^;]*?PRERENDER_MANIFEST\)), updatedManifest\);/,
    replace:
      "/* Patched by Pagebreak (scripts/patch-dependencies.mjs): read, change and replace the manifest in one go. */ $1.readFileSync($2, 'utf8');$3{ const manifestPath = $4; $1.writeFileSync(manifestPath + '.tmp', updatedManifest); $1.renameSync(manifestPath + '.tmp', manifestPath); }",
    done: "Patched by Pagebreak",
  },
  {
    // `next dev` answers each request from the static params it cached on an earlier one and only
    // refreshes them in the background, so a lesson or quiz added while it runs answered 404 on its
    // first visit (dynamicParams = false). When the cached list lacks the requested address, wait
    // for a list read after this request arrived (its own run, never one already under way, which
    // may have read the folder before the file was saved). Addresses in the list answer at once.
    files: ["node_modules/next/dist/server/dev/next-dev-server.js", "node_modules/next/dist/esm/server/dev/next-dev-server.js"],
    find: /const result = this\.staticPathsCache\.get\(pathname\);(\s*)const nextInvoke = ([^;]*?withCoalescedInvoke\)?\(__getStaticPaths\)\()`staticPaths-\$\{pathname\}`/,
    replace:
      "/* Pagebreak: a missing address waits for fresh params (scripts/patch-dependencies.mjs). */ const cachedPaths = this.staticPathsCache.get(pathname);$1const result = cachedPaths && (!isAppPath || cachedPaths.fallbackMode !== 'NOT_FOUND' || (cachedPaths.staticPaths || []).includes(urlPathname)) ? cachedPaths : undefined;$1const nextInvoke = $2cachedPaths && !result ? `staticPaths-${pathname}-${urlPathname}-${Date.now()}-${Math.random()}` : `staticPaths-${pathname}`",
    done: "Pagebreak: a missing address waits for fresh params",
  },
];

let failed = false;
for (const patch of PATCHES) {
  for (const relative of patch.files) {
    const file = path.join(root, relative);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, "utf8");
    if (source.includes(patch.done)) continue;
    if (!patch.find.test(source)) {
      console.error(`patch-dependencies: ${relative} no longer has the code this patch replaces; review the patch in scripts/patch-dependencies.mjs`);
      failed = true;
      continue;
    }
    writeFileSync(file, source.replace(patch.find, patch.replace));
  }
}
process.exit(failed ? 1 : 0);
