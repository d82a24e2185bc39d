/**
 * The sub-path the site is served under (`BASE_PATH=/course`), or "" at the root. next.config.js
 * copies it into this variable so server and browser code read the same value.
 */
export const BASE_PATH = process.env.PAGEBREAK_BASE_PATH ?? "";

/** True for the static export, whose pages are folders with `index.html` (URLs end in `/`). */
export const TRAILING_SLASH = process.env.PAGEBREAK_TRAILING_SLASH === "1";

/**
 * The address a browser opens for one of the app's pages (`/lessons/x/2`, `/lessons/x/all#slide-3`,
 * `/`): under the base path, and ending in `/` on the static export, whose pages are folders.
 */
export function pageUrl(href: string): string {
  const cut = href.search(/[?#]/);
  const [path, rest] = cut === -1 ? [href, ""] : [href.slice(0, cut), href.slice(cut)];
  const slashed = TRAILING_SLASH && !path.endsWith("/") ? `${path}/` : path;
  return `${BASE_PATH}${slashed}${rest}`;
}
