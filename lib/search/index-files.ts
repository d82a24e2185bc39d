/**
 * Which of Pagefind's output files the site serves, and as what. Pure, so the route and the tests
 * agree. Pagefind also writes its ready-made UIs (`pagefind-ui.js`, `pagefind-component-ui.js`, …)
 * and a highlighter; the course's own search box uses only the search API, so those are not served.
 */

/** The files the search API loads: its script and worker, the entry file, the wasm and the index. */
const SERVED_RE = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(?:fragment|index|filter)\/[\w-]+\.pf_(?:fragment|index|filter))$/;

export function isServedIndexFile(path: string): boolean {
  return SERVED_RE.test(path);
}

/** The Content-Type of a served file; scripts must say so, since every response has `nosniff`. */
export function indexFileType(path: string): string {
  if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
  if (path.endsWith(".json")) return "application/json";
  return "application/octet-stream";
}
