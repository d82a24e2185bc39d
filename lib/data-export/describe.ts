/**
 * What the "Your data" page says: how much this browser keeps, and what an import brought in.
 * Pure: plain counts and sentences.
 */

import { parseOutlineFolds } from "../progress/outline-folds";
import { parseReadingProgress } from "../progress/reading";
import { parseAttempts } from "../quiz/saved";
import { parseReviewSchedule } from "../review/saved";
import { asRecord, parseJson } from "../stored-json";
import { parseThemeChoice, type ThemeChoice } from "../theme";
import type { StorageSnapshot } from "./file";
import { ATTEMPTS_KEY, LOCAL_ONLY_KEYS, OUTLINE_FOLDS_KEY, PAGEBREAK_PREFIX, READING_KEY, REVIEW_KEY, SET_ASIDE_PREFIX, THEME_KEY, sessionSlug } from "./keys";
import type { ImportSummary } from "./merge";

/** How much of each kind of data this browser keeps. */
export interface StoredCounts {
  /** Lessons with reading progress. */
  lessons: number;
  /** Quiz rounds finished, over every quiz. */
  attempts: number;
  /** Quizzes with a round in progress (a question or its feedback on screen). */
  sessions: number;
  reviewCards: number;
  /** The theme chosen, or undefined when none was (the page follows the system). */
  theme?: ThemeChoice;
  foldedSections: number;
  /** Copies of data that could not be read, kept aside. */
  setAside: number;
  /** Every Pagebreak key, bookkeeping included: 0 means there is nothing to delete. */
  keys: number;
}

function own(snapshot: StorageSnapshot, key: string): string | null {
  return Object.hasOwn(snapshot, key) ? (snapshot[key] ?? null) : null;
}

/** True for a saved session in the middle of a round (not at its start screen or its results). */
function inProgress(raw: string | null): boolean {
  const phase = asRecord(asRecord(parseJson(raw ?? ""))?.session)?.phase;
  return phase === "asking" || phase === "feedback";
}

/** The counts for a browser's Pagebreak keys. */
export function countStored(snapshot: StorageSnapshot): StoredCounts {
  const keys = Object.keys(snapshot).filter((key) => key.startsWith(PAGEBREAK_PREFIX));
  const reading = parseReadingProgress(own(snapshot, READING_KEY))?.progress;
  const attempts = parseAttempts(own(snapshot, ATTEMPTS_KEY))?.store;
  const review = parseReviewSchedule(own(snapshot, REVIEW_KEY))?.schedule;
  const folds = parseOutlineFolds(own(snapshot, OUTLINE_FOLDS_KEY))?.value;
  const theme = own(snapshot, THEME_KEY) === null ? undefined : parseThemeChoice(own(snapshot, THEME_KEY));
  return {
    lessons: Object.keys(reading?.lessons ?? {}).length,
    attempts: Object.values(attempts?.quizzes ?? {}).reduce((sum, entry) => sum + entry.count, 0),
    sessions: keys.filter((key) => sessionSlug(key) !== undefined && inProgress(own(snapshot, key))).length,
    reviewCards: Object.keys(review?.cards ?? {}).length,
    ...(theme ? { theme } : {}),
    foldedSections: folds?.folded.length ?? 0,
    setAside: keys.filter((key) => key.startsWith(SET_ASIDE_PREFIX)).length,
    keys: keys.length,
  };
}

/** True when the browser keeps any of the learner's data (not only its own bookkeeping). */
export function hasData(snapshot: StorageSnapshot): boolean {
  return Object.keys(snapshot).some((key) => key.startsWith(PAGEBREAK_PREFIX) && !LOCAL_ONLY_KEYS.includes(key));
}

/** "1 lesson", "3 lessons". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const THEME_NAMES: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** The theme as the theme control names it. */
export function themeName(choice: ThemeChoice | undefined): string {
  return THEME_NAMES[choice ?? "system"];
}

/** What an import brought in, as one sentence. */
export function importSentence(summary: ImportSummary): string {
  const parts = [
    summary.lessons > 0 && `reading progress of ${plural(summary.lessons, "lesson")}`,
    summary.attempts > 0 && plural(summary.attempts, "quiz attempt"),
    summary.sessions > 0 && plural(summary.sessions, "saved quiz session"),
    summary.reviewCards > 0 && plural(summary.reviewCards, "review card"),
    summary.theme && `the ${themeName(summary.theme)} theme`,
    summary.outlineFolds && "folded outline sections",
    summary.other > 0 && plural(summary.other, "other saved item"),
  ].filter((part): part is string => typeof part === "string");
  if (parts.length === 0) return "Imported: nothing new. This browser already had everything in the file.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `Imported: ${list}.`;
}
