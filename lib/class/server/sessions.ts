import "server-only";
import type { Kysely } from "kysely";
import { BASE_PATH } from "@/lib/base-path";
import type { ClassDatabase } from "../db/schema";
import { createSession, deleteSession, findSession, type SessionRecord } from "../db/queries";
import { hashToken, newToken } from "./tokens";

/**
 * The two cookies of class mode: a learner's (set by Join) and an instructor's (set by the one-time
 * sign-in address). HttpOnly (no script reads them), SameSite=Strict (no other site's page sends
 * them), Secure when the site is served over HTTPS, scoped to the site's base path.
 */
export const LEARNER_COOKIE = "pagebreak-learner";
export const INSTRUCTOR_COOKIE = "pagebreak-instructor";

const DAY = 24 * 60 * 60 * 1000;
/** A learner stays in the class for a term unless they leave. */
export const LEARNER_SESSION_MS = 180 * DAY;
export const INSTRUCTOR_SESSION_MS = 7 * DAY;

type Db = Kysely<ClassDatabase>;
type Role = SessionRecord["role"];

export interface CookieOptions {
  httpOnly: true;
  sameSite: "strict";
  secure: boolean;
  path: string;
  maxAge: number;
}

export function cookieName(role: Role): string {
  return role === "learner" ? LEARNER_COOKIE : INSTRUCTOR_COOKIE;
}

export function cookieOptions(role: Role, secure: boolean): CookieOptions {
  const ms = role === "learner" ? LEARNER_SESSION_MS : INSTRUCTOR_SESSION_MS;
  return { httpOnly: true, sameSite: "strict", secure, path: BASE_PATH || "/", maxAge: Math.floor(ms / 1000) };
}

/** True when the browser reached the site over HTTPS (directly, or through a proxy that says so). */
export function isSecureRequest(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** Starts a session and returns the cookie's value (the only copy of the token). */
export async function startSession(db: Db, session: SessionRecord): Promise<string> {
  const token = newToken();
  const ms = session.role === "learner" ? LEARNER_SESSION_MS : INSTRUCTOR_SESSION_MS;
  await createSession(db, hashToken(token), session, new Date(Date.now() + ms));
  return token;
}

/** The session a cookie value names, if it exists, has not expired and has this role. */
export async function sessionForToken(db: Db, token: string | undefined, role: Role): Promise<SessionRecord | undefined> {
  if (!token || token.length > 200) return undefined;
  const session = await findSession(db, hashToken(token), new Date());
  return session?.role === role ? session : undefined;
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  const hash = hashToken(token);
  recentLearners().delete(hash);
  await deleteSession(db, hash);
}

/**
 * Learner sessions this process looked up in the last half minute, for the one hot path: the
 * outbox's event batches, hundreds a second in a class, each of which would otherwise cost a query
 * before its write. What a stale entry could let through is bounded by the database itself: a
 * learner who left or was removed has no row for an event to point to, so the write is refused.
 * Ending a session here forgets it at once; another instance forgets it within RECENT_MS. On
 * `globalThis`, as the database is: each route is bundled with its own copy of this module.
 */
const RECENT_MS = 30_000;
const RECENT_MAX = 10_000;
const RECENT = Symbol.for("pagebreak.recentLearnerSessions");

function recentLearners(): Map<string, { session: SessionRecord; until: number }> {
  const shared = globalThis as { [RECENT]?: Map<string, { session: SessionRecord; until: number }> };
  return (shared[RECENT] ??= new Map());
}

/** The learner session of a cookie value, as `sessionForToken` finds it, remembered for RECENT_MS. */
export async function recentLearnerSession(db: Db, token: string | undefined, now = Date.now()): Promise<SessionRecord | undefined> {
  if (!token) return undefined;
  const hash = hashToken(token);
  const recent = recentLearners();
  const hit = recent.get(hash);
  if (hit && hit.until > now) return hit.session;
  recent.delete(hash);
  const session = await sessionForToken(db, token, "learner");
  if (!session) return undefined;
  // Oldest first in a Map: when full, forget the one remembered longest ago.
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(hash, { session, until: now + RECENT_MS });
  return session;
}
