/**
 * Reading progress: the furthest and the last slide a learner reached in each lesson. Pure data
 * functions; `storage.ts` keeps it in the browser.
 */

import { asRecord, keepUnknown, parseJson, unknownFieldsOf, withUnknownFields, type UnknownFields } from "../stored-json";

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
  /** Fields of the stored record this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

export interface ReadingProgress {
  version: typeof READING_PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  /** Fields of the stored value this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

/** What parseReadingProgress read: the progress, and the lesson records it could not read. */
export interface ParsedReadingProgress {
  progress: ReadingProgress;
  /**
   * The damaged lesson records exactly as stored, in a value of the version they came in (so it
   * reads like the original), for the caller to set aside; absent when every record was readable.
   */
  damaged?: { version: number; lessons: Record<string, unknown> };
}

export const EMPTY_PROGRESS: ReadingProgress = { version: READING_PROGRESS_VERSION, lessons: {} };

const PROGRESS_FIELDS = ["version", "lessons"];
const LESSON_FIELDS = ["furthest", "last", "total", "at"];

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

/** A lesson record of any version, brought to the current shape; undefined when damaged. */
function readLessonRecord(value: unknown, version: number): LessonProgress | undefined {
  const stored = asRecord(value);
  if (!stored) return undefined;
  const { furthest, last, total, at } = stored;
  if (!isPositiveInteger(furthest) || !isPositiveInteger(last) || !isPositiveInteger(total)) return undefined;
  const unknown = keepUnknown(unknownFieldsOf(stored, LESSON_FIELDS));
  // Version 1 did not record when: such lessons sort last in "continue reading".
  if (version === 1) return { furthest, last, total, at: 0, ...unknown };
  return typeof at === "number" && Number.isFinite(at) && at >= 0 ? { furthest, last, total, at, ...unknown } : undefined;
}

/**
 * Reads stored progress, migrating older versions. Returns undefined for anything that is not a
 * valid saved state as a whole (corrupted JSON, an unknown version, say from a newer Pagebreak) so
 * the caller can set it aside instead of crashing or overwriting it. One damaged lesson record
 * must not cost the learner the others: the readable ones are the progress, the damaged ones come
 * back in `damaged`. Fields this version does not know are kept in `unknownFields`.
 */
export function parseReadingProgress(raw: string | null): ParsedReadingProgress | undefined {
  if (raw === null) return { progress: EMPTY_PROGRESS };
  const data = asRecord(parseJson(raw));
  if (!data) return undefined;
  const { version } = data;
  const lessons = asRecord(data.lessons);
  if ((version !== 1 && version !== READING_PROGRESS_VERSION) || !lessons) return undefined;
  const valid: [string, LessonProgress][] = [];
  const damaged: [string, unknown][] = [];
  for (const [slug, entry] of Object.entries(lessons)) {
    const record = readLessonRecord(entry, version);
    if (record) valid.push([slug, record]);
    else damaged.push([slug, entry]);
  }
  // `fromEntries` defines own properties, so even a lesson slugged `__proto__` stays a record.
  const progress: ReadingProgress = {
    version: READING_PROGRESS_VERSION,
    lessons: Object.fromEntries(valid),
    ...keepUnknown(unknownFieldsOf(data, PROGRESS_FIELDS)),
  };
  return damaged.length > 0 ? { progress, damaged: { version, lessons: Object.fromEntries(damaged) } } : { progress };
}

/** The value to store: parseReadingProgress reads it back as `progress`, unknown fields and all. */
export function storedReadingProgress(progress: ReadingProgress): Record<string, unknown> {
  const lessons = Object.fromEntries(
    Object.entries(progress.lessons).map(([slug, { unknownFields, ...record }]) => [slug, withUnknownFields(record, unknownFields)]),
  );
  return withUnknownFields({ version: progress.version, lessons }, progress.unknownFields);
}

/** The saved record of a lesson; own properties only, so a lesson slugged `constructor` is not `Object`'s. */
export function lessonRecord(progress: ReadingProgress, slug: string): LessonProgress | undefined {
  return Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;
}

/**
 * How far a record reaches into the lesson as it is now, `total` slides long. Lessons are edited
 * after learners read them, and then slide numbers name other slides. The rule:
 * - finished only if the learner reached the end of the lesson as it was when they read it, and
 *   that end is at or past the end of the lesson now (`furthest ≥ recorded total` and `≥ total`);
 * - otherwise, in a lesson whose length has changed, at most the slide before its end, so a lesson
 *   the learner did not finish never turns finished by being cut short;
 * - in a lesson of the same length, the furthest slide reached.
 */
export function furthestNow(record: LessonProgress, total: number): number {
  if (record.furthest >= record.total && record.furthest >= total) return total;
  return Math.min(record.furthest, record.total === total ? total : total - 1);
}

/**
 * Records that slide `slide` of `total` was shown at time `at`. Never moves `furthest` backwards
 * within a lesson; when the lesson changed length since, carries over only what `furthestNow` allows.
 */
export function recordSlide(progress: ReadingProgress, slug: string, slide: number, total: number, at = 0): ReadingProgress {
  const before = lessonRecord(progress, slug);
  const furthest = Math.min(Math.max(before ? furthestNow(before, total) : 0, slide), total);
  const next: LessonProgress = { furthest, last: slide, total, at, ...keepUnknown(before?.unknownFields) };
  if (before && before.furthest === next.furthest && before.last === next.last && before.total === next.total) return progress;
  return { ...progress, lessons: { ...progress.lessons, [slug]: next } };
}

/**
 * `progress` with the lesson reaching at least slide `furthest` of `total`, nothing else changed
 * (not the slide to resume at): how a tab puts back what another tab's stale write left out. The
 * same object when it already reaches that far, or when the record is of another length of the
 * lesson (a course edited since: `recordSlide` decides those).
 */
export function withReached(progress: ReadingProgress, slug: string, furthest: number, total: number): ReadingProgress {
  const before = lessonRecord(progress, slug);
  if (before && (before.total !== total || before.furthest >= furthest)) return progress;
  const record: LessonProgress = before ? { ...before, furthest: Math.min(furthest, total) } : { furthest: Math.min(furthest, total), last: furthest, total, at: 0 };
  return { ...progress, lessons: { ...progress.lessons, [slug]: record } };
}
