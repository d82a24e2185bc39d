// @ts-check
// Next.js answers a request whose path does not percent-decode (`/content-assets/%E0%A4%A`,
// `/lessons/a%ZZ/1`) with a bare 500 and no security headers when the path could belong to a
// dynamic route: its route matcher throws before any route runs (vercel/next.js#92557), so no
// route can catch it. A rewrite, which Next matches without decoding, sends such paths to one that
// no route serves: they get the 404 page, with the headers of the path that was asked for.

const HEX = "[0-9A-Fa-f]";
/** A UTF-8 continuation byte, 80 to BF. */
const TAIL = `%[89ABab]${HEX}`;

/**
 * One character percent-encoded as UTF-8, as `decodeURIComponent` accepts it (RFC 3629, table 3-7
 * of the Unicode standard): no overlong forms, no surrogates, nothing above U+10FFFF.
 */
const UTF8_CHARACTER = [
  `%[0-7]${HEX}`,
  `%[Cc][2-9A-Fa-f]${TAIL}`,
  `%[Dd]${HEX}${TAIL}`,
  `%[Ee]0%[ABab]${HEX}${TAIL}`,
  `%[Ee][1-9A-Ca-cEeFf]${TAIL}${TAIL}`,
  `%[Ee][Dd]%[89]${HEX}${TAIL}`,
  `%[Ff]0%[9ABab]${HEX}${TAIL}${TAIL}`,
  `%[Ff][1-3]${TAIL}${TAIL}${TAIL}`,
  `%[Ff]4%8${HEX}${TAIL}${TAIL}`,
].join("|");

/** A path `decodeURIComponent` decodes: characters other than `%`, and UTF-8 `%XX` sequences. */
export const DECODABLE_PATH = `(?:[^%]|${UTF8_CHARACTER})*`;

/** The rewrite's source (path-to-regexp, as next.config.js takes it): any path that does not decode. */
export const UNDECODABLE_PATH_SOURCE = `/:path((?!${DECODABLE_PATH}$).*)`;

/** Where those paths go: no route serves it, so Next renders the 404 page. */
export const UNDECODABLE_PATH_DESTINATION = "/_pagebreak/undecodable-path";

/**
 * The rules for next.config.js `rewrites()`. Before the file system, where a path that does not
 * decode can be no file, and before the dynamic routes, whose matcher throws on it.
 */
export function nextRewriteRules() {
  return { beforeFiles: [{ source: UNDECODABLE_PATH_SOURCE, destination: UNDECODABLE_PATH_DESTINATION }], afterFiles: [], fallback: [] };
}
