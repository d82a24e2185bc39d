import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassEvent } from "./events";
import { acknowledge, backoffMs, EMPTY_OUTBOX, enqueue, nextBatch, parseOutbox, sendFailed } from "./outbox";

function event(n: number): ClassEvent {
  const hex = n.toString(16).padStart(12, "0");
  return { id: `00000000-0000-4000-8000-${hex}`, at: "2026-12-01T10:00:00.000Z", body: { kind: "progress", lesson: "intro", slide: 1, total: 3 } };
}

describe("the outbox", () => {
  it("sends oldest first in batches of at most 100, and forgets only what was acknowledged", () => {
    let outbox = EMPTY_OUTBOX;
    for (let n = 0; n < 150; n++) outbox = enqueue(outbox, event(n));
    const batch = nextBatch(outbox, 0);
    expect(batch.map((queued) => queued.id)).toEqual(Array.from({ length: 100 }, (_, n) => event(n).id));
    outbox = acknowledge(outbox, batch.slice(0, 60).map((queued) => queued.id));
    expect(outbox.events).toHaveLength(90);
    expect(outbox.events[0]!.id).toBe(event(60).id);
  });

  it("never queues one id twice", () => {
    expect(enqueue(enqueue(EMPTY_OUTBOX, event(1)), event(1)).events).toHaveLength(1);
  });

  it("waits after a failure, longer each time up to a minute, at least the server's Retry-After, and a success ends the wait", () => {
    let outbox = enqueue(EMPTY_OUTBOX, event(1));
    outbox = sendFailed(outbox, 1000, 1);
    expect(outbox.notBefore).toBe(2000);
    expect(nextBatch(outbox, 1999)).toEqual([]);
    expect(nextBatch(outbox, 2000)).toHaveLength(1);
    outbox = sendFailed(outbox, 2000, 1, 5000);
    expect(outbox.notBefore).toBe(7000);
    outbox = acknowledge(outbox, []);
    expect(nextBatch(outbox, 0)).toHaveLength(1);
  });

  it("draws each wait in the upper half of a ceiling that doubles to 60 s", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, random) => {
        const ceiling = Math.min(60_000, 1000 * 2 ** (failures - 1));
        const wait = backoffMs(failures, random);
        return wait >= ceiling / 2 - 1 && wait <= ceiling;
      }),
    );
  });

  it("reads back what it stored, and from a damaged value keeps every event that still parses", () => {
    const outbox = sendFailed(enqueue(enqueue(EMPTY_OUTBOX, event(1)), event(2)), 0, 0.5);
    expect(parseOutbox(JSON.stringify(outbox))).toEqual(outbox);
    const damaged = JSON.stringify({ version: 1, events: [event(1), { id: "nope" }, event(2)], failures: -1 });
    expect(parseOutbox(damaged).events.map((queued) => queued.id)).toEqual([event(1).id, event(2).id]);
    expect(parseOutbox("{oops")).toEqual(EMPTY_OUTBOX);
    expect(parseOutbox(null)).toEqual(EMPTY_OUTBOX);
  });
});
