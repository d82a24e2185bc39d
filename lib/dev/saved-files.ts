import { formatContentError, type ContentError } from "../content/errors";
import { printable } from "../content/printable";

const README_RE = /(^|\/)readme\.md$/i;

/**
 * A changed path (relative to the content folder, `/`-separated) that pages may show: not inside
 * or named like a hidden file (editors' swap files, the dev server's own log) and not a README,
 * which is documentation for instructors. Folders count: a folder of lessons may be moved in.
 */
export function affectsPages(relative: string): boolean {
  if (relative === "" || relative.split("/").some((part) => part.startsWith(".") || part === "node_modules")) return false;
  return !README_RE.test(relative);
}

/** The files the course check reports on: lessons and quizzes, and SVGs (checked for script). */
export function isCheckedFile(relative: string): boolean {
  return affectsPages(relative) && /\.(md|svg)$/i.test(relative);
}

/**
 * What the dev terminal prints after files were saved: each saved file's errors and warnings in
 * `npm run check:content`'s `file:line:column: error|warning: message` shape, so an editor's
 * terminal links them; `✓ file: no problems` for a clean one, so fixing the last problem shows too.
 */
export function savedFilesReport(saved: readonly string[], findings: readonly ContentError[], exists: (relative: string) => boolean): string[] {
  return [...new Set(saved)]
    .filter(isCheckedFile)
    .sort()
    .flatMap((file) => {
      if (!exists(file)) return [printable(`${file}: deleted`)];
      const own = findings.filter((finding) => finding.file === file);
      return own.length > 0 ? own.map(formatContentError) : [printable(`✓ ${file}: no problems`)];
    });
}
