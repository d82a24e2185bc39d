import type { FocusTarget, KeyPress } from "../slides/keys";

/** The key that moves focus to the search box, as on GitHub, MDN and most documentation sites. */
export const SEARCH_KEY = "/";

const FORM_CONTROLS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/**
 * True when a key press asks for the search box: `/` without Ctrl, Alt or Meta, and not while the
 * learner types into a field. It takes no key from the reader (lib/slides/keys.ts, where `?` is
 * Shift + `/` and arrives as "?") or the quiz (1–9, Enter, Space).
 */
export function isSearchShortcut(press: KeyPress, target?: FocusTarget | null): boolean {
  if (press.key !== SEARCH_KEY || press.ctrlKey || press.metaKey || press.altKey) return false;
  return !(target && (FORM_CONTROLS.has(target.tagName) || target.isContentEditable || target.role === "textbox"));
}
