import { readFileSync } from "node:fs";
import path from "node:path";
import type { RootContent } from "mdast";
import { readFrontMatter } from "../lib/content/front-matter";
import { plainText } from "../lib/quiz/markdown";
import { parseChoiceQuiz, parseClassifyQuiz } from "../lib/quiz/parse";
import type { ChoiceQuiz, ClassifyQuiz } from "../lib/quiz/types";

// The answer key comes from the quiz's own Markdown, read by the same parser the app uses, so the
// tests check the app against the source of truth rather than against numbers copied into them.

function parts(file: string) {
  const source = readFileSync(path.join("content", file), "utf8");
  const read = readFrontMatter(file, source);
  if ("message" in read) throw new Error(read.message);
  return read;
}

/**
 * How the key holds rich text (explanations, prompts): left out by default; `"text"` keeps it as
 * plain text, for tests that look for an explanation on the page.
 */
type RichText = "none" | "text";

const renderers = { none: () => "", text: (nodes: RootContent[]) => plainText(nodes) };

export function classifyKey(file: string, rich: RichText = "none"): ClassifyQuiz {
  const { quiz, errors } = parseClassifyQuiz(file, parts(file), renderers[rich]);
  if (!quiz) throw new Error(errors.map((error) => error.message).join("\n"));
  return quiz;
}

export function choiceKey(file: string, rich: RichText = "none"): ChoiceQuiz {
  const { quiz, errors } = parseChoiceQuiz(file, parts(file), renderers[rich]);
  if (!quiz) throw new Error(errors.map((error) => error.message).join("\n"));
  return quiz;
}
