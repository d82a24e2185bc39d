// For the end-to-end tests of editing: copies the bundled course to a scratch folder the tests may
// change, then runs `next dev` on it (PORT), with its own build folder.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { root, runNext } from "./lib.mjs";

const scratch = path.join(root, process.env.E2E_DEV_CONTENT || ".e2e-dev-content");
rmSync(scratch, { recursive: true, force: true });
cpSync(path.join(root, "content"), scratch, { recursive: true });
process.exit(
  await runNext(["dev", "--port", process.env.PORT || "3103"], { CONTENT_DIR: scratch, PAGEBREAK_DIST_DIR: process.env.PAGEBREAK_DIST_DIR || ".next-e2e-dev" }),
);
