import { EMPTY_PROGRESS, parseReadingProgress, recordSlide, type ReadingProgress } from "./reading";

/** The localStorage key of reading progress. */
export const READING_KEY = "pagebreak:reading";
/** Unreadable saved data is moved under this prefix rather than deleted, so it can be recovered. */
export const SET_ASIDE_PREFIX = "pagebreak:set-aside:";

const listeners = new Set<() => void>();
let snapshot: { raw: string | null; progress: ReadingProgress } | undefined;
let saveFailed = false;

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

/** Current progress; the same object until it changes, as useSyncExternalStore needs. */
export function readingProgress(): ReadingProgress {
  const store = storage();
  if (!store) return EMPTY_PROGRESS;
  const raw = store.getItem(READING_KEY);
  if (snapshot && snapshot.raw === raw) return snapshot.progress;
  let progress = parseReadingProgress(raw);
  if (!progress) {
    setAside(store, raw);
    progress = EMPTY_PROGRESS;
  }
  snapshot = { raw: store.getItem(READING_KEY), progress };
  return progress;
}

function setAside(store: Storage, raw: string | null) {
  try {
    if (raw !== null) store.setItem(`${SET_ASIDE_PREFIX}${READING_KEY}:${Date.now()}`, raw);
    store.removeItem(READING_KEY);
  } catch {
    // A full store cannot keep the copy; the unreadable value stays where it was, still unread.
  }
}

/** True when the last save was refused (storage full or turned off), so the reader can say so. */
export function lastSaveFailed(): boolean {
  return saveFailed;
}

function settle(failed: boolean): boolean {
  if (failed !== saveFailed) {
    saveFailed = failed;
    listeners.forEach((listener) => listener());
  }
  return !failed;
}

/** Saves that a slide was shown. Returns false when the browser refused to store it. */
export function saveSlideReached(slug: string, slide: number, total: number): boolean {
  const store = storage();
  if (!store) return settle(true);
  // Re-read storage (not a copy held since page load) so a second open tab's progress is kept.
  const latest = readingProgress();
  const next = recordSlide(latest, slug, slide, total);
  if (next === latest) return settle(false);
  try {
    store.setItem(READING_KEY, JSON.stringify(next));
  } catch {
    return settle(true);
  }
  listeners.forEach((listener) => listener());
  return settle(false);
}

/** Calls back when progress changes here or in another tab. */
export function subscribeToReadingProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === READING_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
