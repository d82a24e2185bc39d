/** A problem found in the course content, pointing at the file and line an instructor must fix. */
export interface ContentError {
  /** Path of the file, relative to the content directory, with `/` separators. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What was expected and what was found, in words an instructor understands. */
  message: string;
}

/** `file:line: message` — the shape compilers use, so editors can jump to it. */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

/** Sorted by file, then line, so a long list reads top to bottom. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
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
