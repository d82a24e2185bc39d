import { readStored, writeStored } from "../../browser-storage";
import type { ClassEvent, EventBody } from "../events";
import { MEMBERSHIP_KEY, OUTBOX_KEY } from "./keys";

/**
 * The one call the app's quiz, reading and Revisit code makes: record a learning event for the
 * learner's class. Does nothing in the static export (the call sites test PAGEBREAK_CLASS, so the
 * bundler drops this module there) and nothing for a learner who never joined a class. The event
 * is in the browser's storage before this returns (a Revisit click may leave the page at once);
 * the sender, loaded only now, sends it in the background and checks every event it reads back.
 * Kept free of zod and the outbox logic so the pages that call it stay light.
 */
export function reportToClass(body: EventBody): void {
  // Tested here as well as at the call sites, so the static export's bundle has no sender chunk either.
  if (process.env.PAGEBREAK_CLASS !== "1" || !joined()) return;
  const event: ClassEvent = { id: uuidV4(), at: new Date().toISOString(), body };
  const stored = readStored(OUTBOX_KEY, parseLoosely, undefined, "append");
  const next = stored ? { ...stored, events: [...stored.events, event] } : { version: 1, events: [event], failures: 0, notBefore: 0 };
  if (!writeStored(OUTBOX_KEY, next)) return;
  startSender();
}

/** Loads the sender and lets it send; offline, the sender's own code may not load: then when back online. */
function startSender(): void {
  if (process.env.PAGEBREAK_CLASS !== "1") return;
  import("./sender").then(
    ({ sendSoon }) => sendSoon(),
    () => window.addEventListener("online", startSender, { once: true }),
  );
}

type LooseOutbox = { events: unknown[] } & Record<string, unknown>;

function parseLoosely(raw: string | null): LooseOutbox | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && Array.isArray((value as LooseOutbox).events) ? (value as LooseOutbox) : undefined;
  } catch {
    return undefined;
  }
}

function joined(): boolean {
  return readStored(MEMBERSHIP_KEY, (raw) => raw !== null, false, "joined");
}

/**
 * A random (version 4) UUID from getRandomValues: crypto.randomUUID exists only in secure contexts,
 * and a class on a local network is often served over plain http.
 */
export function uuidV4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
