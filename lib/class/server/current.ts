import "server-only";
import { cookies } from "next/headers";
import type { Kysely } from "kysely";
import { BASE_PATH } from "@/lib/base-path";
import type { SessionRecord } from "../db/queries";
import type { ClassDatabase } from "../db/schema";
import { cookieName, recentLearnerSession, sessionForToken } from "./sessions";

/** The signed-in learner or instructor of this request, from its cookie; undefined when none. */
export async function currentSession(db: Kysely<ClassDatabase>, role: SessionRecord["role"]): Promise<(SessionRecord & { token: string }) | undefined> {
  const token = (await cookies()).get(cookieName(role))?.value;
  const session = await sessionForToken(db, token, role);
  return session && token ? { ...session, token } : undefined;
}

/** The learner of this request, for writing events: looked up at most every half minute (sessions.ts). */
export async function learnerForWrite(db: Kysely<ClassDatabase>): Promise<SessionRecord | undefined> {
  return recentLearnerSession(db, (await cookies()).get(cookieName("learner"))?.value);
}

/** The instructor session of this request if it is for `classCode`. */
export async function instructorOf(db: Kysely<ClassDatabase>, classCode: string) {
  const session = await currentSession(db, "instructor");
  return session?.classCode === classCode ? session : undefined;
}

/** Removes a class cookie from the browser (same name and path as it was set with). */
export async function clearSessionCookie(role: SessionRecord["role"]): Promise<void> {
  (await cookies()).delete({ name: cookieName(role), path: BASE_PATH || "/" });
}
