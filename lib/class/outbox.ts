import { z } from "zod";
import { classEventSchema, MAX_EVENTS_PER_BATCH, type ClassEvent } from "./events";

/**
 * The learner's outbox, pure: events wait here (stored in the browser first) until the class
 * acknowledges them. Sending is in batches; after a failure the next try waits with exponential
 * backoff and jitter (AWS Architecture Blog, "Exponential backoff and jitter": full jitter over
 * the upper half), at least what the server's Retry-After asked. An event leaves only when its id
 * is acknowledged (or refused as not this learner's), so an offline learner or a server killed mid-
 * request loses nothing; the server stores each id once, so sending twice is harmless.
 */

export const OUTBOX_VERSION = 1;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

export const outboxSchema = z.strictObject({
  version: z.literal(OUTBOX_VERSION),
  events: z.array(classEventSchema),
  /** Failed sends in a row. */
  failures: z.number().int().min(0),
  /** No send before this time (ms since the epoch). */
  notBefore: z.number().min(0),
});

export type Outbox = z.infer<typeof outboxSchema>;

export const EMPTY_OUTBOX: Outbox = { version: OUTBOX_VERSION, events: [], failures: 0, notBefore: 0 };

/** Reads a stored outbox; a damaged one keeps the events that still parse (none is thrown away for another's sake). */
export function parseOutbox(raw: string | null): Outbox {
  if (raw === null) return EMPTY_OUTBOX;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_OUTBOX;
  }
  const whole = outboxSchema.safeParse(json);
  if (whole.success) return whole.data;
  const events = typeof json === "object" && json !== null && Array.isArray((json as { events?: unknown }).events) ? (json as { events: unknown[] }).events : [];
  return { ...EMPTY_OUTBOX, events: events.flatMap((event) => {
    const parsed = classEventSchema.safeParse(event);
    return parsed.success ? [parsed.data] : [];
  }) };
}

export function enqueue(outbox: Outbox, event: ClassEvent): Outbox {
  if (outbox.events.some((queued) => queued.id === event.id)) return outbox;
  return { ...outbox, events: [...outbox.events, event] };
}

/** The next batch to send, oldest first; empty when there is nothing or the backoff is not over. */
export function nextBatch(outbox: Outbox, now: number): ClassEvent[] {
  if (now < outbox.notBefore) return [];
  return outbox.events.slice(0, MAX_EVENTS_PER_BATCH);
}

/** Forgets the events the server acknowledged (or refused); a success ends the backoff. */
export function acknowledge(outbox: Outbox, ids: readonly string[]): Outbox {
  const done = new Set(ids);
  return { ...outbox, events: outbox.events.filter((event) => !done.has(event.id)), failures: 0, notBefore: 0 };
}

/** The wait before try number `failures + 1`: 1 s doubling to a minute, each drawn in its upper half. */
export function backoffMs(failures: number, random: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** A failed send: the events stay, the next try waits. `retryAfterMs` is the server's own ask, if any. */
export function sendFailed(outbox: Outbox, now: number, random: number, retryAfterMs = 0): Outbox {
  const failures = outbox.failures + 1;
  return { ...outbox, failures, notBefore: now + Math.max(backoffMs(failures, random), retryAfterMs) };
}
