/**
 * `npm run check:content [folder] [--format json] [--max-words N]`: checks a course without
 * building the app. Prints `path:line:column: error|warning: message` for every finding, sorted by
 * file, then a summary; exits 1 when there is any error. The build runs the same check first.
 * Run with `tsx --conditions=react-server` (the loader is server-only code).
 */
import path from "node:path";
import { DEFAULT_MAX_SLIDE_WORDS } from "../lib/content/check";
import { formatContentError, isWarning, summarizeFindings } from "../lib/content/errors";
import { checkContentFolder, contentDir } from "../lib/content/load";
import { printable } from "../lib/content/printable";

const USAGE = "usage: npm run check:content -- [folder] [--format text|json] [--max-words N]";

function parseArgs(argv: string[]): { dir: string; format: "text" | "json"; maxWords: number } | string {
  let dir: string | undefined;
  let format: "text" | "json" = "text";
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
    } else if (flag?.startsWith("-")) {
      return `unknown option ${flag}`;
    } else if (dir === undefined) {
      dir = argv[i];
    } else {
      return `one folder at a time, not ${dir} and ${argv[i]}`;
    }
  }
  return { dir: dir ? path.resolve(dir) : contentDir(), format, maxWords };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`check:content: ${printable(args)}\n${USAGE}`);
    return 2;
  }
  const { findings, fileCount } = checkContentFolder(args.dir, args.maxWords);
  const errorCount = findings.filter((finding) => !isWarning(finding)).length;
  if (args.format === "json") {
    const rows = findings.map(({ file, line, column, severity, message }) => ({ file, line, column: column ?? 1, severity: severity ?? "error", message }));
    console.log(JSON.stringify({ folder: args.dir, files: fileCount, errors: errorCount, warnings: findings.length - errorCount, findings: rows }, null, 2));
  } else {
    for (const finding of findings) console.log(formatContentError(finding));
    const shown = path.relative(process.cwd(), args.dir);
    const folder = shown === "" ? "." : shown.startsWith("..") ? args.dir : shown;
    console.log(`${findings.length > 0 ? "\n" : ""}${summarizeFindings(findings, fileCount)} (${printable(folder)})`);
  }
  return errorCount > 0 ? 1 : 0;
}

process.exitCode = main();
