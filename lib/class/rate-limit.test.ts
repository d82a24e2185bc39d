import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";
import { isJsonContentType, isSameOriginRequest } from "./same-origin";

describe("RateLimiter", () => {
  it("allows a burst, then one request per refill interval, per key", () => {
    const limiter = new RateLimiter({ burst: 3, perMinute: 60 });
    expect([0, 0, 0].map((at) => limiter.take("a", at))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 0)).toBe(1);
    expect(limiter.take("b", 0)).toBe(0);
    expect(limiter.take("a", 999)).toBe(1);
    expect(limiter.take("a", 1000)).toBe(0);
    expect(limiter.take("a", 1000)).toBeGreaterThan(0);
  });

  it("never holds more than the burst after a long pause", () => {
    const limiter = new RateLimiter({ burst: 2, perMinute: 60 });
    limiter.take("a", 0);
    const after = [1, 2, 3].map(() => limiter.take("a", 3_600_000));
    expect(after).toEqual([0, 0, 1]);
  });
});

describe("isSameOriginRequest", () => {
  const post = { method: "POST", host: "localhost:3000" };
  it("accepts a same-origin POST from a browser", () => {
    expect(isSameOriginRequest({ ...post, origin: "http://localhost:3000", secFetchSite: "same-origin" })).toBe(true);
    expect(isSameOriginRequest({ ...post, origin: "http://localhost:3000", secFetchSite: null })).toBe(true);
    // A form posted from a page whose referrer policy is no-referrer: Origin is "null".
    expect(isSameOriginRequest({ ...post, origin: "null", secFetchSite: "same-origin" })).toBe(true);
  });
  it("refuses a cross-site or same-site-but-other-origin POST, a null origin, and one with neither header", () => {
    expect(isSameOriginRequest({ ...post, origin: "http://evil.example", secFetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginRequest({ ...post, origin: "http://localhost:3000", secFetchSite: "same-site" })).toBe(false);
    expect(isSameOriginRequest({ ...post, origin: "http://evil.example", secFetchSite: null })).toBe(false);
    expect(isSameOriginRequest({ ...post, origin: "null", secFetchSite: null })).toBe(false);
    expect(isSameOriginRequest({ ...post, origin: null, secFetchSite: null })).toBe(false);
    expect(isSameOriginRequest({ ...post, origin: "http://localhost:3001", secFetchSite: null })).toBe(false);
  });
  it("lets reads through: they change nothing", () => {
    expect(isSameOriginRequest({ method: "GET", host: "localhost:3000", origin: "http://evil.example", secFetchSite: "cross-site" })).toBe(true);
  });
});

describe("isJsonContentType", () => {
  it("accepts JSON with parameters and refuses what a form can send", () => {
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("application/x-www-form-urlencoded")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
