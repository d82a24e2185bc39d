import { readStored, subscribeToStorage, writeStoredText } from "./browser-storage";
import { DARK_QUERY, parseThemeChoice, resolveTheme, THEME_KEY, type ThemeChoice } from "./theme";

/** A choice the browser refused to store (private mode, full): it still holds for this page. */
let unsaved: ThemeChoice | undefined;
const unsavedListeners = new Set<() => void>();

/** The learner's choice; a stored value that is none of the three is set aside and reads as "system". */
export function themeChoice(): ThemeChoice {
  return unsaved ?? readStored(THEME_KEY, parseThemeChoice, "system");
}

/** Saves the choice (plain text, as the boot script reads it); false when the browser refused. */
export function saveThemeChoice(choice: ThemeChoice): boolean {
  const saved = writeStoredText(THEME_KEY, choice);
  const next = saved ? undefined : choice;
  if (next !== unsaved) {
    unsaved = next;
    unsavedListeners.forEach((listener) => listener());
  }
  return saved;
}

/** Calls back when the choice changes, here or in another tab. */
export function subscribeToThemeChoice(listener: () => void): () => void {
  unsavedListeners.add(listener);
  const unsubscribe = subscribeToStorage((key) => key === THEME_KEY, listener);
  return () => {
    unsavedListeners.delete(listener);
    unsubscribe();
  };
}

/**
 * Draws the page in the theme `choice` gives, and keeps it so while the system setting changes
 * (for "system"); returns the function that stops following it.
 */
export function applyThemeChoice(choice: ThemeChoice): () => void {
  const query = window.matchMedia(DARK_QUERY);
  const apply = () => {
    const theme = resolveTheme(choice, query.matches);
    // Setting it again, even to the same value, restyles the whole page.
    if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
  };
  apply();
  if (choice !== "system") return () => {};
  query.addEventListener("change", apply);
  return () => query.removeEventListener("change", apply);
}
