/**
 * The learner's theme: the choice (follow the system, or always light, or always dark) and the theme
 * it gives. Pure, apart from the boot script's text; `theme-storage.ts` keeps the choice in the browser.
 */

/** The localStorage key of the learner's theme choice, as plain text; absent means "system". */
export const THEME_KEY = "pagebreak:theme";

/** The theme a page is drawn in: `data-theme` on <html>. */
export type Theme = "light" | "dark";

/** What the learner chose: "system" follows the operating system's setting, as it changes. */
export type ThemeChoice = "system" | Theme;

/** The choices in the order the control offers them; the first is the default. */
export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** The media query that says the system wants dark. */
export const DARK_QUERY = "(prefers-color-scheme: dark)";

/**
 * Reads a stored choice: nothing stored is "system"; anything but the three choices is undefined,
 * so the caller sets it aside.
 */
export function parseThemeChoice(raw: string | null): ThemeChoice | undefined {
  if (raw === null) return "system";
  return THEME_CHOICES.find((choice) => choice === raw);
}

/** The theme a choice gives while the system does (or does not) prefer dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== "system") return choice;
  return systemPrefersDark ? "dark" : "light";
}

/**
 * Runs in <head> before the first paint so a dark-mode reader never sees a white flash. Kept tiny
 * and dependency-free because it is inlined into every page (and pinned by hash in its policy).
 * Anything but "light" or "dark" follows the system; the control takes over once React runs.
 * It also marks the page `data-js`: controls that only scripts can work (`.needs-js`, styles/base.css)
 * are in the server's HTML from the start and shown from the first paint, so React hydrates them
 * as they are instead of adding them afterwards (that late DOM work was most of a lesson's
 * blocking time on a phone).
 */
export const BOOT_SCRIPT = `(function(){var d=document.documentElement;d.dataset.js="";try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t!=="light"&&t!=="dark")t=matchMedia(${JSON.stringify(DARK_QUERY)}).matches?"dark":"light";d.dataset.theme=t}catch(e){}})()`;
