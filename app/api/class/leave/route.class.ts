import type { NextRequest } from "next/server";
import { classDatabase } from "@/lib/class/db/connect";
import { clearSessionCookie, currentSession } from "@/lib/class/server/current";
import { json, refuseCrossSite, withDatabase } from "@/lib/class/server/http";
import { endSession } from "@/lib/class/server/sessions";

/** Leaving: this browser stops sending to the class; what it sent stays for the instructor. */
export async function POST(request: NextRequest) {
  const refused = refuseCrossSite(request, { json: false });
  if (refused) return refused;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const session = await currentSession(db, "learner");
    if (session) await endSession(db, session.token);
    await clearSessionCookie("learner");
    return json({ left: true });
  });
}
