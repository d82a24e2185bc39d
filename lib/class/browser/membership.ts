import { z } from "zod";
import { readStored, subscribeToStorage, writeStored, writeStoredTexts } from "../../browser-storage";
import { classCodeSchema } from "../names";
import { MEMBERSHIP_KEY, OUTBOX_KEY } from "./keys";

/**
 * Which class this browser belongs to, kept next to the rest of the learner's data. The server
 * knows the learner by an HttpOnly cookie; this copy is only what the pages show and whether to
 * record events at all (no membership: nothing is recorded, exactly as before class mode).
 */
export { MEMBERSHIP_KEY, OUTBOX_KEY };

const membershipSchema = z.strictObject({
  version: z.literal(1),
  code: classCodeSchema,
  className: z.string().max(200),
  displayName: z.string().max(200),
  learnerId: z.uuid(),
  joinedAt: z.string().max(40),
  /** The server no longer knows this browser's session (cookies cleared, or deleted by the instructor). */
  signedOut: z.boolean().optional(),
});

export type Membership = z.infer<typeof membershipSchema>;

function parseMembership(raw: string | null): Membership | null | undefined {
  if (raw === null) return null;
  try {
    const parsed = membershipSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function membership(): Membership | null {
  return readStored(MEMBERSHIP_KEY, parseMembership, null);
}

export function saveMembership(value: Membership): boolean {
  return writeStored(MEMBERSHIP_KEY, value);
}

export function markSignedOut(): void {
  const current = membership();
  if (current && !current.signedOut) writeStored(MEMBERSHIP_KEY, { ...current, signedOut: true });
}

/** Forgets the class here; events not yet sent are dropped with it only when `dropOutbox` says so. */
export function forgetMembership(dropOutbox: boolean): boolean {
  return writeStoredTexts(dropOutbox ? { [MEMBERSHIP_KEY]: null, [OUTBOX_KEY]: null } : { [MEMBERSHIP_KEY]: null });
}

export function subscribeToMembership(listener: () => void): () => void {
  return subscribeToStorage((key) => key === MEMBERSHIP_KEY || key === OUTBOX_KEY, listener);
}
