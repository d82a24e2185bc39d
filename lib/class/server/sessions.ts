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
  if (token) await deleteSession(db, hashToken(token));
}
