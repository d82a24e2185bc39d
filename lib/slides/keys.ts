/** What a key press or swipe asks the slide reader to do: move to another slide. */
export type SlideAction = "next" | "previous" | "first" | "last";

/** Everything the reader's keys do: move, or open one of its views. */
export type ReaderCommand = SlideAction | "overview" | "help" | "fullscreen" | "presenter";

/**
 * One row of the shortcut table: the key (`KeyboardEvent.key`) and what it does. How the help
 * dialog names them is shortcut-labels.ts, loaded with the dialog.
 */
export interface Shortcut {
  key: string;
  /** Whether Shift must be held (true) or must not be (false); undefined: either. */
  shift?: boolean;
  action: ReaderCommand;
}

/** The reader's keyboard shortcuts: one table, so the help dialog, tests and the handler agree. */
export const SLIDE_SHORTCUTS: readonly Shortcut[] = [
  { key: "ArrowRight", action: "next" },
  { key: "PageDown", action: "next" },
  { key: " ", shift: false, action: "next" },
  { key: "ArrowLeft", action: "previous" },
  { key: "PageUp", action: "previous" },
  { key: " ", shift: true, action: "previous" },
  { key: "Home", action: "first" },
  { key: "End", action: "last" },
  { key: "o", action: "overview" },
  { key: "?", action: "help" },
  { key: "f", action: "fullscreen" },
  { key: "p", action: "presenter" },
];

/** True for the commands that move to another slide. */
export function isSlideAction(command: ReaderCommand): command is SlideAction {
  return command === "next" || command === "previous" || command === "first" || command === "last";
}

/** The parts of a keyboard event the reader looks at. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The parts of the focused element that decide whether a key belongs to it. */
export interface FocusTarget {
  tagName: string;
  isContentEditable?: boolean;
  /** Its `role` attribute, if any. */
  role?: string | null;
  /** True when it scrolls sideways itself (a wide code block or table). */
  scrollsSideways?: boolean;
}

const FORM_CONTROLS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Elements that Space and Enter activate natively: stealing Space from them would break them. */
const ACTIVATED_BY_SPACE = new Set(["BUTTON", "A", "SUMMARY"]);
const SIDEWAYS_KEYS = new Set(["ArrowLeft", "ArrowRight"]);

/** The command a key press asks for, or undefined when it is not the reader's to take. */
export function shortcutAction(press: KeyPress, target?: FocusTarget | null): ReaderCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (target && (FORM_CONTROLS.has(target.tagName) || target.isContentEditable || target.role === "textbox")) return undefined;
  if (target && press.key === " " && ACTIVATED_BY_SPACE.has(target.tagName)) return undefined;
  if (target?.scrollsSideways && SIDEWAYS_KEYS.has(press.key)) return undefined;
  // Letters match in either case: Caps Lock must not turn the shortcuts off.
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const match = SLIDE_SHORTCUTS.find((shortcut) => shortcut.key === key && (shortcut.shift === undefined || shortcut.shift === press.shiftKey));
  return match?.action;
}

/** The 1-based slide an action leads to from `current`, kept within 1..total. */
export function targetSlide(action: SlideAction, current: number, total: number): number {
  const wanted = { next: current + 1, previous: current - 1, first: 1, last: total }[action];
  return Math.min(Math.max(wanted, 1), Math.max(total, 1));
}

/** A swipe must travel this far, and mostly sideways, so scrolling a long slide never turns it. */
const SWIPE_MIN_PX = 50;

/** Turns a finished touch movement into an action: swiping left goes forward, like turning a page. */
export function swipeAction(dx: number, dy: number): SlideAction | undefined {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? "next" : "previous";
}

/** Reads the slide number at the end of a reader URL path (`/lessons/x/3` or `/lessons/x/3/`). */
export function slideFromPathname(pathname: string): number | undefined {
  const match = /\/(\d+)\/?$/.exec(pathname);
  return match ? Number(match[1]) : undefined;
}
