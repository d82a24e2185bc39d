/**
 * The sub-path the site is served under (`BASE_PATH=/course`), or "" at the root. next.config.js
 * copies it into this variable so server and browser code read the same value.
 */
export const BASE_PATH = process.env.PAGEBREAK_BASE_PATH ?? "";

/** True for the static export, whose pages are folders with `index.html` (URLs end in `/`). */
export const TRAILING_SLASH = process.env.PAGEBREAK_TRAILING_SLASH === "1";
