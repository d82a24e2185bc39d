/**
 * Cross-site request forgery protection for class mode's state-changing requests, by origin check
 * (OWASP's "verifying origin with standard headers"; The Copenhagen Book, "CSRF"). Current browsers
 * send `Sec-Fetch-Site` on every request, older ones `Origin` on every POST; a page forges neither.
 * A request carrying neither is refused too: class mode has no clients but browsers and its own
 * CLI, which does not use these endpoints.
 */

export interface RequestOrigin {
  method: string;
  /** The `Host` header: the origin the browser addressed. */
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True when a state-changing request comes from a page of this same site (or the method changes nothing). */
export function isSameOriginRequest(request: RequestOrigin): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  // Sec-Fetch-Site, where sent, decides: it is a forbidden header no page can set, and it stays
  // right where Origin is "null" (a form posted from a page with `Referrer-Policy: no-referrer`).
  if (request.secFetchSite !== null) return request.secFetchSite === "same-origin";
  if (request.origin === null || request.origin === "null" || !request.host) return false;
  try {
    return new URL(request.origin).host.toLowerCase() === request.host.toLowerCase();
  } catch {
    return false;
  }
}

/** True for a JSON body (`application/json`, any parameters): a plain HTML form cannot send one. */
export function isJsonContentType(contentType: string | null): boolean {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}
