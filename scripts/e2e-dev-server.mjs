// For the end-to-end tests of editing: copies the bundled course to a scratch folder the tests may
// change, then runs `next dev` on it (PORT), with its own build folder. The dev server's output
// also goes to `.dev-server.log` in the scratch folder (hidden, so not part of the course), where
// the tests read what the terminal printed after a save.
import { spawn } from "node:child_process";
import { cpSync, createWriteStream, rmSync } from "node:fs";
import path from "node:path";
import { nextBin, root } from "./lib.mjs";

const scratch = path.join(root, process.env.E2E_DEV_CONTENT || ".e2e-dev-content");
rmSync(scratch, { recursive: true, force: true });
cpSync(path.join(root, "content"), scratch, { recursive: true });

const log = createWriteStream(path.join(scratch, ".dev-server.log"));
const env = { ...process.env, CONTENT_DIR: scratch, PAGEBREAK_DIST_DIR: process.env.PAGEBREAK_DIST_DIR || ".next-e2e-dev" };
const child = spawn(process.execPath, [nextBin, "dev", "--port", process.env.PORT || "3103"], { cwd: root, env, stdio: ["inherit", "pipe", "pipe"] });
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
child.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
