import { writeStored } from "../../browser-storage";
import { BASE_PATH } from "../../base-path";
import { readStored } from "../../browser-storage";
import { acknowledge, EMPTY_OUTBOX, nextBatch, parseOutbox, sendFailed, type Outbox } from "../outbox";
import { markSignedOut, membership, OUTBOX_KEY } from "./membership";

/** The outbox as stored, every event checked again (what another tab or version wrote included). */
export function readOutbox(): Outbox {
  return readStored(OUTBOX_KEY, (raw) => parseOutbox(raw), EMPTY_OUTBOX);
}

/**
 * Sends the outbox to the class in batches, one request at a time, and schedules the next try after
 * a failure (lib/class/outbox.ts decides when). Loaded only once a learner in a class records an
 * event or opens a class page. Another tab may send the same events at the same time: the server
 * stores each id once, so that costs a request, never a duplicate.
 */

export const EVENTS_URL = `${BASE_PATH}/api/class/events`;
const KEEPALIVE_LIMIT = 60_000;
/** Events recorded close together go in one request. */
const GATHER_MS = 250;

let inFlight = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function schedule(delay: number) {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void sendNow();
  }, Math.max(0, delay));
}

function listen() {
  if (listening || typeof window === "undefined") return;
  listening = true;
  // Back online: try at once instead of waiting out the backoff.
  window.addEventListener("online", () => {
    const outbox = readOutbox();
    writeStored(OUTBOX_KEY, { ...outbox, notBefore: 0 });
    schedule(0);
  });
}

/** Sends what is waiting shortly (gathering events recorded together). */
export function sendSoon(): void {
  listen();
  schedule(GATHER_MS);
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** One request with the oldest waiting events; then the next batch, or a retry after a wait. */
export async function sendNow(): Promise<void> {
  if (inFlight) return;
  const member = membership();
  if (!member || member.signedOut) return;
  const batch = nextBatch(readOutbox(), Date.now());
  if (batch.length === 0) {
    const { events, notBefore } = readOutbox();
    if (events.length > 0) schedule(notBefore - Date.now());
    return;
  }
  inFlight = true;
  try {
    const body = JSON.stringify({ events: batch });
    const response = await fetch(EVENTS_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      credentials: "same-origin",
      // keepalive lets a batch finish as the page unloads, but only for bodies under 64 KB.
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
    if (response.ok) {
      const answer = (await response.json()) as { acknowledged?: unknown; refused?: unknown };
      const ids = [answer.acknowledged, answer.refused].flatMap((list) => (Array.isArray(list) ? list.filter((id): id is string => typeof id === "string") : []));
      // Re-read: events recorded while the request was out must stay.
      writeStored(OUTBOX_KEY, acknowledge(readOutbox(), ids));
      if (readOutbox().events.length > 0) schedule(0);
      return;
    }
    if (response.status === 401) {
      // The class no longer knows this browser: keep the events, stop sending, and say so on /class.
      markSignedOut();
      return;
    }
    writeStored(OUTBOX_KEY, sendFailed(readOutbox(), Date.now(), Math.random(), retryAfterMs(response)));
  } catch {
    // Offline or the server is gone: the events wait.
    writeStored(OUTBOX_KEY, sendFailed(readOutbox(), Date.now(), Math.random()));
  } finally {
    inFlight = false;
  }
  const { notBefore } = readOutbox();
  schedule(notBefore - Date.now());
}
