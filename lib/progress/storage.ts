import { readStoredInParts, subscribeToStorage, writeStored, type ReadInParts } from "../browser-storage";
import { reportToClass } from "../class/browser/record";
import { EMPTY_PROGRESS, parseReadingProgress, recordSlide, storedReadingProgress, withReached, type ReadingProgress } from "./reading";

/** The localStorage key of reading progress. */
export const READING_KEY = "pagebreak:reading";

const failureListeners = new Set<() => void>();
let saveFailed = false;

/** Damaged lesson records are set aside; the readable ones, unknown fields and all, stay stored. */
function parseStored(raw: string | null): ReadInParts<ReadingProgress> | undefined {
  const read = parseReadingProgress(raw);
  if (!read) return undefined;
  if (!read.damaged) return { value: read.progress };
  return { value: read.progress, setAside: { part: read.damaged, rest: storedReadingProgress(read.progress) } };
}

/** Current progress; the same object until it changes, as useSyncExternalStore needs. */
export function readingProgress(): ReadingProgress {
  return readStoredInParts(READING_KEY, parseStored, EMPTY_PROGRESS);
}

/** True when the last save was refused (storage full or turned off), so the reader can say so. */
export function lastSaveFailed(): boolean {
  return saveFailed;
}

function settle(failed: boolean): boolean {
  if (failed !== saveFailed) {
    saveFailed = failed;
    failureListeners.forEach((listener) => listener());
  }
  return !failed;
}

/**
 * The furthest slide of each lesson this tab saved. Re-reading storage before each save keeps a
 * second tab's progress, but localStorage reaches other tabs a moment late: a tab that saves in
 * that moment writes a copy without this tab's last slide. When that copy arrives here, this tab
 * puts its slides back (a maximum, so two tabs doing it agree at once).
 */
const reachedHere = new Map<string, { slide: number; total: number }>();
let restoring = false;

function restoreWhatOtherTabsDropped() {
  if (restoring || typeof window === "undefined" || typeof window.addEventListener !== "function") return;
  restoring = true;
  window.addEventListener("storage", (event) => {
    if (event.key !== READING_KEY) return;
    const latest = readingProgress();
    let merged = latest;
    for (const [slug, { slide, total }] of reachedHere) merged = withReached(merged, slug, slide, total);
    if (merged !== latest) settle(!writeStored(READING_KEY, storedReadingProgress(merged)));
  });
}

/** Saves that a slide was shown. Returns false when the browser refused to store it. */
export function saveSlideReached(slug: string, slide: number, total: number): boolean {
  const mine = reachedHere.get(slug);
  if (!mine || mine.total !== total || mine.slide < slide) reachedHere.set(slug, { slide: mine && mine.total === total ? Math.max(mine.slide, slide) : slide, total });
  restoreWhatOtherTabsDropped();
  // Re-read storage (not a copy held since page load) so a second open tab's progress is kept.
  const latest = readingProgress();
  const next = recordSlide(latest, slug, slide, total, Date.now());
  if (next === latest) return settle(false);
  const saved = settle(!writeStored(READING_KEY, storedReadingProgress(next)));
  // Class mode (server builds only; a learner who joined a class): a new furthest slide goes to the class.
  const furthest = next.lessons[slug]?.furthest ?? 0;
  if (process.env.PAGEBREAK_CLASS === "1" && furthest > (latest.lessons[slug]?.furthest ?? 0)) reportToClass({ kind: "progress", lesson: slug, slide: furthest, total });
  return saved;
}

/** Calls back when progress (or whether saving works) changes, here or in another tab. */
export function subscribeToReadingProgress(listener: () => void): () => void {
  failureListeners.add(listener);
  const unsubscribe = subscribeToStorage((key) => key === READING_KEY, listener);
  return () => {
    failureListeners.delete(listener);
    unsubscribe();
  };
}
