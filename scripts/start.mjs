// `npm start`: build the course if anything changed since the last build, then serve it.
// PORT (default 3000), CONTENT_DIR and BASE_PATH are honoured; PAGEBREAK_DIST_DIR picks the build folder.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildFingerprint, readText, root, runNext } from "./lib.mjs";

const distDir = process.env.PAGEBREAK_DIST_DIR || ".next-app"; // next.config.js APP_DIST_DIR
const contentDir = path.resolve(process.env.CONTENT_DIR || "content");
const stampFile = path.join(root, distDir, "pagebreak-fingerprint");
const fingerprint = buildFingerprint(contentDir);

if (readText(stampFile) !== fingerprint || !readText(path.join(root, distDir, "BUILD_ID"))) {
  console.log(`Building the course in ${contentDir} …`);
  const code = await runNext(["build"]);
  if (code !== 0) process.exit(code);
  writeFileSync(stampFile, fingerprint);
} else {
  console.log("The build is up to date.");
}

const port = process.env.PORT || "3000";
process.exit(await runNext(["start", "--port", port, ...process.argv.slice(2)]));
