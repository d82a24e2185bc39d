// @ts-check
// Pins each prerendered page's inline scripts with a per-page Content Security Policy.
//
// Next.js inlines scripts in every page: the React Server Components payload
// (`self.__next_f.push([…])`), Turbopack's bootstrap, and our theme boot script. A single response
// header cannot list their hashes (they differ on every page), and nonces would force every page
// to render per request. So after the build, each prerendered HTML file gets a
// `<meta http-equiv="Content-Security-Policy">` listing the hashes of exactly the inline scripts it
// carries. Only scripts of a known shape are hashed: pure data pushed onto Next's or Turbopack's
// queue, or one of our own scripts given by the caller. Anything else (a `<script>` smuggled in
// through a lesson, should the sanitizer ever miss one) is left unhashed, so the browser refuses it.
import { createHash } from "node:crypto";
import { contentSecurityPolicy } from "./policy.mjs";

/** An opening `<script …>` tag (attribute values may hold `>` when quoted), its text and its end. */
const SCRIPT_RE = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE_RE = /(?:^|\s)src\s*=/i;

/** `(self.__next_f=self.__next_f||[]).push([0])`: Next creates the payload queue. */
const NEXT_QUEUE_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
/** `self.__next_f.push([1,"…"])`: one chunk of the RSC payload, a JSON array. */
const NEXT_PAYLOAD_RE = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
/** Turbopack's bootstrap: which chunks to load, a JSON object. */
const TURBOPACK_RE = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

/**
 * @typedef {object} InlineScript
 * @property {string} attributes The opening tag's attributes, as written.
 * @property {string} text The script's code.
 */

/**
 * The inline scripts of an HTML document (scripts with a `src` are not inline).
 * @param {string} html
 * @returns {InlineScript[]}
 */
export function inlineScripts(html) {
  /** @type {InlineScript[]} */
  const found = [];
  for (const match of html.matchAll(SCRIPT_RE)) {
    const attributes = match[1] ?? "";
    const text = match[2] ?? "";
    if (!SRC_ATTRIBUTE_RE.test(attributes) && text.trim() !== "") found.push({ attributes, text });
  }
  return found;
}

/** @param {string} json */
function isJson(json) {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an inline script is one Next.js or Turbopack writes into every page: a call that only
 * hands JSON data to the framework's queue.
 * @param {string} text
 */
export function isFrameworkScript(text) {
  if (text === NEXT_QUEUE_INIT) return true;
  const payload = NEXT_PAYLOAD_RE.exec(text)?.[1];
  if (payload !== undefined) return isJson(payload);
  const chunks = TURBOPACK_RE.exec(text)?.[1];
  if (chunks !== undefined) return isJson(chunks);
  return false;
}

/**
 * The CSP hash source of a script's text, as the browser computes it (UTF-8, after the HTML parser
 * has turned CR LF into LF).
 * @param {string} text
 */
export function scriptHash(text) {
  return `sha256-${createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("base64")}`;
}

/**
 * Hashes a page's allowed inline scripts.
 * @param {string} html
 * @param {readonly string[]} ownScripts The exact text of our own inline scripts (the theme boot script).
 * @returns {{ hashes: string[], refused: string[] }} Hashes of the allowed scripts, in page order
 *   without repeats, and the text of scripts that were not allowed.
 */
export function pageScriptHashes(html, ownScripts) {
  /** @type {string[]} */
  const hashes = [];
  /** @type {string[]} */
  const refused = [];
  for (const { text } of inlineScripts(html)) {
    if (!ownScripts.includes(text) && !isFrameworkScript(text)) {
      refused.push(text);
      continue;
    }
    const hash = scriptHash(text);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return { hashes, refused };
}

const POLICY_META_RE = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
const HEAD_START_RE = /<head(?:\s[^>]*)?>/i;
const CHARSET_RE = /^\s*<meta charSet="[^"]*"\s*\/?>/i;

/**
 * Puts the page's policy in a `<meta>` tag at the top of `<head>`, before any script (a `<meta>`
 * policy covers only what follows it). Running it again replaces the tag.
 * @param {string} html
 * @param {readonly string[]} ownScripts
 * @returns {{ html: string, hashes: string[], refused: string[] }}
 */
export function withPolicyMeta(html, ownScripts) {
  const without = html.replace(POLICY_META_RE, "");
  const { hashes, refused } = pageScriptHashes(without, ownScripts);
  const head = HEAD_START_RE.exec(without);
  if (!head) throw new Error("expected a <head> element, found none");
  let at = head.index + head[0].length;
  // Keep `<meta charSet>` first: browsers look for it in the first 1024 bytes.
  const charset = CHARSET_RE.exec(without.slice(at));
  if (charset) at += charset[0].length;
  const firstScript = without.search(/<script\b/i);
  if (firstScript !== -1 && firstScript < at) throw new Error("expected <head> to start before any <script>, found a script first");
  const policy = contentSecurityPolicy({ scriptHashes: hashes, meta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  return { html: without.slice(0, at) + meta + without.slice(at), hashes, refused };
}
