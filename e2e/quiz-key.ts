import { readFileSync } from "node:fs";
import path from "node:path";
import { readFrontMatter } from "../lib/content/front-matter";
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

export function classifyKey(file: string): ClassifyQuiz {
  const { quiz, errors } = parseClassifyQuiz(file, parts(file), () => "");
  if (!quiz) throw new Error(errors.map((error) => error.message).join("\n"));
  return quiz;
}

export function choiceKey(file: string): ChoiceQuiz {
  const { quiz, errors } = parseChoiceQuiz(file, parts(file), () => "");
  if (!quiz) throw new Error(errors.map((error) => error.message).join("\n"));
  return quiz;
}
