/**
 * Where a learner stands in each lesson, as the course is now: what the outline shows. Apart from
 * reading.ts so that a slide page, which only records progress, does not carry it.
 */

import { furthestNow, lessonRecord, type ReadingProgress } from "./reading";

export type LessonStatus =
  | { state: "not-started" }
  | { state: "in-progress"; resumeAt: number; furthest: number; total: number }
  /** Read part way, and the lesson has changed length since: its slide numbers no longer say how far. */
  | { state: "updated"; resumeAt: number; total: number }
  | { state: "finished" };

/**
 * Where a learner stands in a lesson of `total` slides, as the lesson is now: see `furthestNow`
 * (reading.ts) for when it is finished. Resume never points past the lesson's last slide. Display
 * only: the saved record is not changed.
 */
export function lessonStatus(progress: ReadingProgress, slug: string, total: number): LessonStatus {
  const entry = lessonRecord(progress, slug);
  if (!entry || total < 1) return { state: "not-started" };
  const furthest = furthestNow(entry, total);
  if (furthest >= total) return { state: "finished" };
  const resumeAt = Math.min(Math.max(entry.last, 1), total);
  if (entry.total !== total) return { state: "updated", resumeAt, total };
  return { state: "in-progress", resumeAt, furthest, total };
}

/**
 * The lesson read most recently and not finished, to offer "continue where you left off", at the
 * slide to resume. Only lessons in the course now count, by their current slide counts (`totals`,
 * by slug), so the link never names a lesson or slide that is gone.
 */
export function lastUnfinished(progress: ReadingProgress, totals: Readonly<Record<string, number>>): { slug: string; slide: number } | undefined {
  const candidates = Object.entries(progress.lessons).flatMap(([slug, lesson]) => {
    const total = Object.hasOwn(totals, slug) ? totals[slug] : undefined;
    if (total === undefined || lesson.at <= 0) return [];
    const status = lessonStatus(progress, slug, total);
    return status.state === "in-progress" || status.state === "updated" ? [{ slug, slide: status.resumeAt, at: lesson.at }] : [];
  });
  const latest = candidates.sort((a, b) => b.at - a.at)[0];
  return latest && { slug: latest.slug, slide: latest.slide };
}
