// `npm start`: build the course if anything changed since the last build (by any of `npm start`,
// `npm run build`: scripts/build.mjs), then serve it.
// PORT (default 3000), CONTENT_DIR and BASE_PATH are honoured; PAGEBREAK_DIST_DIR picks the build folder.
import { buildApp } from "./build.mjs";
import { runNext } from "./lib.mjs";

const code = await buildApp();
if (code !== 0) process.exit(code);

const port = process.env.PORT || "3000";
process.exit(await runNext(["start", "--port", port, ...process.argv.slice(2)]));
