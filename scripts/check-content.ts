/**
 * `npm run check:content [folder] [--format json] [--max-words N] [--suggest-lessons]`: checks a
 * course without building the app. Prints `path:line:column: error|warning: message` for every
 * finding, sorted by file, then a summary; exits 1 when there is any error. The build runs the same
 * check first. `--suggest-lessons` adds a `note:` line for every quiz item without a `Lesson:` line,
 * with the line to paste under it; suggestions never change the exit status.
 * Run with `tsx --conditions=react-server` (the loader is server-only code).
 */
import path from "node:path";
import { DEFAULT_MAX_SLIDE_WORDS } from "../lib/content/check";
import { formatContentError, isWarning, summarizeFindings } from "../lib/content/errors";
import { lessonSuggestions, type LessonSuggestion } from "../lib/content/lesson-suggestions";
import { checkContentFolder, contentDir } from "../lib/content/load";
import { saveCheckedCourse } from "../lib/content/checked-course";
import { printable } from "../lib/content/printable";

const USAGE = "usage: npm run check:content -- [folder] [--format text|json] [--max-words N] [--suggest-lessons]";
/** What next.config.js passes: where to save the checked course for the build's workers (checked-course.ts). */
const SAVE_FLAG = "--save-course";

interface Args {
  dir: string;
  format: "text" | "json";
  maxWords: number;
  suggestLessons: boolean;
  saveTo?: string;
}

function parseArgs(argv: string[]): Args | string {
  let dir: string | undefined;
  let format: "text" | "json" = "text";
  let suggestLessons = false;
  let saveTo: string | undefined;
  const fromEnv = process.env.PAGEBREAK_MAX_SLIDE_WORDS;
  let maxWords = fromEnv ? Number(fromEnv) : DEFAULT_MAX_SLIDE_WORDS;
  if (!Number.isInteger(maxWords) || maxWords < 1) return `PAGEBREAK_MAX_SLIDE_WORDS takes a whole number above 0, not ${fromEnv}`;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === "--format") {
      const chosen = value();
      if (chosen !== "text" && chosen !== "json") return `--format takes text or json, not ${chosen ?? "nothing"}`;
      format = chosen;
    } else if (flag === "--max-words") {
      maxWords = Number(value());
      if (!Number.isInteger(maxWords) || maxWords < 1) return "--max-words takes a whole number above 0";
    } else if (flag === SAVE_FLAG) {
      saveTo = value();
      if (!saveTo) return `${SAVE_FLAG} takes a file`;
    } else if (flag === "--suggest-lessons" && inline === undefined) {
      suggestLessons = true;
    } else if (flag?.startsWith("-")) {
      return `unknown option ${flag}`;
    } else if (dir === undefined) {
      dir = argv[i];
    } else {
      return `one folder at a time, not ${dir} and ${argv[i]}`;
    }
  }
  return { dir: dir ? path.resolve(dir) : contentDir(), format, maxWords, suggestLessons, saveTo };
}

/** `file:line:1: note: Lesson: [title](path.md#n)`: the compilers' shape, so editors jump to the item. */
function suggestionLine(suggestion: LessonSuggestion): string {
  const note = suggestion.lessonLine ?? "no slide of this quiz's section matches this item; write its Lesson: line yourself";
  return printable(`${suggestion.file}:${suggestion.line}:1: note: ${note}`);
}

function suggestionsSummary(suggestions: readonly LessonSuggestion[]): string {
  const found = suggestions.filter((suggestion) => suggestion.lessonLine).length;
  if (suggestions.length === 0) return "Every quiz item has a Lesson: line";
  return `${found} of ${suggestions.length} quiz item${suggestions.length === 1 ? "" : "s"} without a Lesson: line got a suggestion: paste each under its item, after reading the slide`;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`check:content: ${printable(args)}\n${USAGE}`);
    return 2;
  }
  const { course, findings, fileCount } = checkContentFolder(args.dir, args.maxWords);
  const errorCount = findings.filter((finding) => !isWarning(finding)).length;
  // The pages load the course with the default word limit: only that result stands in for theirs.
  if (args.saveTo && errorCount === 0 && args.maxWords === DEFAULT_MAX_SLIDE_WORDS) saveCheckedCourse(args.saveTo, args.dir, { course, findings });
  const suggestions = args.suggestLessons ? lessonSuggestions(course) : undefined;
  if (args.format === "json") {
    const rows = findings.map(({ file, line, column, severity, message }) => ({ file, line, column: column ?? 1, severity: severity ?? "error", message }));
    const suggested = suggestions?.map(({ file, line, slide, lessonLine }) => ({ file, line, lessonLine: lessonLine ?? null, slug: slide?.slug ?? null, slide: slide?.slide ?? null, title: slide?.title ?? null }));
    const report = { folder: args.dir, files: fileCount, errors: errorCount, warnings: findings.length - errorCount, findings: rows, ...(suggested && { suggestions: suggested }) };
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const finding of findings) console.log(formatContentError(finding));
    for (const suggestion of suggestions ?? []) console.log(suggestionLine(suggestion));
    const shown = path.relative(process.cwd(), args.dir);
    const folder = shown === "" ? "." : shown.startsWith("..") ? args.dir : shown;
    const listed = findings.length + (suggestions?.length ?? 0) > 0;
    if (suggestions) console.log(`${listed ? "\n" : ""}${suggestionsSummary(suggestions)}`);
    console.log(`${listed && !suggestions ? "\n" : ""}${summarizeFindings(findings, fileCount)} (${printable(folder)})`);
  }
  return errorCount > 0 ? 1 : 0;
}

process.exitCode = main();
