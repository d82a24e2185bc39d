import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { RateLimiter, type RateLimit } from "../rate-limit";
import { isJsonContentType, isSameOriginRequest } from "../same-origin";

/**
 * What every class-mode route handler does before and after its one call: refuse cross-site
 * state changes and non-JSON bodies, cap and parse the body with zod, limit the rate, and answer
 * 503 (with Retry-After) when the database is down, so the learner's outbox waits and retries.
 */

/**
 * Answers are never cached, and never compressed on the way: they are a few hundred bytes, the
 * outbox sends hundreds a second, and gzip would cost more than it saves (`no-transform` is what
 * Next's compression looks for; it strips any Content-Length we set).
 */
const NO_STORE = { "Cache-Control": "no-store, no-transform" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function problem(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return json({ error: message }, status, headers);
}

/** A refusal when a state-changing request is not from this site's own pages; undefined when it is. */
export function refuseCrossSite(request: NextRequest, { json: needsJson }: { json: boolean }): NextResponse | undefined {
  const same = isSameOriginRequest({
    method: request.method,
    host: request.headers.get("host"),
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
  });
  if (!same) return problem(403, "This request must come from a page of this site.");
  if (needsJson && !isJsonContentType(request.headers.get("content-type"))) return problem(415, "Send JSON (Content-Type: application/json).");
  return undefined;
}

/** Reads at most `maxBytes` of the body (refusing more before reading it all) and parses it with `schema`. */
export async function readBody<T>(request: NextRequest, schema: z.ZodType<T>, maxBytes: number): Promise<{ data: T } | { response: NextResponse }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { response: problem(413, `The request is larger than ${maxBytes} bytes.`) };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { response: problem(413, `The request is larger than ${maxBytes} bytes.`) };
    }
    chunks.push(value);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return { response: problem(400, "The request is not JSON.") };
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return { response: problem(400, `${where}${issue?.message ?? "invalid request"}`) };
  }
  return { data: result.data };
}

/**
 * The client's address for rate limits: the first `X-Forwarded-For` hop when PAGEBREAK_TRUST_PROXY=1
 * (behind a load balancer that sets it), else one shared key, since Next's route handlers are not
 * told the socket's address.
 */
export function clientKey(request: NextRequest): string {
  if (process.env.PAGEBREAK_TRUST_PROXY === "1") {
    const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return `ip:${first}`;
  }
  return "all";
}

const limiters = new Map<string, RateLimiter>();

/** A 429 when `key` is over the named limit; undefined when the request may go on. */
export function rateLimited(name: string, limit: RateLimit, key: string): NextResponse | undefined {
  let limiter = limiters.get(name);
  if (!limiter) limiters.set(name, (limiter = new RateLimiter(limit)));
  const wait = limiter.take(key, Date.now());
  return wait === 0 ? undefined : problem(429, "Too many requests; try again shortly.", { "Retry-After": String(wait) });
}

/** Seconds a learner's outbox is told to wait when the database does not answer. */
const RETRY_AFTER_DOWN = 5;

/** Runs the handler's work; a failure to reach or use the database answers 503, not a stack trace. */
export async function withDatabase(work: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await work();
  } catch (error) {
    console.error(`class mode: the database failed: ${error instanceof Error ? error.message : String(error)}`);
    return problem(503, "The class database is unavailable; your answers are kept and sent later.", { "Retry-After": String(RETRY_AFTER_DOWN) });
  }
}
