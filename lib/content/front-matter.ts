import { load as loadYaml } from "js-yaml";
import type { z } from "zod";
import type { ContentError } from "./errors";
import { explainNotAMapping, explainYamlError, quoteYaml } from "./yaml-errors";

/** A Markdown file split into its front matter data and its body. */
export interface SourceParts {
  data: Record<string, unknown>;
  /**
   * The raw YAML between the `---` lines, starting with the newline that ends the opening `---`
   * (so its line 0 is the file's line 1), for finding the line of a field.
   */
  yaml: string;
  /**
   * The body with the front matter replaced by blank lines, so line numbers in the parsed body
   * are line numbers in the file.
   */
  body: string;
}

const BOM = "\uFEFF";
const OPEN = "---";
const CLOSE = "\n---";
/** What may follow the opening `---`: nothing, or the name of YAML itself. */
const YAML_NAMES = new Set(["", "yaml", "yml"]);

/**
 * Splits front matter from the body and parses it as YAML, the only language a course may use:
 * front matter is untrusted input, and other front matter languages (`---js`) are code. Nothing here
 * can evaluate code: js-yaml 4's `load` has no JavaScript types. The delimiters follow Jekyll and
 * gray-matter, which the old course was written for: `---` on the first line, then everything up
 * to the next line that starts with `---`.
 */
export function readFrontMatter(file: string, source: string): SourceParts | ContentError {
  const text = source.startsWith(BOM) ? source.slice(1) : source;
  // `----` or a file that does not open with `---` has no front matter.
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === "-") return { data: {}, yaml: "", body: text };
  const firstLineEnd = text.search(/\r?\n/);
  const language = (firstLineEnd === -1 ? text.slice(OPEN.length) : text.slice(OPEN.length, firstLineEnd)).trim();
  if (!YAML_NAMES.has(language.toLowerCase())) {
    return { file, line: 1, message: `front matter must be YAML; found ---${language} (remove "${language}" after the opening ---)` };
  }
  const afterOpen = firstLineEnd === -1 ? "" : text.slice(firstLineEnd).replace(/^\r/, "");
  const closeAt = afterOpen.indexOf(CLOSE);
  if (closeAt === -1) return unclosedFrontMatter(file, afterOpen);
  const yaml = afterOpen.slice(0, closeAt);
  let body = afterOpen.slice(closeAt + CLOSE.length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);

  let data: unknown = {};
  // A block of nothing but comments and blank lines is empty front matter.
  if (yaml.replace(/^\s*#[^\n]+/gm, "").trim() !== "") {
    try {
      data = loadYaml(yaml);
    } catch (error) {
      const explained = explainYamlError(yaml, error);
      return lessonInFrontMatter(file, yaml, countLines(yaml) + 2, explained.line) ?? { file, ...explained };
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const meant = explainNotAMapping(yaml);
    return meant ? { file, ...meant } : { file, line: 2, message: "front matter: expected `key: value` lines, found something else" };
  }
  const headerLines = countLines(text.slice(0, text.length - body.length));
  return { data: { ...data }, yaml, body: "\n".repeat(headerLines) + body };
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}

/** A line the front matter of a lesson may hold: a key, an indented value, a list item, a comment. */
const FRONT_MATTER_LINE_RE = /^([A-Za-z_"'][^:]*:(\s|$)|\s+\S|-(\s|$)|#|\s*$)/;

/** A top-level `key:` line, as opposed to a value, list item or comment. */
const KEY_RE = /^[A-Za-z_"'][^:]*:(\s|$)/;

/**
 * Where the front matter seems to end in `lines` (the block's lines, from the file's line 2): the
 * index after its last line (0 for none), and the index of the line where the lesson seems to
 * start (-1 for none): the first line that is no YAML after a blank line, or the `#` line above it
 * (the lesson's first heading). After a `#` line only `key:` lines count as front matter.
 */
function frontMatterEnd(lines: readonly string[]): { lastKey: number; bodyStart: number } {
  let lastKey = 0;
  let gap = false;
  let firstHash = -1;
  for (const [index, line] of lines.entries()) {
    const blank = line.trim() === "";
    const hash = line.startsWith("#");
    const isKey = KEY_RE.test(line);
    if (!FRONT_MATTER_LINE_RE.test(line) || (firstHash !== -1 && !blank && !hash && !isKey)) {
      return { lastKey, bodyStart: firstHash !== -1 ? firstHash : gap ? index : -1 };
    }
    if (blank || hash) {
      gap = true;
      if (hash && firstHash === -1) firstHash = index;
    } else {
      lastKey = index + 1;
      gap = false;
      firstHash = -1;
    }
  }
  return { lastKey, bodyStart: -1 };
}

function closingLineHint(lines: readonly string[], lastKey: number): string {
  return lastKey === 0 ? "after line 1" : `after line ${lastKey + 1} (${lines[lastKey - 1]!.trim()})`;
}

/**
 * An opening `---` with no closing one: everything after it would be read as YAML and the lesson
 * would have no body. Says where the closing line goes: after the last line that looks like
 * front matter.
 */
function unclosedFrontMatter(file: string, afterOpen: string): ContentError {
  const lines = afterOpen.split(/\r?\n/).slice(1);
  const { lastKey } = frontMatterEnd(lines);
  return { file, line: 1, message: `front matter: the --- on line 1 opens it but no --- line closes it: add a line --- ${closingLineHint(lines, lastKey)}` };
}

/**
 * A YAML error past a blank line or heading, on a line that is no YAML: the lesson started
 * before the `---` that closes the front matter (a slide's `---` rule further down), so the
 * closing line is missing.
 */
function lessonInFrontMatter(file: string, yaml: string, closeLine: number, errorLine: number): ContentError | undefined {
  const lines = yaml.split(/\r?\n/).slice(1).map((line) => line.replace(/\r$/, ""));
  const { lastKey, bodyStart } = frontMatterEnd(lines);
  // The block's line 0 is the file's line 2.
  if (bodyStart === -1 || errorLine < bodyStart + 2) return undefined;
  const where = `line ${bodyStart + 2} (${lines[bodyStart]!.trim()})`;
  return {
    file,
    line: 1,
    message: `front matter: the lesson seems to start at ${where}, before the --- on line ${closeLine} that closes the front matter: add a line --- ${closingLineHint(lines, lastKey)}`,
  };
}

/** The 1-based file line of a top-level front matter key, or 1 (the opening `---`) if it is absent. */
export function lineOfKey(yaml: string, key: string): number {
  const lines = yaml.split(/\r?\n/);
  // The YAML block starts with the newline that ends the opening `---` line.
  const offset = lines[0] === "" ? 1 : 2;
  const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index === -1 ? 1 : index + offset;
}

/** Validates front matter against a schema, turning each issue into "field: expected X, found Y". */
export function validateFrontMatter<Schema extends z.ZodType>(
  schema: Schema,
  file: string,
  parts: SourceParts,
): { value: z.infer<Schema> } | { errors: ContentError[] } {
  const result = schema.safeParse(parts.data);
  if (result.success) return { value: result.data };
  // Without any front matter, say where the missing fields go: the file may never have had any.
  const noFrontMatter = parts.yaml.trim() === "";
  const errors = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "front matter");
    const found = parts.data[key];
    const hint = noFrontMatter && found === undefined ? `; add \`${key}: …\` between two \`---\` lines at the top of the file` : issue.code === "invalid_type" && issue.expected === "string" ? misreadValueHint(parts.yaml, key, found) : "";
    return { file, line: lineOfKey(parts.yaml, key), message: `${issue.path.join(".") || key}: ${describeIssue(issue, found)}${hint}` };
  });
  return { errors };
}

/** A value YAML reads as something else than the text it looks like: `#` and `&` start nothing, `[` a list, `{` a mapping. */
const MISREAD_VALUE_RE = /^[ \t]*:[ \t]+(?<value>[#&[{].*?)[ \t]*$/;

/**
 * Why `title: #1 Basics` reads as empty and `title: [Draft]` as a list, and the line that says what
 * was meant; only for fields that take text, where quoting is the fix.
 */
function misreadValueHint(yaml: string, key: string, found: unknown): string {
  if (found !== null && typeof found !== "object") return "";
  const line = lineOfKey(yaml, key);
  const text = yaml.split(/\r?\n/)[line - 1] ?? "";
  const value = text.startsWith(`${key}:`) ? MISREAD_VALUE_RE.exec(text.slice(key.length))?.groups?.value : undefined;
  if (!value) return "";
  const what = { "#": "a comment", "&": "an anchor name", "[": "a list", "{": "a mapping" }[value[0]!];
  const expected = found === null ? "#&".includes(value[0]!) : Array.isArray(found) ? value[0] === "[" : value[0] === "{";
  return expected ? ` (YAML reads "${value}" after ": " as ${what}): write ${key}: ${quoteYaml(value)}` : "";
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
};

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(found)}`;
    case "invalid_union":
      return `expected ${unionExpectation(issue)}, found ${describeValue(found)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describeValue(found)}`;
    case "too_small":
      return `expected non-empty text, found ${describeValue(found)}`;
    case "invalid_format":
      return `expected a number, found ${describeValue(found)}`;
    default:
      return issue.message;
  }
}

function unionExpectation(issue: z.core.$ZodIssueInvalidUnion): string {
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code === "invalid_type") expected.add(EXPECTED_WORDS[inner.expected] ?? inner.expected);
      if (inner.code === "invalid_format" || inner.code === "too_small") expected.add("a number");
    }
  }
  return expected.size > 0 ? [...expected].join(" or ") : "a different value";
}

/** Words for a front matter value that is not what was expected: "the number 42", "a list". */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value.trim() === "" ? "empty text" : `the text ${JSON.stringify(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return "a date";
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}
