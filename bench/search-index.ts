// Search index benchmark for one course folder. Run by bench/lib/search.mjs as
//   node_modules/.bin/tsx --conditions=react-server bench/search-index.ts --dir <course> --out <folder>
// (the react-server condition turns `import "server-only"` into a no-op). Builds the records and
// the Pagefind index exactly as the site's build does (app/pagefind/[...file]/route.ts), writes the
// files the site serves into <folder>/pagefind/, and prints one line `RESULT {json}` on stdout.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildCourse } from "../lib/content/course";
import { readSourceFiles } from "../lib/content/load";
import { buildIndexFiles } from "../lib/search/build-index";
import { buildSearchRecords } from "../lib/search/records";

function value(name: string): string {
  const at = process.argv.indexOf(name);
  const found = at === -1 ? undefined : process.argv[at + 1];
  if (!found) throw new Error("usage: search-index.ts --dir <course folder> --out <folder>");
  return found;
}

async function main() {
  const dir = value("--dir");
  const out = value("--out");
  const { course } = buildCourse(readSourceFiles(dir));
  const recordsStart = performance.now();
  const records = buildSearchRecords(course);
  const recordsMs = performance.now() - recordsStart;
  const indexStart = performance.now();
  const files = await buildIndexFiles(records);
  const indexMs = performance.now() - indexStart;

  rmSync(path.join(out, "pagefind"), { recursive: true, force: true });
  const bytes = { total: 0, script: 0, wasm: 0, meta: 0, index: 0, fragment: 0 };
  for (const [file, content] of files) {
    const target = path.join(out, "pagefind", file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    bytes.total += content.length;
    const kind = file.endsWith(".js") ? "script" : file.startsWith("wasm.") ? "wasm" : file.endsWith(".pf_meta") || file.endsWith(".json") ? "meta" : file.startsWith("index/") ? "index" : "fragment";
    bytes[kind] += content.length;
  }
  const slides = course.sequence.reduce((sum, entry) => sum + entry.slides.length, 0);
  console.log(`RESULT ${JSON.stringify({ records: records.length, slides, files: files.size, recordsMs, indexMs, bytes })}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
