/**
 * A token bucket per key (an address, a session): `burst` requests at once, then `perMinute`
 * refilled evenly. In memory, per process: behind a load balancer each instance counts alone, so
 * the effective limit is the instances times this (README, "Class mode"). Pure but for the map it
 * keeps; the clock is passed in.
 */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** At most this many keys are remembered; the oldest are forgotten first (a flood of keys cannot exhaust memory). */
const MAX_KEYS = 50_000;

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(readonly limit: RateLimit) {}

  /** Takes one token for `key`; returns 0 when allowed, else the seconds until a token is back. */
  take(key: string, now: number): number {
    const refillPerMs = this.limit.perMinute / 60_000;
    const bucket = this.#buckets.get(key);
    const tokens = bucket ? Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * refillPerMs) : this.limit.burst;
    this.#buckets.delete(key);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000));
    }
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.#buckets.size > MAX_KEYS) this.#buckets.delete(this.#buckets.keys().next().value!);
    return 0;
  }
}
