/**
 * `npm run new -- lesson "Title" --section Section-3`: writes a new lesson or quiz into the course
 * folder (`CONTENT_DIR` or `./content`) and prints its path and the address to open in `npm run dev`.
 * `quiz` and `classify` take `--lesson <slug>`, the lesson the quiz tests. Never overwrites a file.
 * Run with `tsx --conditions=react-server` (the loader is server-only code).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ContentErrorList } from "../lib/content/errors";
import { contentDir, readSourceFiles } from "../lib/content/load";
import { printable } from "../lib/content/printable";
import { NEW_KINDS, isNewKind, planNewFile, type NewKind } from "../lib/content/scaffold";

export const USAGE = `Usage: npm run new -- <${NEW_KINDS.join("|")}> "Title" [--section <name>] [--lesson <slug>]

  lesson     a lesson with two slides, numbered after the section's last lesson
  quiz       a multiple-choice quiz
  classify   a classification quiz (sort actions into categories)

  --section <name>   the section (written as \`section:\`; in a course of plain folders, also its folder)
  --lesson <slug>    for quiz and classify: the lesson the quiz tests

The file goes into CONTENT_DIR, or ./content; its path and the address to open are printed.
The -- after "npm run new" keeps npm from taking --section and --lesson for itself.`;

export interface NewArgs {
  kind: NewKind;
  title: string;
  section?: string;
  lesson?: string;
}

/** Reads the command line (without `node` and the script). Errors are one line each. */
export function parseNewArgs(argv: readonly string[]): NewArgs | { help: true } | { error: string } {
  const positional: string[] = [];
  const options: { section?: string; lesson?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") return { help: true };
    const option = /^--(section|lesson)(?:=([\s\S]*))?$/.exec(arg);
    if (option) {
      const name = option[1] as "section" | "lesson";
      let value = option[2];
      if (value === undefined) {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith("--")) return { error: `--${name}: expected a value after it, found ${next === undefined ? "nothing" : next}` };
        value = next;
        i++;
      }
      if (options[name] !== undefined) return { error: `--${name} given twice` };
      options[name] = value;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) return { error: `unknown option ${arg}: expected --section or --lesson (--help for usage)` };
    positional.push(arg);
  }

  const [kind, title, ...extra] = positional;
  if (kind === undefined) return { error: `expected what to create, ${NEW_KINDS.join(", ")}, then a title (--help for usage)` };
  if (!isNewKind(kind)) return { error: `unknown kind ${JSON.stringify(kind)}: expected one of ${NEW_KINDS.join(", ")}` };
  if (title === undefined) return { error: `expected a title after "${kind}", like: npm run new -- ${kind} "Reading files" --section Section-3` };
  if (extra.length > 0) {
    return { error: `expected one title, found ${[title, ...extra].map((word) => JSON.stringify(word)).join(" ")}; put the title in quotes` };
  }
  return { kind, title, ...options };
}

const NPM_FLAGS = ["section", "lesson"] as const;

/** Environment variables, as `process.env` holds them. */
type Environment = Readonly<Record<string, string | undefined>>;

/** Quotes a word for the shell when it needs it, so the command shown can be pasted as it is. */
function shellWord(word: string, always = false): string {
  return !always && /^[\w./:@%+=,-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, "\\$1")}"`;
}

/**
 * Without `--` after `npm run new`, npm takes `--section` and `--lesson` as its own settings: it
 * sets `npm_config_section` (to the value after `=`, or to "true" while the value after a space
 * comes through as a plain word) and passes the rest on. Returns the one line that says so with
 * the command to write instead, or undefined when npm took nothing. Which word was which flag's
 * value cannot be known when both came after a space: they are taken in the order of the usage.
 */
export function npmTookFlags(argv: readonly string[], env: Environment): string | undefined {
  const taken = NPM_FLAGS.filter((flag) => env[`npm_config_${flag}`] !== undefined);
  if (taken.length === 0) return undefined;
  const kindAt = argv.findIndex(isNewKind);
  const kind = kindAt === -1 ? "lesson" : argv[kindAt]!;
  const before = kindAt === -1 ? argv : argv.slice(0, kindAt);
  const after = kindAt === -1 ? [] : argv.slice(kindAt + 1);
  // The values npm passed on are the words before the kind and the last ones after the title, so a
  // title written without quotes keeps its words.
  const spaced = taken.filter((flag) => env[`npm_config_${flag}`] === "true");
  const fromAfter = Math.max(0, Math.min(after.length - 1, spaced.length - before.length));
  const titleWords = after.slice(0, after.length - fromAfter);
  const values = [...before, ...after.slice(after.length - fromAfter)];
  const title = titleWords.length > 0 ? titleWords.join(" ") : "Title";
  const options = taken.map((flag) => {
    const written = env[`npm_config_${flag}`]!;
    const value = written === "true" ? values[spaced.indexOf(flag)] : written;
    if (value === undefined) return `--${flag} ${flag === "section" ? "<section>" : "<lesson slug>"}`;
    return `--${flag} ${shellWord(value)}`;
  });
  const names = taken.map((flag) => `--${flag}`).join(" and ");
  return `npm took ${names} for itself: write npm run new -- ${kind} ${shellWord(title, true)} ${options.join(" ")}`;
}

/** The address of a page in `npm run dev`, which serves on PORT (3000) under BASE_PATH. */
export function devAddress(href: string, env: Environment): string {
  const base = (env.BASE_PATH ?? "").trim().replace(/\/+$/, "");
  const basePath = base === "" ? "" : base.startsWith("/") ? base : `/${base}`;
  return `http://localhost:${env.PORT || "3000"}${basePath}${href}`;
}

/** Every folder below `dir`, relative and `/`-separated, skipping names that start with `.` (as the loader does). */
function listFolders(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (!dirent.isDirectory() || dirent.name.startsWith(".") || dirent.name === "node_modules") continue;
    const relative = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    found.push(relative, ...listFolders(path.join(dir, dirent.name), relative));
  }
  return found;
}

/** The path to show: relative to the current folder, or absolute when the course lies outside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function run(argv: readonly string[]): number {
  const tookFlags = npmTookFlags(argv, process.env);
  if (tookFlags) return fail(tookFlags);
  const args = parseNewArgs(argv);
  if ("help" in args) {
    console.log(USAGE);
    return 0;
  }
  if ("error" in args) return fail(args.error);

  const dir = contentDir();
  let files;
  try {
    files = readSourceFiles(dir);
  } catch (error) {
    if (error instanceof ContentErrorList && error.errors[0]) return fail(`${error.errors[0].file}: ${error.errors[0].message}`);
    throw error;
  }
  const postsFolder = path.join(dir, "_posts");
  const plan = planNewFile({
    ...args,
    files,
    hasPostsFolder: existsSync(postsFolder) && statSync(postsFolder).isDirectory(),
    existingFolders: listFolders(dir),
    today: new Date(),
  });
  if ("error" in plan) return fail(plan.error);

  const target = path.join(dir, ...plan.path.split("/"));
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    // `wx`: fails rather than overwrites, even if the file appeared since the folder was read.
    writeFileSync(target, plan.content, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    if (isErrnoException(error) && error.code === "EEXIST") return fail(`${shownPath(target)} already exists`);
    throw error;
  }
  console.log(`Wrote ${printable(shownPath(target))}`);
  const dev = process.env.CONTENT_DIR ? `CONTENT_DIR=${shellWord(process.env.CONTENT_DIR)} npm run dev` : "npm run dev";
  console.log(`To see it, run \`${dev}\` and open ${devAddress(plan.href, process.env)}`);
  return 0;
}

function fail(message: string): number {
  console.error(`new: ${printable(message)}`);
  return 1;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
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

// Run only as a script, not when a test imports `parseNewArgs`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
