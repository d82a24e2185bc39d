import { readFileSync } from "node:fs";
import type { RootContent } from "mdast";
import { formatContentError, type ContentError } from "@/lib/content/errors";
import { readFrontMatter, type SourceParts } from "@/lib/content/front-matter";
import { renderSlideHtml } from "@/lib/content/render";

/** The renderer the app passes in, without a URL resolver: links stay as written. */
export function toHtml(nodes: RootContent[]): string {
  return renderSlideHtml({ type: "root", children: nodes });
}

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
}

/** Front matter and body of a source, failing the test on a YAML error (none is under test here). */
export function partsOf(file: string, source: string): SourceParts {
  const parts = readFrontMatter(file, source);
  if ("message" in parts) throw new Error(`unexpected YAML error: ${formatContentError(parts)}`);
  return parts;
}

/** Errors as an instructor reads them: `file:line: message`. */
export function formatted(errors: readonly ContentError[]): string[] {
  return errors.map(formatContentError);
}
