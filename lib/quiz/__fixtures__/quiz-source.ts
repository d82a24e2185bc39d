import { readFileSync } from "node:fs";
import type { RootContent } from "mdast";
import { formatContentError, type ContentError } from "@/lib/content/errors";
import { readFrontMatter, type SourceParts } from "@/lib/content/front-matter";
import { renderSlideHtml } from "@/lib/content/render";
import { expect } from "vitest";
import type { QuizParse, ToHtml } from "../parse";

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

/**
 * A parser bound to one file name, with the two ways tests call it: expecting a quiz (and no
 * errors), or expecting errors (and no quiz).
 */
export function parserFor<Quiz>(file: string, parser: (file: string, parts: SourceParts, toHtml: ToHtml) => QuizParse<Quiz>) {
  const parse = (source: string) => parser(file, partsOf(file, source), toHtml);
  return {
    parse,
    quizOf(source: string): Quiz {
      const { quiz, errors } = parse(source);
      expect(formatted(errors)).toEqual([]);
      if (!quiz) throw new Error("expected a quiz");
      return quiz;
    },
    errorsOf(source: string): string[] {
      const { quiz, errors } = parse(source);
      expect(quiz).toBeUndefined();
      return formatted(errors);
    },
  };
}
