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
import { devAddress, npmTookFlags, parseNewArgs } from "./new";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = path.join(ROOT, "lib/content/__fixtures__/jekyll-course");
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");

/**
 * Runs the real command, as `npm run new -- …` does, against the course in `contentDir`; `env` adds
 * what npm would set (`npm_config_section` when it took `--section` for itself).
 */
function runNew(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir };
  for (const name of ["npm_config_section", "npm_config_lesson", "PORT", "BASE_PATH"]) delete base[name];
  const result = spawnSync(process.execPath, [TSX_CLI, "--conditions=react-server", "scripts/new.ts", ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
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

  it("writes a lesson, prints its path and address, and the course still builds; the same call again fails in one line", { timeout: 20_000 }, () => {
    const args = ["lesson", "Reading files", "--section", "Section-3"];
    let first!: ReturnType<typeof runNew>;
    const prefixes = datePrefixes(() => (first = runNew(tmp, args)));
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);

    // The course lies outside the current folder, so the path is absolute.
    const [wrote, open, ...rest] = first.stdout.split("\n");
    const printed = wrote!.replace(/^Wrote /, "");
    expect(prefixes.map((prefix) => `Wrote ${path.join(tmp, "_posts", `${prefix}reading-files.md`)}`)).toContain(wrote);
    // The slug drops the date; dev serves the course named by CONTENT_DIR only when told so again.
    expect(open).toBe(`To see it, run \`CONTENT_DIR=${tmp} npm run dev\` and open http://localhost:3000/lessons/reading-files/1`);
    expect(rest).toEqual([""]);
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

  it("writes a quiz on that lesson with --section=…, numbering nothing; its address honours PORT and BASE_PATH", { timeout: 20_000 }, () => {
    const result = runNew(tmp, ["quiz", "Quiz: reading files", "--section=Section-3", "--lesson", "reading-files"], { PORT: "4123", BASE_PATH: "course/" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [wrote, open] = result.stdout.split("\n");
    expect(open).toMatch(/ and open http:\/\/localhost:4123\/course\/quizzes\/quiz-reading-files$/);
    const printed = wrote!.replace(/^Wrote /, "");
    expect(path.dirname(printed)).toBe(path.join(tmp, "_quizzes"));
    expect(fs.readFileSync(printed, "utf8")).toMatch(/^---\nlayout: quiz\ntitle: 'Quiz: reading files'\nsection: Section-3\nlesson: reading-files\n---\n/);

    const { course, errors } = buildCourse(readSourceFiles(tmp));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(course.sequence.find((entry) => entry.slug === "quiz-reading-files")).toMatchObject({ kind: "quiz", lessonSlug: "reading-files" });
  });
});

describe("npm run new without the --", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pagebreak-new-npm-"));
    fs.cpSync(FIXTURE, tmp, { recursive: true });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // What npm 11 hands the script for `npm run new lesson "My title" --section Basics`: it keeps
  // --section as its own setting ("true") and passes the value on as a plain word.
  it("says npm took --section and gives the command to write, writing nothing", { timeout: 20_000 }, () => {
    const before = fs.readdirSync(path.join(tmp, "_posts"));
    const result = runNew(tmp, ["lesson", "My title", "Basics"], { npm_config_section: "true" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('new: npm took --section for itself: write npm run new -- lesson "My title" --section Basics\n');
    expect(fs.readdirSync(path.join(tmp, "_posts"))).toEqual(before);
  });

  it.each([
    // --section=Sec 3: npm keeps the value itself and passes nothing on.
    [["lesson", "My title"], { npm_config_section: "Section 3" }, 'npm took --section for itself: write npm run new -- lesson "My title" --section "Section 3"'],
    // Both flags after a space: their values come last, in the order of the usage.
    [["quiz", "Check", "Basics", "intro"], { npm_config_section: "true", npm_config_lesson: "true" }, 'npm took --section and --lesson for itself: write npm run new -- quiz "Check" --section Basics --lesson intro'],
    // The flag before the kind: its value comes first. A title without quotes keeps its words.
    [["Basics", "lesson", "My", "title"], { npm_config_section: "true" }, 'npm took --section for itself: write npm run new -- lesson "My title" --section Basics'],
    [["lesson", "My", "title", "Basics"], { npm_config_section: "true" }, 'npm took --section for itself: write npm run new -- lesson "My title" --section Basics'],
    // `--section` with no value at all.
    [["lesson", "T"], { npm_config_section: "true" }, 'npm took --section for itself: write npm run new -- lesson "T" --section <section>'],
    [["classify", 'Say "hi" for $5'], { npm_config_lesson: "x" }, 'npm took --lesson for itself: write npm run new -- classify "Say \\"hi\\" for \\$5" --lesson x'],
  ])("%j with %j", (argv, env, message) => {
    expect(npmTookFlags(argv, env)).toBe(message);
  });

  it("stays quiet when npm took nothing (the -- was there)", () => {
    expect(npmTookFlags(["lesson", "My title", "--section", "Basics"], { npm_config_cache: "/tmp" })).toBeUndefined();
  });
});

describe("devAddress", () => {
  it("is the dev server's address under PORT and BASE_PATH, written either way", () => {
    expect(devAddress("/lessons/a/1", {})).toBe("http://localhost:3000/lessons/a/1");
    expect(devAddress("/quizzes/q", { PORT: "8080", BASE_PATH: "/course/" })).toBe("http://localhost:8080/course/quizzes/q");
    expect(devAddress("/quizzes/q", { BASE_PATH: "course" })).toBe("http://localhost:3000/course/quizzes/q");
    expect(devAddress("/quizzes/q", { BASE_PATH: "/" })).toBe("http://localhost:3000/quizzes/q");
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
