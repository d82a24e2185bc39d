import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Real commands on courses a hostile or careless author could write: the checker, `next build` and
// the static export, each run as `npm run …` runs it.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");
const NEXT_BIN = require.resolve("next/dist/bin/next");
const scratch = mkdtempSync(path.join(tmpdir(), "pagebreak-untrusted-"));
/** Build folders must lie inside the project (Next.js refuses others); ignored by git. */
const outputs = path.join(ROOT, ".out-e2e-untrusted");

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outputs, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  output: string;
}

function run(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PAGEBREAK_CONTENT_CHECKED: "" } });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Writes a course folder of `files` (path → text) and returns it. */
function course(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const lesson = (title: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n\n## ${title}\n\nText of ${title}.\n`;

describe("a course file with JavaScript front matter", () => {
  const marker = path.join(scratch, "pwned.txt");
  // gray-matter would have run this: `---js` front matter is evaluated with Node's require at hand.
  const payload = `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned"), "Owned") }\n---\n\n## Hello\n`;
  const dir = course("js-front-matter", { "_posts/2024-1-1-intro.md": lesson("Intro"), "_posts/2024-1-2-evil.md": payload });
  const expected = "_posts/2024-1-2-evil.md:1:1: error: front matter must be YAML; found ---js";

  it("is an error of the check at line 1, and its code never runs", async () => {
    const { status, output } = await run([TSX_CLI, "--conditions=react-server", "scripts/check-content.ts", dir]);
    expect(output).toContain(expected);
    expect(status).toBe(1);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it("stops `next build` with the same error, and its code never runs", async () => {
    const distDir = path.relative(ROOT, path.join(outputs, "dist-js"));
    const { status, output } = await run([NEXT_BIN, "build"], { CONTENT_DIR: dir, PAGEBREAK_DIST_DIR: distDir });
    expect(output).toContain(expected);
    expect(status).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
  }, 120_000);
});

describe("file names with terminal control characters", () => {
  it("are printed with the characters escaped, never raw", async () => {
    const name = "_posts/2024-1-1-\u001b]0;owned\u0007\u001b[31mred.md";
    const dir = course("control-characters", { [name]: "---\ntitel: x\n---\n\n## Hi\n" });
    const { output } = await run([TSX_CLI, "--conditions=react-server", "scripts/check-content.ts", dir]);
    expect(output).toContain("_posts/2024-1-1-\\u{1b}]0;owned\\u{7}\\u{1b}[31mred.md:1:1: error: title: expected text, found nothing");
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  }, 60_000);
});

/** Every file below `dir` with its size and time, to tell whether anything in it changed. */
function snapshot(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((file) => {
      const stat = statSync(path.join(dir, file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    });
}

describe("every shape of course builds and exports", () => {
  const shapes: Record<string, { files: Record<string, string>; pages: string[] }> = {
    "lessons only, no quizzes": {
      files: { "_posts/2024-1-1-one.md": lesson("One", "lesson: 1\n"), "_posts/2024-1-2-two.md": lesson("Two", "lesson: 2\n") },
      pages: ["index.html", "lessons/one/1/index.html", "lessons/two/1/slide.json"],
    },
    "quizzes only": {
      files: {
        "quizzes/check.md": "---\ntitle: Check\nkind: quiz\n---\n\n## Question 1\n\nWhich?\n\n- A) This\n  - Correct: yes.\n- B) That\n  - Incorrect: no.\n",
      },
      pages: ["index.html", "quizzes/check/index.html"],
    },
    "a single file, no sections, no hands-on guides": {
      files: { "only.md": lesson("Only") },
      pages: ["index.html", "lessons/only/1/index.html"],
    },
    "hands-on guides without lessons, section files without lessons": {
      files: {
        "_hands_on/2024-1-1-lab.md": lesson("Lab", "lesson: 1\nsection: Section-1\n"),
        "_sections/section-2.md": "---\nname: Section-2\ntitle: Empty section\n---\n",
      },
      pages: ["index.html", "lessons/lab/1/index.html"],
    },
  };
  // The build folder of a plain `npm start` / `npm run dev`: a static export must leave it alone.
  const config = require("../next.config.js") as (phase: string) => { distDir: string };
  const appDist = path.join(ROOT, config("phase-production-server").distDir);
  const before = snapshot(appDist);

  for (const [shape, { files, pages }] of Object.entries(shapes)) {
    it(`${shape}`, async () => {
      const dir = course(shape.replace(/\W+/g, "-"), files);
      const out = path.relative(ROOT, path.join(outputs, shape.replace(/\W+/g, "-")));
      const { status, output } = await run(["scripts/build-static.mjs"], { CONTENT_DIR: dir, PAGEBREAK_OUT_DIR: out, BASE_PATH: "" }, 240_000);
      expect(output, output).not.toMatch(/returned an empty array|Error:/);
      expect(status, output).toBe(0);
      for (const page of pages) expect(existsSync(path.join(ROOT, out, page)), page).toBe(true);
      expect(snapshot(appDist)).toEqual(before);
    }, 240_000);
  }
});
