/**
 * `npm run key -- <quiz file or slug>`: prints a quiz's answer key as a table (item, answer, the
 * explanation's first words, sources, the slide it teaches), for the instructor. The quiz is one of
 * the course in `CONTENT_DIR` (or `./content`), named by its slug or its file. `npm run dev` shows
 * the same key in full at `/quizzes/<slug>/key`.
 * Run with `tsx --conditions=react-server` (the loader is server-only code).
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { quizAnswerKey } from "../lib/content/answer-key";
import { buildCourse, type BrokenEntry, type Course, type CourseEntry } from "../lib/content/course";
import { editDistance } from "../lib/content/edit-distance";
import { formatContentError } from "../lib/content/errors";
import { contentDir, readCourseFolder } from "../lib/content/load";
import { printable } from "../lib/content/printable";
import { formatAnswerKey } from "../lib/quiz/answer-key";

export const USAGE = `Usage: npm run key -- <quiz file or slug>

Prints the quiz's answer key: each item with its right answer, the explanation's first words, its
sources and the slide it teaches (* when suggested, with no Lesson: line). The quiz is one of the
course in CONTENT_DIR, or ./content: its slug (the end of /quizzes/<slug>) or its file.
In \`npm run dev\`, /quizzes/<slug>/key shows the same key in full.`;

/**
 * The quiz an argument names: a file of the course (relative to the folder the command was typed in
 * or to the course folder, or absolute), or a slug; a quiz that does not parse comes back with its
 * errors. Or one line saying why none. `npm run` runs scripts in the project's folder and passes
 * the folder it was typed in as INIT_CWD.
 */
export function findQuiz(course: Course, written: string, dir: string, cwd = process.env.INIT_CWD || process.cwd()): CourseEntry | BrokenEntry | { error: string } {
  const quizzes = course.sequence.filter((entry) => entry.quiz);
  const asFile = [path.resolve(cwd, written), path.resolve(dir, written)].find((file) => existsSync(file) && statSync(file).isFile());
  if (asFile) {
    const relative = path.relative(dir, asFile).split(path.sep).join("/");
    if (relative.startsWith("../") || path.isAbsolute(relative)) return { error: `${written} is not in the course folder ${dir}: set CONTENT_DIR to the course it belongs to` };
    const entry = course.sequence.find((candidate) => candidate.file === relative.normalize("NFC"));
    const broken = course.broken.find((candidate) => candidate.file === relative.normalize("NFC"));
    if (broken) return broken;
    if (!entry) return { error: `${relative} is not a page of the course (is it a README or a section file?)` };
    return entry.quiz ? entry : { error: `${relative} is a ${entry.kind}, not a quiz` };
  }
  const entry = course.sequence.find((candidate) => candidate.slug === written);
  const broken = course.broken.find((candidate) => candidate.slug === written);
  if (broken) return broken;
  if (entry) return entry.quiz ? entry : { error: `"${written}" is a ${entry.kind} (${entry.file}), not a quiz` };
  if (quizzes.length === 0) return { error: `no file or quiz "${written}": the course in ${dir} has no quizzes` };
  const nearest = [...quizzes].sort((a, b) => editDistance(written, a.slug) - editDistance(written, b.slug))[0]!;
  const close = editDistance(written, nearest.slug) <= Math.max(2, Math.floor(nearest.slug.length / 4));
  return {
    error: close
      ? `no file or quiz "${written}"; did you mean ${nearest.slug}?`
      : `no file or quiz "${written}"; the quizzes are ${quizzes.map((quiz) => quiz.slug).join(", ")}`,
  };
}

function run(argv: readonly string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (argv.length !== 1) return fail(argv.length === 0 ? "expected a quiz: its file or its slug (--help for usage)" : `expected one quiz, found ${argv.length} arguments (--help for usage)`);
  const dir = contentDir();
  const { files, errors } = readCourseFolder(dir);
  // A file that cannot be read is reported only when it is the one asked for.
  const { course } = buildCourse(files);
  const found = findQuiz(course, argv[0]!, dir);
  if ("error" in found) {
    const unreadable = errors.find((error) => path.resolve(dir, error.file) === path.resolve(process.env.INIT_CWD || process.cwd(), argv[0]!));
    return fail(unreadable ? formatContentError(unreadable) : found.error);
  }
  const key = "errors" in found ? found : quizAnswerKey(course, found);
  if ("errors" in key) {
    for (const error of key.errors) console.error(printable(formatContentError(error)));
    return fail(`${found.file} has errors: fix them, then ask for its key again`);
  }
  // Each line made printable on its own: the course is untrusted text, the table's newlines are ours.
  process.stdout.write(formatAnswerKey(key.key).split("\n").map(printable).join("\n"));
  return 0;
}

function fail(message: string): number {
  console.error(`key: ${printable(message)}`);
  return 1;
}

/** Runs the command; anything unexpected is one line too, never a stack trace. */
export function main(argv: readonly string[]): number {
  try {
    return run(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(message.split("\n")[0] || "unexpected error");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
