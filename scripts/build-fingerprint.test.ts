import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint, buildUnlessUpToDate, withLock } from "./lib.mjs";

/** Rewrites a file with other bytes and a later time, as an editor saving it does. */
function edit(file: string, text: string) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
}

describe("building only when something changed", () => {
  let project: string;
  let content: string;
  let built: number;
  let lines: string[];

  beforeEach(() => {
    project = mkdtempSync(path.join(os.tmpdir(), "pagebreak-fingerprint-"));
    content = path.join(project, "course");
    mkdirSync(path.join(project, "app"), { recursive: true });
    mkdirSync(content);
    writeFileSync(path.join(project, "app", "page.tsx"), "export default function Page() {}\n");
    writeFileSync(path.join(project, "next.config.js"), "module.exports = {};\n");
    writeFileSync(path.join(content, "lesson.md"), "# One\n");
    writeFileSync(path.join(content, "README.md"), "How to write lessons\n");
    built = 0;
    lines = [];
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  const env = { BASE_PATH: "" };
  const fingerprint = (settings: Record<string, string> = env) => buildFingerprint(content, settings, project);
  const output = () => path.join(project, "dist", "BUILD_ID");
  const stampFile = () => path.join(project, "dist", "pagebreak-fingerprint");
  /** One way of building (npm run build, npm start …): all share the stamp and the output. */
  const buildOnce = (build: () => Promise<number> = async () => (built++, writeFileSync(output(), "id"), 0), force = false) =>
    buildUnlessUpToDate({ stampFile: stampFile(), fingerprint: () => fingerprint(), isBuilt: () => existsSync(output()), build, force, log: (line) => lines.push(line) });

  beforeEach(() => mkdirSync(path.join(project, "dist")));

  it("builds the first time, not the second, and again after a lesson or the code changes", async () => {
    expect(await buildOnce()).toBe(0);
    expect(built).toBe(1);
    expect(readFileSync(stampFile(), "utf8")).toBe(fingerprint());

    expect(await buildOnce()).toBe(0);
    expect(built).toBe(1);
    expect(lines).toEqual(["The build is up to date (nothing changed since the last one)."]);

    edit(path.join(content, "lesson.md"), "# One, edited\n");
    await buildOnce();
    expect(built).toBe(2);

    edit(path.join(project, "app", "page.tsx"), "export default function Page() { return null; }\n");
    await buildOnce();
    expect(built).toBe(3);

    writeFileSync(path.join(content, "new.md"), "# Two\n");
    await buildOnce();
    expect(built).toBe(4);
    await buildOnce();
    expect(built).toBe(4);

    // Code outside the folders: what the server runs at start-up.
    writeFileSync(path.join(project, "instrumentation.ts"), "export async function register() {}\n");
    await buildOnce();
    expect(built).toBe(5);
  });

  it("ignores the course's README, which no page shows", async () => {
    await buildOnce();
    edit(path.join(content, "README.md"), "How to write lessons, longer\n");
    await buildOnce();
    expect(built).toBe(1);
  });

  it("builds again when the output is gone, or with force", async () => {
    await buildOnce();
    rmSync(output());
    await buildOnce();
    expect(built).toBe(2);
    await buildOnce(undefined, true);
    expect(built).toBe(3);
  });

  it("records nothing after a failed build, so the next one builds again", async () => {
    expect(await buildOnce(async () => 1)).toBe(1);
    expect(existsSync(stampFile())).toBe(false);
    await buildOnce();
    expect(built).toBe(1);
  });

  it("records nothing when a file changed while it built, so the edit is not lost", async () => {
    await buildOnce(async () => {
      built++;
      writeFileSync(output(), "id");
      edit(path.join(content, "lesson.md"), "# Saved mid-build\n");
      return 0;
    });
    expect(existsSync(stampFile())).toBe(false);
    await buildOnce();
    expect(built).toBe(2);
  });

  it("differs with the base path, the static export and the folder it is exported to", () => {
    const app = fingerprint();
    expect(fingerprint({ BASE_PATH: "/course" })).not.toBe(app);
    const exported = fingerprint({ PAGEBREAK_STATIC: "1" });
    expect(exported).not.toBe(app);
    expect(fingerprint({ PAGEBREAK_STATIC: "1", PAGEBREAK_OUT_DIR: "elsewhere" })).not.toBe(exported);
    // The output folder of the app build lives with its stamp, so it is not part of the fingerprint.
    expect(fingerprint({ PAGEBREAK_OUT_DIR: "elsewhere" })).toBe(app);
    expect(buildFingerprint(path.join(project, "other-course"), env, project)).not.toBe(app);
  });
});

describe("withLock (static exports share .next, so they take turns)", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "pagebreak-lock-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("runs one task at a time, the second after the first, and frees the lock", async () => {
    const lock = path.join(dir, "build.lock");
    const events: string[] = [];
    const lines: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([withLock(lock, task("first"), (line) => lines.push(line)), withLock(lock, task("second"), (line) => lines.push(line))]);
    expect(results).toEqual(["first", "second"]);
    expect(events).toEqual(["first starts", "first ends", "second starts", "second ends"]);
    expect(lines).toEqual(["Waiting for another static build to finish …"]);
    expect(existsSync(lock)).toBe(false);
  });

  it("frees the lock when the task fails", async () => {
    const lock = path.join(dir, "build.lock");
    await expect(withLock(lock, async () => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock whose process is gone", async () => {
    const lock = path.join(dir, "build.lock");
    mkdirSync(lock);
    // A process id that is not running: the largest Linux allows is 2^22.
    writeFileSync(path.join(lock, "pid"), String(2 ** 22 + 1));
    expect(await withLock(lock, async () => "ran", () => {})).toBe("ran");
  });
});
