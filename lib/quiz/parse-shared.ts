import type { ContentError } from "@/lib/content/errors";
import { sortContentErrors } from "@/lib/content/errors";
import type { Problem } from "./details";
import type { QuizFrontMatter } from "./schema";
import type { QuizSettings } from "./types";

/** What a quiz parser returns: the quiz only when the file has no errors, and then none. */
export interface QuizParse<Quiz> {
  quiz?: Quiz;
  errors: ContentError[];
}

/** The settings every quiz takes from its front matter, with the intro rendered from its body. */
export function quizSettings(front: QuizFrontMatter, introHtml: string): QuizSettings {
  return { title: front.title, introHtml, mode: front.mode, pass: front.pass / 100, shuffle: front.shuffle };
}

/** Front matter errors and body problems of one file, top to bottom. */
export function fileErrors(file: string, frontErrors: readonly ContentError[], problems: readonly Problem[]): ContentError[] {
  return sortContentErrors([...frontErrors, ...problems.map((problem) => ({ file, ...problem }))]);
}

/** The last line of a body, where "found nothing" points when a file has no content at all. */
export function lastLine(body: string): number {
  return body.replace(/\r?\n$/, "").split("\n").length;
}
