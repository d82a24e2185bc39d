/**
 * How far the learner is through the whole course: lessons read to their end and quizzes passed,
 * from what this browser saved, measured against the course as it is now. Pure.
 */

import { attemptsFor, type AttemptsStore } from "../quiz/saved";
import { lessonStatus } from "./lesson-status";
import type { ReadingProgress } from "./reading";

/** A lesson or hands-on guide as the outline hands it to the browser: what it is called, how long it is now. */
export interface OutlineLesson {
  title: string;
  slides: number;
  /** Set on hands-on guides, which "lessons read" does not count. */
  guide?: true;
}

export interface CourseProgress {
  lessonsRead: number;
  lessons: number;
  quizzesPassed: number;
  quizzes: number;
}

/**
 * `lessons` gives each lesson and guide as it is now, by slug; `passMarks` each quiz's pass mark (a
 * fraction, as `pass: 80` is 0.8), by slug. A lesson counts as read when the outline shows it
 * finished (see `lessonStatus`). A quiz counts as passed when its best full round did, by the pass
 * mark it has now: right answers over questions in that round at or above it, as the results
 * screen grades a round.
 */
export function courseProgress(
  reading: ReadingProgress,
  attempts: AttemptsStore,
  lessons: Readonly<Record<string, OutlineLesson>>,
  passMarks: Readonly<Record<string, number>>,
): CourseProgress {
  const lessonSlugs = Object.keys(lessons).filter((slug) => !lessons[slug]!.guide);
  const quizSlugs = Object.keys(passMarks);
  const lessonsRead = lessonSlugs.filter((slug) => lessonStatus(reading, slug, lessons[slug]!.slides).state === "finished").length;
  const quizzesPassed = quizSlugs.filter((slug) => {
    const best = attemptsFor(attempts, slug)?.best;
    return best !== undefined && best.total > 0 && best.correct / best.total >= passMarks[slug]!;
  }).length;
  return { lessonsRead, lessons: lessonSlugs.length, quizzesPassed, quizzes: quizSlugs.length };
}
