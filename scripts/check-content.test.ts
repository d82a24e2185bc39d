import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHECKED_COURSE_ENV, readCheckedCourse } from "../lib/content/checked-course";

vi.mock("server-only", () => ({}));

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");
const FIXTURES = "lib/content/__fixtures__/check";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time, including starting Node and tsx. */
  ms: number;
}

/**
 * Runs the real command, as `npm run check:content -- …` does, from the repository root. Async so
 * the runs can share the machine: one after another they would take most of the file's time.
 */
function checkContent(...args: string[]): Promise<Run> {
  const env = { ...process.env };
  // The bundled course and the default word limit, whatever the shell running the tests set.
  delete env.CONTENT_DIR;
  delete env.PAGEBREAK_MAX_SLIDE_WORDS;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, "--conditions=react-server", "scripts/check-content.ts", ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - start });
    });
  });
}

/** The course's Markdown files, as the checker counts them (READMEs are not course files). */
function countCourseFiles(dir: string): number {
  const paths = readdirSync(dir, { recursive: true, encoding: "utf8" }).map((relative) => relative.split(/[\\/]/));
  const isCourseFile = (parts: string[]) => {
    const name = parts.at(-1) ?? "";
    return /\.md$/i.test(name) && name.toLowerCase() !== "readme.md" && !name.startsWith(".");
  };
  return paths.filter(isCourseFile).length;
}

/** The `path:line:column: severity: message` lines of a text report, without the summary. */
function findingLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\S+:\d+:\d+: (error|warning): /.test(line));
}

const runs = {} as Record<"bundled" | "broken" | "mixedSeverity" | "json" | "maxWords" | "badUsage" | "activeSvg" | "suggest" | "suggestJson" | "saved" | "savedBroken", Run>;
/** Where the runs with --save-course (what next.config.js passes) write the checked course. */
const saveDir = mkdtempSync(path.join(tmpdir(), "pagebreak-check-save-"));
const savedFile = path.join(saveDir, "bundled.v8");
const savedBrokenFile = path.join(saveDir, "broken.v8");
afterAll(() => rmSync(saveDir, { recursive: true, force: true }));

beforeAll(async () => {
  // Alone, so its time is the command's own and not the time of six commands sharing the CPU.
  runs.bundled = await checkContent();
  [runs.broken, runs.mixedSeverity, runs.json, runs.maxWords, runs.badUsage, runs.activeSvg] = await Promise.all([
    checkContent(`${FIXTURES}/several-broken`),
    checkContent(`${FIXTURES}/unknown-keys`),
    checkContent(`${FIXTURES}/unknown-keys`, "--format", "json"),
    checkContent("--max-words", "5"),
    checkContent("--format", "xml"),
    checkContent(`${FIXTURES}/active-svg`),
  ]);
  // A second batch: eight commands at once on a busy two-core machine come near each one's 30 s limit.
  [runs.suggest, runs.suggestJson, runs.saved, runs.savedBroken] = await Promise.all([
    checkContent(`${FIXTURES}/suggest-lessons`, "--suggest-lessons"),
    checkContent(`${FIXTURES}/suggest-lessons`, "--suggest-lessons", "--format", "json"),
    checkContent("--save-course", savedFile),
    checkContent(`${FIXTURES}/several-broken`, "--save-course", savedBrokenFile),
  ]);
}, 90_000);

describe("npm run check:content", () => {
  it("passes the bundled course with nothing to report, quickly", () => {
    const files = countCourseFiles(`${ROOT}/content`);
    expect(files).toBeGreaterThan(0);
    expect(runs.bundled.stderr).toBe("");
    expect(runs.bundled.stdout).toBe(`0 errors, 0 warnings in ${files} files (content)\n`);
    expect(runs.bundled.status).toBe(0);
    // Usually under 2 s, most of it starting Node and tsx; the margin keeps a busy machine green.
    expect(runs.bundled.ms).toBeLessThan(10_000);
  });

  it("fails a broken folder with every finding, sorted by file, and a summary that counts them", () => {
    const { status, stdout, stderr } = runs.broken;
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "bad-yaml.md:2:8: error: front matter: the list that "[" opens is never closed with "]" (if the brackets are part of the text, quote it): write title: '[unclosed' instead of title: [unclosed
      no-title.md:1:1: error: title: expected text, found nothing
      picture.md:1:1: error: expected a Markdown text file, found binary data (is it an image or a document saved as .md?)

      3 errors, 0 warnings in 4 files (lib/content/__fixtures__/check/several-broken)
      "
    `);
    const files = findingLines(stdout).map((line) => line.split(":")[0]!);
    expect(files).toEqual([...files].sort());
  });

  it("counts errors and warnings apart, and exits 1 when there is any error", () => {
    const { status, stdout } = runs.mixedSeverity;
    expect(status).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "extra-key.md:4:1: warning: unknown front matter key "author": it is ignored
      misspelled.md:1:1: error: title: expected text, found nothing
      misspelled.md:2:1: warning: unknown front matter key "titel" (did you mean "title"?): it is ignored

      1 error, 2 warnings in 2 files (lib/content/__fixtures__/check/unknown-keys)
      "
    `);
  });

  it("--format json reports the same findings, each with its column and severity", () => {
    const { status, stdout, stderr } = runs.json;
    expect(stderr).toBe("");
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as {
      folder: string;
      files: number;
      errors: number;
      warnings: number;
      findings: { file: string; line: number; column: number; severity: string; message: string }[];
    };
    expect(report.folder).toBe(`${ROOT}${FIXTURES}/unknown-keys`);
    expect({ files: report.files, errors: report.errors, warnings: report.warnings }).toEqual({ files: 2, errors: 1, warnings: 2 });
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual(["column", "file", "line", "message", "severity"]);
    }
    const asText = report.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`);
    expect(asText).toEqual(findingLines(runs.mixedSeverity.stdout));
  });

  it("--max-words 5 turns the bundled course's slides into warnings, which do not fail the check", () => {
    const { status, stdout, stderr } = runs.maxWords;
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = findingLines(stdout);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => / warning: slide \d+ has \d+ words; slides read best under 5: /.test(line))).toBe(true);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(`0 errors, ${lines.length} warnings in ${countCourseFiles(`${ROOT}/content`)} files (content)`);
  });

  it("fails a course whose SVGs would run script when opened on their own, naming each finding at its line", () => {
    const { status, stdout, stderr } = runs.activeSvg;
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "images/disguised.svg:3:3: error: SVG has CSS @import in a <svg:style> element: it loads another style sheet; remove it
      images/disguised.svg:4:10: error: SVG links to "javascript:alert(1)" (xlink:href on <svg:a>): it would load another file or run a script URL; only links to an id in the same file (#id) are allowed
      images/disguised.svg:7:3: error: SVG has a <svg:SCRIPT> element, which is not one of the plain drawing elements (it can run or load content when the file is opened on its own); remove it
      images/evil.svg:1:64: error: SVG has an event handler onload="window.__pwned=true;alert(1)" on <svg>: it would run as script when the file is opened on its own; remove it
      images/evil.svg:2:3: error: SVG has a <script> element: scripts would run when the file is opened on its own; remove it

      5 errors, 0 warnings in 1 file (lib/content/__fixtures__/check/active-svg)
      "
    `);
  });

  it("--suggest-lessons prints, for each quiz item without a Lesson: line, the line to paste at the item's file:line", () => {
    const { status, stdout, stderr } = runs.suggest;
    expect(stderr).toBe("");
    // Suggestions are advice: the course has no errors, so the check passes.
    expect(status).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "_quizzes/2024-3-16-root-or-not.md:14:1: note: Lesson: [Best practices](../_posts/2024-3-14-root-user.md#3)
      _quizzes/2024-3-16-root-or-not.md:19:1: note: no slide of this quiz's section matches this item; write its Lesson: line yourself
      _quizzes/2024-3-17-root-quiz.md:5:1: note: Lesson: [Overview of root user access](../_posts/2024-3-14-root-user.md#1)

      2 of 3 quiz items without a Lesson: line got a suggestion: paste each under its item, after reading the slide
      0 errors, 0 warnings in 4 files (lib/content/__fixtures__/check/suggest-lessons)
      "
    `);
  });

  it("--suggest-lessons --format json adds the suggestions, each with the slide it names", () => {
    const report = JSON.parse(runs.suggestJson.stdout) as { errors: number; suggestions: unknown[] };
    expect(runs.suggestJson.status).toBe(0);
    expect(report.errors).toBe(0);
    expect(report.suggestions).toEqual([
      {
        file: "_quizzes/2024-3-16-root-or-not.md",
        line: 14,
        lessonLine: "Lesson: [Best practices](../_posts/2024-3-14-root-user.md#3)",
        slug: "root-user",
        slide: 3,
        title: "Best practices",
      },
      { file: "_quizzes/2024-3-16-root-or-not.md", line: 19, lessonLine: null, slug: null, slide: null, title: null },
      {
        file: "_quizzes/2024-3-17-root-quiz.md",
        line: 5,
        lessonLine: "Lesson: [Overview of root user access](../_posts/2024-3-14-root-user.md#1)",
        slug: "root-user",
        slide: 1,
        title: "Overview of root user access",
      },
    ]);
    expect(JSON.parse(runs.json.stdout)).not.toHaveProperty("suggestions");
  });

  it("refuses bad usage with exit code 2, saying what is wrong and how to call it", () => {
    const { status, stdout, stderr } = runs.badUsage;
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatchInlineSnapshot(`
      "check:content: --format takes text or json, not xml
      usage: npm run check:content -- [folder] [--format text|json] [--max-words N] [--suggest-lessons]
      "
    `);
  });
});

describe("npm run check:content for a build (--save-course)", () => {
  it("saves the course it checked, for the build's workers to read instead of parsing it again", () => {
    expect(runs.saved.status).toBe(0);
    expect(runs.saved.stdout).toBe(runs.bundled.stdout);
    const saved = readCheckedCourse(path.join(ROOT, "content"), { [CHECKED_COURSE_ENV]: savedFile });
    expect(saved?.course.sequence.map((entry) => entry.slug)).toContain("root-user-privileges");
    expect(saved?.findings).toEqual([]);
  });

  it("saves nothing for a course with errors: the build stops there", () => {
    expect(runs.savedBroken.status).toBe(1);
    expect(existsSync(savedBrokenFile)).toBe(false);
  });
});
