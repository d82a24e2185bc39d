import { printable } from "./printable";

/**
 * A problem found in the course content, pointing at the file, line and column an instructor must
 * fix. Errors stop the build; warnings are reported and let it go on.
 */
export interface ContentError {
  /** Path of the file, relative to the content directory, with `/` separators. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based column; 1 when the problem is the whole line. */
  column?: number;
  /** Default "error". */
  severity?: "error" | "warning";
  /** What was expected and what was found, in words an instructor understands. */
  message: string;
}

/** A finding that does not stop the build. */
export type ContentWarning = ContentError & { severity: "warning" };

export function isWarning(finding: ContentError): finding is ContentWarning {
  return finding.severity === "warning";
}

/**
 * `file:line:column: error: message` — the shape compilers use, so editors and CI can jump to it.
 * Names and quotes come from the course, so control characters are shown as escapes.
 */
export function formatContentError(error: ContentError): string {
  return printable(`${error.file}:${error.line}:${error.column ?? 1}: ${error.severity ?? "error"}: ${error.message}`);
}

/** Sorted by file, then line and column, so a long list reads top to bottom. */
export function sortContentErrors<Finding extends ContentError>(errors: readonly Finding[]): Finding[] {
  return [...errors].sort(
    (a, b) => (a.file === b.file ? a.line - b.line || (a.column ?? 1) - (b.column ?? 1) : a.file < b.file ? -1 : 1),
  );
}

/** "3 errors, 2 warnings in 41 files". */
export function summarizeFindings(findings: readonly ContentError[], fileCount: number): string {
  const warnings = findings.filter(isWarning).length;
  const errors = findings.length - warnings;
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(fileCount, "file")}`;
}

/** Thrown when the course cannot be built; its message lists every error, one per line. */
export class ContentErrorList extends Error {
  readonly errors: ContentError[];

  constructor(errors: readonly ContentError[]) {
    const sorted = sortContentErrors(errors);
    const count = `${sorted.length} ${sorted.length === 1 ? "error" : "errors"}`;
    super(`The course has ${count}:\n${sorted.map(formatContentError).join("\n")}`);
    this.name = "ContentErrorList";
    this.errors = sorted;
  }
}
