import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCourse } from "../lib/content/course";
import { formatContentError } from "../lib/content/errors";
import { readSourceFiles } from "../lib/content/load";
import { parseNewArgs } from "./new";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = path.join(ROOT, "lib/content/__fixtures__/jekyll-course");
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");

/** Runs the real command, as `npm run new -- …` does, against the course in `contentDir`. */
function runNew(contentDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [TSX_CLI, "--conditions=react-server", "scripts/new.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Today's Jekyll prefixes, before and after the run, in case it crosses midnight. */
function datePrefixes(run: () => void): string[] {
  const prefix = (date: Date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}-`;
  const before = prefix(new Date());
  run();
  return [before, prefix(new Date())];
}

describe("npm run new, on a copy of the Jekyll fixture course", () => {
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pagebreak-new-"));
    fs.cpSync(FIXTURE, tmp, { recursive: true });
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("writes a lesson, prints its path, and the course still builds; the same call again fails in one line", { timeout: 20_000 }, () => {
    const args = ["lesson", "Reading files", "--section", "Section-3"];
    let first!: ReturnType<typeof runNew>;
    const prefixes = datePrefixes(() => (first = runNew(tmp, args)));
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);

    // The course lies outside the current folder, so the path is absolute.
    const printed = first.stdout.trim();
    expect(prefixes.map((prefix) => path.join(tmp, "_posts", `${prefix}reading-files.md`))).toContain(printed);
    expect(first.stdout).toBe(`${printed}\n`);
    expect(fs.existsSync(printed)).toBe(true);
    const written = fs.readFileSync(printed, "utf8");

    const { course, errors } = buildCourse(readSourceFiles(tmp));
    expect(errors.map(formatContentError)).toEqual([]);
    const entry = course.sequence.find((candidate) => candidate.slug === "reading-files");
    expect(entry).toMatchObject({ kind: "lesson", sectionKey: "Section-3", lessonNumber: 1, title: "Reading files" });
    expect(entry!.slides).toHaveLength(2);

    const second = runNew(tmp, args);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe("");
    expect(second.stderr).toMatch(/^new: _posts\/\d{4}-\d{1,2}-\d{1,2}-reading-files\.md already exists\n$/);
    expect(fs.readFileSync(printed, "utf8")).toBe(written);
  });

  it("writes a quiz on that lesson with --section=…, numbering nothing", { timeout: 20_000 }, () => {
    const result = runNew(tmp, ["quiz", "Quiz: reading files", "--section=Section-3", "--lesson", "reading-files"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const printed = result.stdout.trim();
    expect(path.dirname(printed)).toBe(path.join(tmp, "_quizzes"));
    expect(fs.readFileSync(printed, "utf8")).toMatch(/^---\nlayout: quiz\ntitle: 'Quiz: reading files'\nsection: Section-3\nlesson: reading-files\n---\n/);

    const { course, errors } = buildCourse(readSourceFiles(tmp));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(course.sequence.find((entry) => entry.slug === "quiz-reading-files")).toMatchObject({ kind: "quiz", lessonSlug: "reading-files" });
  });
});

describe("parseNewArgs", () => {
  it("reads the kind, the title and both spellings of the options", () => {
    expect(parseNewArgs(["lesson", "Reading files", "--section", "Section-3"])).toEqual({ kind: "lesson", title: "Reading files", section: "Section-3" });
    expect(parseNewArgs(["--section=Section 3", "quiz", "Q", "--lesson=intro"])).toEqual({ kind: "quiz", title: "Q", section: "Section 3", lesson: "intro" });
    expect(parseNewArgs(["classify", "--", "--odd title"])).toEqual({ kind: "classify", title: "--odd title" });
    expect(parseNewArgs(["lesson", "T", "--section="])).toEqual({ kind: "lesson", title: "T", section: "" });
    expect(parseNewArgs(["--help"])).toEqual({ help: true });
  });

  it.each([
    [[], /^expected what to create, lesson, quiz, classify/],
    [["lessons", "T"], /^unknown kind "lessons": expected one of lesson, quiz, classify$/],
    [["lesson"], /^expected a title after "lesson"/],
    [["lesson", "Reading", "files"], /^expected one title, found "Reading" "files"; put the title in quotes$/],
    [["lesson", "T", "--section"], /^--section: expected a value after it, found nothing$/],
    [["lesson", "T", "--section", "--lesson", "x"], /^--section: expected a value after it, found --lesson$/],
    [["lesson", "T", "--section", "A", "--section", "B"], /^--section given twice$/],
    [["lesson", "T", "--sectoin", "A"], /^unknown option --sectoin/],
  ])("refuses %j", (argv, message) => {
    const parsed = parseNewArgs(argv);
    expect(parsed).toHaveProperty("error");
    expect((parsed as { error: string }).error).toMatch(message);
  });
});
