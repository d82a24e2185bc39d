/**
 * Presenting a lesson: the presenter view and every audience window of a lesson keep to one slide
 * through a BroadcastChannel (same browser, same site, no server, so it works on a static host).
 * Pure rules only: the message and its validation, how a window tells its own moves from the ones
 * it was asked to make, the speaker notes file, the timer's text.
 */
import { parseSlideNumber, PRESENTER_SLIDE_PARAM } from "../routes";

/** "Show this slide": what a window posts when its reader moves. */
export interface SlideMessage {
  type: "slide";
  slug: string;
  /** 1-based. */
  slide: number;
}

export function slideMessage(slug: string, slide: number): SlideMessage {
  return { type: "slide", slug, slide };
}

/** The largest slide number a URL can name (lib/routes.ts `parseSlideNumber`). */
const MAX_SLIDE_NUMBER = 999_999;

/**
 * The slide a message asks this lesson's windows to show, or undefined for anything else. Messages
 * come from any page of the site, any version of it, or a script in the console: untrusted. Extra
 * fields are ignored, so a newer Pagebreak can add some; the caller still checks the slide against
 * its lesson's length.
 */
export function readSlideMessage(data: unknown, slug: string): number | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  if (!("type" in data) || data.type !== "slide" || !("slug" in data) || data.slug !== slug || !("slide" in data)) return undefined;
  const { slide } = data;
  if (typeof slide !== "number" || !Number.isSafeInteger(slide) || slide < 1 || slide > MAX_SLIDE_NUMBER) return undefined;
  return slide;
}

/**
 * How long a window waits for a slide it was asked to show to appear. A reader moves through the
 * router, a moment after the message: a change in that moment to a slide it was asked for is the
 * message's doing, not the reader's, and must not be posted back (an echo would pull the sender
 * back to a slide it has already left).
 */
export const ASKED_TTL_MS = 3_000;
/** A window remembers this many requests at most: a flood of messages cannot grow it. */
const MAX_ASKED = 32;

/** The slides other windows asked this one to show that it has not shown yet, oldest first. */
export interface SyncState {
  readonly asked: readonly { readonly slide: number; readonly at: number }[];
}

export const INITIAL_SYNC: SyncState = { asked: [] };

/** A message asked this window to go to `slide` at time `now` (ms). */
export function askedToShow(state: SyncState, slide: number, now: number): SyncState {
  const live = state.asked.filter((asked) => now - asked.at <= ASKED_TTL_MS);
  return { asked: [...live, { slide, at: now }].slice(-MAX_ASKED) };
}

/**
 * This window's slide became `slide` at time `now`. A slide it was asked to show (the router may
 * skip some when messages come quickly, never reorder them) is the message's doing: forget it and
 * every earlier request, post nothing. Any other slide is the local reader's move: post it.
 */
export function slideShown(state: SyncState, slide: number, now: number): { state: SyncState; post: boolean } {
  const live = state.asked.filter((asked) => now - asked.at <= ASKED_TTL_MS);
  const index = live.findIndex((asked) => asked.slide === slide);
  if (index === -1) return { state: INITIAL_SYNC, post: true };
  return { state: { asked: live.slice(index + 1) }, post: false };
}

/** The slide the presenter view opens at, from its URL query: 1 unless it names one, and never past the end. */
export function presenterStartSlide(search: string, total: number): number {
  const named = parseSlideNumber(new URLSearchParams(search).get(PRESENTER_SLIDE_PARAM) ?? "");
  return Math.max(1, Math.min(named ?? 1, total));
}

/** A lesson's speaker notes, as its notes file carries them: sanitized HTML per slide, null where a slide has none. */
export interface NotesData {
  notes: (string | null)[];
}

/**
 * The notes of a lesson of `total` slides from its notes file, one entry per slide (null: none), or
 * undefined when the file is not a notes file. A file from another build of the course may be longer
 * or shorter: the slides it does not cover have no notes.
 */
export function readNotesData(data: unknown, total: number): (string | null)[] | undefined {
  const notes = typeof data === "object" && data !== null && "notes" in data ? data.notes : undefined;
  if (!Array.isArray(notes) || !notes.every(isNote)) return undefined;
  return Array.from({ length: total }, (_, index) => notes[index] ?? null);
}

function isNote(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}

/** The timer's text: `mm:ss`, or `h:mm:ss` from the first hour on. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, "0");
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}
