// @ts-check
// A Next.js build adapter (next.config.js `adapterPath`): once `next build` has prerendered every
// page (for `next start`, or the static export), each HTML file gets a `<meta>` Content Security
// Policy that allows exactly its own inline scripts by hash. See inline-scripts.mjs for why, and
// README.md ("Security") for the whole policy.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { pinInlineScriptsInParallel } from "./pin-files.mjs";

/**
 * Every `.html` file below `dir`.
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* htmlFiles(dir) {
  if (!existsSync(dir)) return;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) yield* htmlFiles(full);
    else if (dirent.isFile() && dirent.name.endsWith(".html")) yield full;
  }
}

/** Our own inline scripts, read from the module the layout takes them from. */
async function ownScripts() {
  /** @type {{ BOOT_SCRIPT: string }} */
  const theme = await tsImport("../theme.ts", import.meta.url);
  return [theme.BOOT_SCRIPT];
}

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "pagebreak-csp",
  async onBuildComplete({ outputs, distDir }) {
    const files = new Set(htmlFiles(path.join(distDir, "server")));
    for (const file of outputs.staticFiles) if (file.filePath.endsWith(".html")) files.add(file.filePath);
    for (const prerender of outputs.prerenders) {
      const filePath = prerender.fallback?.filePath;
      if (filePath?.endsWith(".html") && existsSync(filePath)) files.add(filePath);
    }
    const { count, warnings } = await pinInlineScriptsInParallel([...files], await ownScripts());
    /** @type {{ printable: (text: string) => string }} */
    const { printable } = await tsImport("../content/printable.ts", import.meta.url);
    // Page paths come from the course's file names: shown with their control characters escaped.
    for (const warning of warnings) console.warn(`⚠ ${printable(warning)}`);
    console.log(`Content Security Policy: pinned the inline scripts of ${count} pages.`);
  },
};

export default adapter;
