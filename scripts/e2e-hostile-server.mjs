// For the hostile-content tests (e2e/security-hostile.spec.ts): copies the fixture course
// e2e/fixtures/hostile-course to a scratch folder, adds files whose names hold `<`, `>`, `"` and `'`
// (which cannot be checked out on Windows, so they are not committed), then builds and serves it
// like `npm start` (PORT, PAGEBREAK_DIST_DIR). Timestamps are kept, so an unchanged course is not
// built again.
import { cpSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, run } from "./lib.mjs";

const fixture = path.join(root, "e2e", "fixtures", "hostile-course");
const scratch = path.join(root, process.env.E2E_HOSTILE_CONTENT || ".next-e2e-hostile-content");

/** File names that are payloads themselves, and a payload-laden lesson in each. */
const SVG_NAME = `"><svg onload=alert(1)>.svg`;
const HOSTILE_FILES = {
  "_posts/2024-1-3-<img src=x onerror=alert(1)>.md": [
    "---",
    `title: "File name <img src=x onerror=alert(1)>"`,
    "section: Hostile",
    "lesson: 3",
    "---",
    "",
    "## Hostile file name",
    "",
    "N01 this lesson's file is `_posts/2024-1-3-<img src=x onerror=alert(1)>.md`.",
    "",
    `N02 ![an image whose file name is a payload](../images/${encodeURIComponent(SVG_NAME)}) and [the same file as a link](../images/${encodeURIComponent(SVG_NAME)})`,
    "",
  ],
  [`_posts/2024-1-4-"quoted" it's <b>.md`]: [
    "---",
    "title: \"N03 quotes ' and \\\" in a file name\"",
    "section: Hostile",
    "lesson: 4",
    "---",
    "",
    "## Quotes in a file name",
    "",
    `N03 this lesson's file is \`_posts/2024-1-4-"quoted" it's <b>.md\`.`,
    "",
  ],
};

/** A fixed time for generated files, so the build fingerprint does not change between runs. */
const FIXED_TIME = new Date("2024-01-01T00:00:00Z");

rmSync(scratch, { recursive: true, force: true });
cpSync(fixture, scratch, { recursive: true, preserveTimestamps: true });
const svg = path.join(scratch, "images", SVG_NAME);
// The payload is the name: an SVG that could run script would fail the content check and the build.
writeFileSync(svg, `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="orange"/></svg>\n`);
utimesSync(svg, FIXED_TIME, FIXED_TIME);
for (const [name, lines] of Object.entries(HOSTILE_FILES)) {
  const file = path.join(scratch, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, lines.join("\n"));
  utimesSync(file, FIXED_TIME, FIXED_TIME);
}

process.exit(await run(process.execPath, [path.join(root, "scripts", "start.mjs")], { env: { ...process.env, CONTENT_DIR: scratch } }));
