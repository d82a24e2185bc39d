import type { NextRequest } from "next/server";
import { classDatabase } from "@/lib/class/db/connect";
import { clearSessionCookie, currentSession } from "@/lib/class/server/current";
import { json, problem, refuseCrossSite, withDatabase } from "@/lib/class/server/http";
import { learnerData, deleteLearnerData } from "@/lib/class/server/service";

/** The signed-in learner's own data: their name, class and events. Nobody else's, by construction. */
export async function GET() {
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const session = await currentSession(db, "learner");
    if (!session?.learnerId) return problem(401, "You are not in a class.");
    const data = await learnerData(db, session.learnerId);
    return data ? json(data) : problem(401, "You are not in a class.");
  });
}

/** Deletes the learner's data at the class (their name and every event) and signs them out. */
export async function DELETE(request: NextRequest) {
  const refused = refuseCrossSite(request, { json: false });
  if (refused) return refused;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const session = await currentSession(db, "learner");
    if (!session?.learnerId) return problem(401, "You are not in a class.");
    await deleteLearnerData(db, session.classCode, session.learnerId, session.token);
    await clearSessionCookie("learner");
    return json({ deleted: true });
  });
}
