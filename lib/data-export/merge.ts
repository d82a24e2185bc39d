/**
 * Importing a data file into a browser that may have data of its own: the merge rules, one per
 * store. Pure: takes the browser's keys as text and returns the keys to write. Every rule keeps
 * what this browser has when the two are level, so importing the same file again writes nothing.
 *
 * - Reading progress: per lesson, the furthest slide wins (with the lesson length it was reached
 *   in); where to resume is the slide read more recently.
 * - Quiz attempts: added. Rounds are counted per browser (QuizAttempts.from), so the rounds of a
 *   file already imported, or this browser's own rounds coming back in another browser's file, are
 *   not counted twice. The best score is the better one; the last score stays this browser's.
 * - Quiz sessions in progress: the one saved more recently (`savedAt`).
 * - Review cards: the one reviewed later (`lastReview`); replaced cards of both are kept.
 * - Theme and folded outline sections: this browser's, unless it has none.
 * - Other keys (set-aside copies, keys of a newer Pagebreak): added where this browser has none.
 *
 * This browser's data that cannot be read is set aside first (as reading it would), never written over.
 */

import { SEEN_KEY, SET_ASIDE_PREFIX } from "../browser-storage";
import { parseOutlineFolds } from "../progress/outline-folds";
import { EMPTY_PROGRESS, parseReadingProgress, storedReadingProgress, type LessonProgress, type ReadingProgress } from "../progress/reading";
import { EMPTY_ATTEMPTS, parseAttempts, storedAttempts, type AttemptsStore, type QuizAttempts } from "../quiz/saved";
import { EMPTY_SCHEDULE, parseReviewSchedule, storedReviewSchedule, type ReviewEntry, type ReviewSchedule } from "../review/saved";
import { asRecord, keepUnknown, parseJson } from "../stored-json";
import { parseThemeChoice, type ThemeChoice } from "../theme";
import type { DataFile, StorageSnapshot } from "./file";
import { ATTEMPTS_KEY, OUTLINE_FOLDS_KEY, READING_KEY, REVIEW_KEY, SESSION_PREFIX, THEME_KEY } from "./keys";

/** What an import brought in, for the learner: counts of what changed in this browser. */
export interface ImportSummary {
  /** Lessons whose reading progress came from the file (new here, or further). */
  lessons: number;
  /** Quiz rounds added to the attempts. */
  attempts: number;
  /** Quiz sessions in progress taken from the file. */
  sessions: number;
  /** Review cards taken from the file (new here, or reviewed later). */
  reviewCards: number;
  /** The theme set from the file, when this browser had none. */
  theme?: ThemeChoice;
  /** True when the folded outline sections came from the file. */
  outlineFolds: boolean;
  /** Other keys added (set-aside copies, keys of a newer Pagebreak). */
  other: number;
}

/** What to write, key → text, and what it amounts to. */
export interface MergeResult {
  texts: Record<string, string>;
  summary: ImportSummary;
}

/** The keys written so far, and the set-aside keys taken, while one merge runs. */
class Writes {
  readonly texts: Record<string, string> = {};
  private readonly now: number;

  constructor(
    private readonly snapshot: StorageSnapshot,
    now: Date,
  ) {
    this.now = now.getTime();
  }

  has(key: string): boolean {
    return Object.hasOwn(this.snapshot, key) || Object.hasOwn(this.texts, key);
  }

  set(key: string, text: string) {
    this.texts[key] = text;
  }

  /** Keeps `text`, the part of `key` that cannot be read, under a set-aside key not yet taken. */
  setAside(key: string, text: string) {
    const base = `${SET_ASIDE_PREFIX}${key}:${this.now}`;
    let candidate = base;
    for (let suffix = 2; this.has(candidate); suffix++) candidate = `${base}-${suffix}`;
    this.set(candidate, text);
  }
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Writes `stored` under `key` when it differs from what is there (or the key's old text must go). */
function writeIfChanged(writes: Writes, key: string, before: unknown, after: unknown, force: boolean) {
  const text = JSON.stringify(after);
  if (force || text !== JSON.stringify(before)) writes.set(key, text);
}

function mergeLesson(here: LessonProgress | undefined, there: LessonProgress): LessonProgress {
  if (!here) return there;
  const reach = there.furthest > here.furthest ? there : here;
  const recent = there.at > here.at ? there : here;
  return { furthest: reach.furthest, last: recent.last, total: reach.total, at: recent.at, ...keepUnknown(here.unknownFields) };
}

function mergeReading(here: ReadingProgress, there: ReadingProgress): { progress: ReadingProgress; lessons: number } {
  let lessons = 0;
  const merged = { ...here.lessons };
  for (const [slug, record] of Object.entries(there.lessons)) {
    const before = own(here.lessons, slug);
    const after = mergeLesson(before, record);
    if (JSON.stringify(after) !== JSON.stringify(before)) lessons++;
    // defineProperty, not assignment: a lesson slugged `__proto__` stays a record.
    Object.defineProperty(merged, slug, { value: after, enumerable: true, writable: true, configurable: true });
  }
  return { progress: { ...here, lessons: merged, ...keepUnknown(here.unknownFields ?? there.unknownFields) }, lessons };
}

/** Of an entry's rounds, how many were taken in each browser: `from`, and the rest in `browser`. */
function roundsByBrowser(entry: QuizAttempts, browser: string): Map<string, number> {
  const rounds = new Map(Object.entries(entry.from ?? {}).filter(([id]) => id !== browser));
  const elsewhere = [...rounds.values()].reduce((sum, count) => sum + count, 0);
  rounds.set(browser, entry.count - elsewhere);
  return rounds;
}

/** Attempts added as a grow-only count per browser: each browser's rounds are the larger of the two counts. */
function mergeQuizAttempts(here: QuizAttempts | undefined, there: QuizAttempts, hereBrowser: string, thereBrowser: string): QuizAttempts {
  const rounds = here ? roundsByBrowser(here, hereBrowser) : new Map<string, number>();
  for (const [id, count] of roundsByBrowser(there, thereBrowser)) rounds.set(id, Math.max(rounds.get(id) ?? 0, count));
  const count = [...rounds.values()].reduce((sum, n) => sum + n, 0);
  const elsewhere = [...rounds].filter(([id, n]) => id !== hereBrowser && n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const from = elsewhere.length > 0 ? { from: Object.fromEntries(elsewhere) } : {};
  if (!here) return { best: there.best, last: there.last, count, lastSeed: there.lastSeed, ...from, ...keepUnknown(there.unknownFields) };
  const best = there.best.percent > here.best.percent ? there.best : here.best;
  return { best, last: here.last, count, lastSeed: here.lastSeed, ...from, ...keepUnknown(here.unknownFields) };
}

function totalRounds(store: AttemptsStore): number {
  return Object.values(store.quizzes).reduce((sum, entry) => sum + entry.count, 0);
}

function mergeAttempts(here: AttemptsStore, there: AttemptsStore, hereBrowser: string, thereBrowser: string): AttemptsStore {
  const quizzes = { ...here.quizzes };
  for (const [slug, entry] of Object.entries(there.quizzes)) {
    const value = mergeQuizAttempts(own(here.quizzes, slug), entry, hereBrowser, thereBrowser);
    Object.defineProperty(quizzes, slug, { value, enumerable: true, writable: true, configurable: true });
  }
  return { ...here, quizzes, ...keepUnknown(here.unknownFields ?? there.unknownFields) };
}

function mergeReview(here: ReviewSchedule, there: ReviewSchedule): { schedule: ReviewSchedule; cards: number } {
  let cards = 0;
  const merged: Record<string, ReviewEntry> = { ...here.cards };
  for (const [id, entry] of Object.entries(there.cards)) {
    const before = own(here.cards, id);
    if (before && entry.card.last_review.getTime() <= before.card.last_review.getTime()) continue;
    cards++;
    Object.defineProperty(merged, id, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  const replaced: Record<string, unknown[]> = { ...here.replaced };
  for (const [id, list] of Object.entries(there.replaced)) {
    const kept = own(here.replaced, id) ?? [];
    const seen = new Set(kept.map((item) => JSON.stringify(item)));
    const value = [...kept, ...list.filter((item) => !seen.has(JSON.stringify(item)))];
    Object.defineProperty(replaced, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return { schedule: { ...here, cards: merged, replaced, ...keepUnknown(here.unknownFields ?? there.unknownFields) }, cards };
}

/** When a saved session was saved (ms since 1970); 0 for one saved before sessions said so. */
function savedAt(envelope: Record<string, unknown>): number {
  const { savedAt } = envelope;
  return typeof savedAt === "number" && Number.isFinite(savedAt) ? savedAt : 0;
}

/**
 * This browser's store under `key` as `parse` reads it; what it cannot read is set aside (whole, or
 * the damaged part). `force` says the key must be written even when the merge changes nothing: its
 * text must go, or there is none yet (an empty store in the file is restored as stored).
 */
function readLocal<T>(writes: Writes, snapshot: StorageSnapshot, key: string, parse: (raw: string | null) => { value: T; damaged?: unknown } | undefined, empty: T) {
  const raw = own(snapshot, key) ?? null;
  const read = parse(raw);
  if (!read) {
    if (raw !== null) writes.setAside(key, raw);
    return { value: empty, force: true };
  }
  if (read.damaged !== undefined) writes.setAside(key, JSON.stringify(read.damaged));
  return { value: read.value, force: raw === null || read.damaged !== undefined };
}

/** Reads a section of a file that readDataFile accepted (so it reads whole). */
function section<T>(value: unknown, parse: (raw: string) => T | undefined): T | undefined {
  return value === undefined ? undefined : parse(JSON.stringify(value));
}

/**
 * The keys to write to bring the file's data into this browser's (`snapshot`), by the rules above,
 * and what that amounts to. `browser` is this browser's id; `now` names set-aside copies.
 */
export function mergeDataFile(snapshot: StorageSnapshot, file: DataFile, browser: string, now: Date): MergeResult {
  const writes = new Writes(snapshot, now);
  const { data } = file;
  const summary: ImportSummary = { lessons: 0, attempts: 0, sessions: 0, reviewCards: 0, outlineFolds: false, other: 0 };

  const reading = section(data.reading, parseReadingProgress)?.progress;
  if (reading) {
    const local = readLocal(writes, snapshot, READING_KEY, (raw) => {
      const read = parseReadingProgress(raw);
      return read && { value: read.progress, damaged: read.damaged };
    }, EMPTY_PROGRESS);
    const merged = mergeReading(local.value, reading);
    summary.lessons = merged.lessons;
    writeIfChanged(writes, READING_KEY, storedReadingProgress(local.value), storedReadingProgress(merged.progress), local.force);
  }

  const attempts = section(data.quizAttempts, parseAttempts)?.store;
  if (attempts) {
    const local = readLocal(writes, snapshot, ATTEMPTS_KEY, (raw) => {
      const read = parseAttempts(raw);
      return read && { value: read.store, damaged: read.damaged };
    }, EMPTY_ATTEMPTS);
    const merged = mergeAttempts(local.value, attempts, browser, file.browser);
    summary.attempts = totalRounds(merged) - totalRounds(local.value);
    writeIfChanged(writes, ATTEMPTS_KEY, storedAttempts(local.value), storedAttempts(merged), local.force);
  }

  for (const [slug, envelope] of Object.entries(data.quizSessions)) {
    const key = `${SESSION_PREFIX}${slug}`;
    const raw = own(snapshot, key);
    const here = raw === undefined ? undefined : asRecord(parseJson(raw));
    if (raw !== undefined && !here) writes.setAside(key, raw);
    if (here && savedAt(envelope) <= savedAt(here)) continue;
    writes.set(key, JSON.stringify(envelope));
    summary.sessions++;
  }

  const review = section(data.review, parseReviewSchedule)?.schedule;
  if (review) {
    const local = readLocal(writes, snapshot, REVIEW_KEY, (raw) => {
      const read = parseReviewSchedule(raw);
      return read && { value: read.schedule, damaged: read.damaged };
    }, EMPTY_SCHEDULE);
    const merged = mergeReview(local.value, review);
    summary.reviewCards = merged.cards;
    writeIfChanged(writes, REVIEW_KEY, storedReviewSchedule(local.value), storedReviewSchedule(merged.schedule), local.force);
  }

  const theme = own(snapshot, THEME_KEY);
  if (data.theme && (theme === undefined || !parseThemeChoice(theme))) {
    if (theme !== undefined) writes.setAside(THEME_KEY, theme);
    writes.set(THEME_KEY, data.theme);
    summary.theme = data.theme;
  }

  const folds = own(snapshot, OUTLINE_FOLDS_KEY);
  if (data.outlineFolds && (folds === undefined || !parseOutlineFolds(folds))) {
    if (folds !== undefined) writes.setAside(OUTLINE_FOLDS_KEY, folds);
    writes.set(OUTLINE_FOLDS_KEY, JSON.stringify(data.outlineFolds));
    summary.outlineFolds = true;
  }

  const restoredAside: string[] = [];
  for (const [key, text] of Object.entries(data.other)) {
    if (writes.has(key)) continue;
    writes.set(key, text);
    summary.other++;
    if (key.startsWith(SET_ASIDE_PREFIX)) restoredAside.push(key);
  }
  // Copies set aside in the other browser were told about there: no notice for them here.
  if (restoredAside.length > 0) {
    const seen = parseJson(own(snapshot, SEEN_KEY) ?? "[]");
    writes.set(SEEN_KEY, JSON.stringify([...(Array.isArray(seen) ? seen : []), ...restoredAside]));
  }
  return { texts: writes.texts, summary };
}
