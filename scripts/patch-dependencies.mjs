// Runs after `npm install` / `npm ci` (package.json "postinstall"): mends a dependency in
// node_modules where its published code is slower than it need be on untrusted input. Each patch
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
