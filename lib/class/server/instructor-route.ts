import "server-only";
import type { Kysely } from "kysely";
import type { NextResponse } from "next/server";
import { classDatabase } from "../db/connect";
import type { ClassDatabase } from "../db/schema";
import { classCodeSchema } from "../names";
import { currentSession, instructorOf } from "./current";
import { problem, withDatabase } from "./http";

/**
 * Runs an instructor API's work only for the instructor signed in to this class: 401 without an
 * instructor session (a learner's cookie is not one), 403 with one for another class.
 */
export function asInstructor(codeParam: string, work: (db: Kysely<ClassDatabase>, classCode: string) => Promise<NextResponse>): Promise<NextResponse> {
  return withDatabase(async () => {
    const code = classCodeSchema.safeParse(codeParam);
    const { db } = await classDatabase();
    if (!code.success) return problem(404, "There is no class with this code.");
    const session = await instructorOf(db, code.data);
    if (!session) {
      const other = await currentSession(db, "instructor");
      return other ? problem(403, "You are signed in to another class.") : problem(401, "Sign in as this class's instructor.");
    }
    return work(db, code.data);
  });
}
