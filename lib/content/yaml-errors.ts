/**
 * Turns a YAML error in front matter into a sentence an instructor can act on: which line, what is
 * wrong with it in plain words, and for the classic mistakes the line rewritten as it should be.
 * js-yaml's own sentence ("bad indentation of a mapping entry") names the parser's state, not the
 * author's mistake, and its position is often the line after the mistake.
 */

/** A YAML problem at a line of the Markdown file. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

interface YamlException {
  reason?: string;
  mark?: { line?: number; column?: number };
}

/** `key: value` on a line, with the key's indentation; the value without trailing spaces. */
const KEY_LINE_RE = /^(?<indent>[ \t]*)(?<key>[A-Za-z_][\w.-]*|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+(?<value>.*?))?[ \t]*$/;
/** A top-level `key:value` line: the colon is followed by text, not by a space. */
const NO_SPACE_RE = /^(?<key>[A-Za-z_][\w-]*):(?<value>[^\s:/][^:]*)$/;
/** A line of words with no colon at all, at the top level: `title Lesson 3`. */
const NO_COLON_RE = /^(?<key>[A-Za-z_][\w-]*)[ \t]+(?<value>[^:#]+)$/;
/**
 * Keys a lesson, quiz or section file uses: a line without a colon is read as `key: value` only
 * when it starts with one of these, since a line of prose ("Just some notes") is no key.
 */
const KNOWN_KEYS = new Set(["title", "section", "lesson", "order", "description", "kind", "name", "categories", "pass", "mode", "shuffle", "layout", "date", "permalink", "tags"]);
/** Characters YAML reserves at the start of a plain value. */
const RESERVED_START = new Set(["@", "`", "%", ","]);
/** Characters that start YAML syntax when they begin a value, and what that syntax is. */
const SYNTAX_START: Record<string, string> = {
  "*": 'an alias to an anchor ("*name")',
  "&": 'an anchor ("&name")',
  "!": 'a tag ("!name")',
  "|": "a block of text on the lines below",
  ">": "a folded block of text on the lines below",
  "[": "a list",
  "{": "a mapping",
  "-": "a list item",
  "?": "a complex key",
};

/** js-yaml's reasons that need no interpretation, in plain words. */
const PLAIN_REASONS: [RegExp, string][] = [
  [/^bad indentation/, "this line is indented differently from the lines around it"],
  [/^end of the stream or a document separator is expected/, "expected `key: value` lines"],
  [/^unknown tag/, "a value starting with ! is a YAML tag, which front matter does not use"],
  [/^unidentified alias/, "a value starting with * names a YAML anchor that does not exist"],
  [/^duplicated mapping key/, "a key is given twice"],
  [/^(unknown escape sequence|expected hexadecimal character)/, "in double quotes a backslash starts an escape like \\n: write \\\\ for a backslash, or use single quotes"],
  [/^unexpected end of the stream/, "the front matter ends in the middle of a value"],
];

/**
 * The problem behind a js-yaml exception. `yaml` is the block between the `---` lines, starting
 * with the newline that ends the opening `---`: its line 0 is the file's line 1.
 */
export function explainYamlError(yaml: string, error: unknown): YamlProblem {
  const lines = linesOf(yaml);
  const exception = isYamlException(error) ? error : {};
  const reason = exception.reason ?? (error instanceof Error ? (error.message.split("\n")[0] ?? "") : "");
  const markLine = clamp(exception.mark?.line ?? 0, 0, lines.length - 1);
  const markColumn = (exception.mark?.column ?? 0) + 1;

  const found = missingSpace(lines, markLine) ?? missingColon(lines, markLine);
  if (found && /^(end of the stream|can not read a block mapping)/.test(reason)) return found;

  if (reason.startsWith("tab characters")) {
    return at(lines, markLine, 1, "YAML indents with spaces, never tabs: replace the tab with spaces, or remove it before a top-level key");
  }
  if (reason.startsWith("duplicated mapping key")) return duplicateKey(lines, markLine);
  if (/within a (single|double) quoted scalar/.test(reason)) return unclosedQuote(lines, markLine, reason.includes("single") ? "'" : '"');
  if (/flow collection/.test(reason)) return unclosedBracket(lines, markLine) ?? fallback(lines, markLine, markColumn, reason);

  const valueProblem = badValue(lines, markLine, reason);
  if (valueProblem) return valueProblem;
  if (reason.startsWith("bad indentation")) {
    const indented = /^[ \t]+\S/.test(lines[markLine] ?? "");
    if (indented) return at(lines, markLine, 1, "this line is indented, so YAML reads it as part of the key above: start a top-level key at the beginning of the line");
  }
  return fallback(lines, markLine, markColumn, reason);
}

/**
 * What a front matter block that parsed into something other than `key: value` pairs probably
 * meant (`title:Lesson` alone is one string), or undefined.
 */
export function explainNotAMapping(yaml: string): YamlProblem | undefined {
  const lines = linesOf(yaml);
  return missingSpace(lines, lines.length - 1) ?? missingColon(lines, lines.length - 1);
}

/** `value` in quotes YAML reads back as the same text: single quotes, unless the value holds one. */
export function quoteYaml(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"') && !value.includes("\\")) return `"${value}"`;
  return `'${value.replaceAll("'", "''")}'`;
}

/** The block's lines; the last keeps no `\r` of a CRLF file (the block ends before the closing `\n---`). */
function linesOf(yaml: string): string[] {
  return yaml.split(/\r?\n/).map((line) => line.replace(/\r$/, ""));
}

function isYamlException(error: unknown): error is YamlException {
  return typeof error === "object" && error !== null && "mark" in error;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** A problem on the line at `index` of the block, quoting it. */
function at(lines: readonly string[], index: number, column: number, sentence: string): YamlProblem {
  return { line: index + 1, column, message: `front matter: ${sentence} (the line reads: ${lines[index]?.trimEnd() ?? ""})` };
}

/** A problem with a fix: the line as written and as it should be. */
function rewrite(index: number, column: number, sentence: string, fixed: string, original: string): YamlProblem {
  return { line: index + 1, column, message: `front matter: ${sentence}: write ${fixed} instead of ${original.trim()}` };
}

function fallback(lines: readonly string[], index: number, column: number, reason: string): YamlProblem {
  const plain = PLAIN_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason.replace(/\s+/g, " ").trim();
  return at(lines, index, column, `not valid YAML: ${plain}`);
}

/** The last `key:value` line at or before `upTo` (js-yaml notices it on a later line). */
function missingSpace(lines: readonly string[], upTo: number): YamlProblem | undefined {
  for (let index = upTo; index >= 1; index--) {
    const match = NO_SPACE_RE.exec(lines[index] ?? "");
    if (match?.groups) {
      const { key, value } = match.groups;
      return rewrite(index, key!.length + 2, "a key needs a space after its colon", `${key}: ${value}`, lines[index]!);
    }
  }
  return undefined;
}

/** The last top-level line of words without a colon at or before `upTo`: `lesson 3`. */
function missingColon(lines: readonly string[], upTo: number): YamlProblem | undefined {
  for (let index = upTo; index >= 1; index--) {
    const match = NO_COLON_RE.exec(lines[index] ?? "");
    if (match?.groups && KNOWN_KEYS.has(match.groups.key!.toLowerCase())) {
      const { key, value } = match.groups;
      return rewrite(index, key!.length + 1, `expected \`key: value\`, found no colon after "${key}"`, `${key}: ${value!.trim()}`, lines[index]!);
    }
  }
  return undefined;
}

function duplicateKey(lines: readonly string[], index: number): YamlProblem {
  const key = KEY_LINE_RE.exec(lines[index] ?? "")?.groups?.key;
  if (!key) return at(lines, index, 1, "a key is given twice: keep one of the two lines");
  const first = lines.findIndex((line, other) => other < index && KEY_LINE_RE.exec(line)?.groups?.key === key);
  const where = first === -1 ? "" : ` (first on line ${first + 1})`;
  return at(lines, index, 1, `"${key.replace(/^["']|["']$/g, "")}" is given twice${where}: keep one of the two lines`);
}

/** The value that opens a quote it never closes, at or before where the YAML ran out. */
function unclosedQuote(lines: readonly string[], upTo: number, quote: string): YamlProblem {
  for (let index = upTo; index >= 1; index--) {
    const groups = KEY_LINE_RE.exec(lines[index] ?? "")?.groups;
    const value = groups?.value;
    if (value?.startsWith(quote) && !closesQuote(value, quote)) {
      const column = lines[index]!.indexOf(value) + 1;
      return rewrite(index, column, `the ${quote} that opens the value of "${groups!.key}" is never closed`, `${groups!.indent}${groups!.key}: ${value}${quote}`, lines[index]!);
    }
  }
  return at(lines, upTo, 1, `not valid YAML: a ${quote} opens a value that is never closed`);
}

/** True when a quoted value ends with its closing quote (a doubled `''` is a quote inside single quotes). */
function closesQuote(value: string, quote: string): boolean {
  if (value.length < 2 || !value.endsWith(quote)) return false;
  if (quote === '"') return !/(^|[^\\])(\\\\)*\\"$/.test(value);
  return /^'(?:[^']|'')*'$/.test(value);
}

/** The line that opens a `[` or `{` it does not close, at or before where js-yaml noticed. */
function unclosedBracket(lines: readonly string[], upTo: number): YamlProblem | undefined {
  for (let index = upTo; index >= 1; index--) {
    const groups = KEY_LINE_RE.exec(lines[index] ?? "")?.groups;
    const value = groups?.value;
    if (!value || (value[0] !== "[" && value[0] !== "{")) continue;
    const close = value[0] === "[" ? "]" : "}";
    if (value.endsWith(close)) continue;
    const column = lines[index]!.indexOf(value) + 1;
    const what = value[0] === "[" ? "list" : "mapping";
    return rewrite(
      index,
      column,
      `the ${what} that "${value[0]}" opens is never closed with "${close}" (if the brackets are part of the text, quote it)`,
      `${groups.key}: ${quoteYaml(value)}`,
      lines[index]!,
    );
  }
  return undefined;
}

/**
 * A top-level value YAML cannot read as plain text: one that holds `: `, starts with a reserved
 * or syntax character, or goes on after its closing quote. The line is where js-yaml stopped, or
 * above it (an unknown tag is reported on the next line).
 */
function badValue(lines: readonly string[], markLine: number, reason: string): YamlProblem | undefined {
  for (const index of [markLine, markLine - 1]) {
    const line = lines[index];
    const groups = line === undefined || index < 1 ? undefined : KEY_LINE_RE.exec(line)?.groups;
    const value = groups?.value;
    if (!groups || !value) continue;
    const { key, indent } = groups;
    const column = line!.indexOf(value, indent!.length + key!.length) + 1;
    const fixed = `${indent}${key}: ${quoteYaml(value)}`;
    const first = value[0]!;
    if (first === "'" || first === '"') {
      if (closesQuote(value, first)) continue;
      const inner = value.slice(1);
      if (!inner.includes(first)) continue;
      const whole = first === "'" ? `"${value.replaceAll('"', '\\"')}"` : quoteYaml(value);
      return rewrite(index, column, `the value of "${key}" goes on after its closing ${first}: quote all of it`, `${indent}${key}: ${whole}`, line!);
    }
    if (RESERVED_START.has(first)) {
      return rewrite(index, column, `a value cannot start with "${first}" unless it is quoted (YAML reserves the character)`, fixed, line!);
    }
    const syntax = SYNTAX_START[first];
    const isSyntax = syntax && (first !== "-" && first !== "?" ? true : /^[-?](\s|$)/.test(value));
    if (isSyntax && !(first === "[" && value.endsWith("]")) && !(first === "{" && value.endsWith("}"))) {
      return rewrite(index, column, `a value that starts with "${first}" is read as ${syntax}, not as text: quote it`, fixed, line!);
    }
    if ((/: /.test(value) || value.endsWith(":")) && reason.startsWith("bad indentation")) {
      return rewrite(index, column, `a ${key} that contains ": " needs quotes (YAML would read a second key)`, fixed, line!);
    }
  }
  return undefined;
}
