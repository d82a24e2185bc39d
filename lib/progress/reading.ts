/**
 * Reading progress: the furthest and the last slide a learner reached in each lesson. Pure data
 * functions; `storage.ts` keeps it in the browser.
 */

/**
 * Bump when the stored shape changes, and teach `parseReadingProgress` to migrate the old one.
 * 1: furthest, last and total per lesson. 2: adds `at`, when the lesson was last read.
 */
export const READING_PROGRESS_VERSION = 2;

export interface LessonProgress {
  /** Furthest slide reached, 1-based. */
  furthest: number;
  /** Slide last shown, where "Resume" returns to. */
  last: number;
  /** Slides in the lesson when last read; a lesson that grew is part way again. */
  total: number;
  /** When it was last read (ms since 1970), for "continue where you left off"; 0 if unknown. */
  at: number;
}

export interface ReadingProgress {
  version: typeof READING_PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

export const EMPTY_PROGRESS: ReadingProgress = { version: READING_PROGRESS_VERSION, lessons: {} };

export type LessonStatus =
  | { state: "not-started" }
  | { state: "in-progress"; resumeAt: number; furthest: number; total: number }
  | { state: "finished" };

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

/** A lesson record of any version, brought to the current shape; undefined when damaged. */
function readLessonRecord(value: unknown, version: number): LessonProgress | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { furthest, last, total, at } = value as Record<string, unknown>;
  if (!isPositiveInteger(furthest) || !isPositiveInteger(last) || !isPositiveInteger(total)) return undefined;
  // Version 1 did not record when: such lessons sort last in "continue reading".
  if (version === 1) return { furthest, last, total, at: 0 };
  return typeof at === "number" && Number.isFinite(at) && at >= 0 ? { furthest, last, total, at } : undefined;
}

/**
 * Reads stored progress, migrating older versions. Returns undefined for anything that is not a
 * valid saved state (corrupted JSON, an unknown version, say from a newer Pagebreak) so the caller
 * can set it aside instead of crashing or overwriting it.
 */
export function parseReadingProgress(raw: string | null): ReadingProgress | undefined {
  if (raw === null) return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const { version, lessons } = data as Record<string, unknown>;
  if ((version !== 1 && version !== READING_PROGRESS_VERSION) || typeof lessons !== "object" || lessons === null) return undefined;
  // One damaged lesson record must not cost the learner the others. `fromEntries` defines own
  // properties, so even a lesson slugged `__proto__` stays a record rather than a prototype.
  const valid: Record<string, LessonProgress> = Object.fromEntries(
    Object.entries(lessons).flatMap(([slug, entry]) => {
      const record = readLessonRecord(entry, version);
      return record ? [[slug, record]] : [];
    }),
  );
  return { version: READING_PROGRESS_VERSION, lessons: valid };
}

/** The saved record of a lesson; own properties only, so a lesson slugged `constructor` is not `Object`'s. */
function lessonRecord(progress: ReadingProgress, slug: string): LessonProgress | undefined {
  return Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;
}

/** Records that slide `slide` of `total` was shown at time `at`. Never moves `furthest` backwards. */
export function recordSlide(progress: ReadingProgress, slug: string, slide: number, total: number, at = 0): ReadingProgress {
  const before = lessonRecord(progress, slug);
  const furthest = Math.min(Math.max(before?.furthest ?? 0, slide), total);
  const next: LessonProgress = { furthest, last: slide, total, at };
  if (before && before.furthest === next.furthest && before.last === next.last && before.total === next.total) return progress;
  return { ...progress, lessons: { ...progress.lessons, [slug]: next } };
}

/** Where a learner stands in a lesson of `total` slides. */
export function lessonStatus(progress: ReadingProgress, slug: string, total: number): LessonStatus {
  const entry = lessonRecord(progress, slug);
  if (!entry) return { state: "not-started" };
  if (entry.furthest >= total) return { state: "finished" };
  const resumeAt = Math.min(Math.max(entry.last, 1), total);
  return { state: "in-progress", resumeAt, furthest: entry.furthest, total };
}

/** The lesson read most recently and not finished, to offer "continue where you left off". */
export function lastUnfinished(progress: ReadingProgress): { slug: string; slide: number } | undefined {
  const candidates = Object.entries(progress.lessons).filter(([, lesson]) => lesson.at > 0 && lesson.furthest < lesson.total);
  const [slug, lesson] = candidates.sort((a, b) => b[1].at - a[1].at)[0] ?? [];
  return slug && lesson ? { slug, slide: Math.min(lesson.last, lesson.total) } : undefined;
}
