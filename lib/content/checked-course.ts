import "server-only";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { CheckResult } from "./check";

/**
 * The course as the build's content check loaded it, handed to Next's build workers. Parsing the
 * Markdown is most of loading a course (6 s for 1,000 lessons here), and a build would otherwise do
 * it again in every worker that collects page data or renders pages. next.config.js names the file
 * in PAGEBREAK_CHECKED_COURSE (a temporary folder of this build, removed when it ends), so no later
 * build and no `next start` ever reads it. V8's serializer keeps the course's shared objects shared
 * (an entry is the same object in its section and in the sequence), which JSON would not.
 */
export const CHECKED_COURSE_ENV = "PAGEBREAK_CHECKED_COURSE";

interface Saved {
  dir: string;
  result: CheckResult;
}

export function saveCheckedCourse(file: string, dir: string, result: CheckResult): void {
  writeFileSync(/*turbopackIgnore: true*/ file, serialize({ dir: path.resolve(/*turbopackIgnore: true*/ dir), result } satisfies Saved));
}

/** The check's result for `dir` when this build saved one; undefined otherwise (then parse). */
export function readCheckedCourse(dir: string, env: Partial<Record<string, string>> = process.env): CheckResult | undefined {
  const file = env[CHECKED_COURSE_ENV];
  if (!file || !existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  try {
    const saved = deserialize(readFileSync(/*turbopackIgnore: true*/ file)) as Saved;
    return saved.dir === path.resolve(/*turbopackIgnore: true*/ dir) ? saved.result : undefined;
  } catch {
    return undefined;
  }
}
