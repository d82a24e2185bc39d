import type { NextRequest } from "next/server";
import { classDatabase } from "@/lib/class/db/connect";
import { eventBatchSchema, MAX_BATCH_BYTES } from "@/lib/class/events";
import { EVENTS_PER_LEARNER } from "@/lib/class/limits";
import { learnerForWrite } from "@/lib/class/server/current";
import { json, problem, rateLimited, readBody, refuseCrossSite, withDatabase } from "@/lib/class/server/http";
import { isConstraintViolation } from "@/lib/class/server/event-writer";
import { recordEvents } from "@/lib/class/server/service";

/**
 * The learner's outbox sends its events here in batches. Each id is stored once; the answer lists
 * the ids the browser may now forget (stored, now or before) and those refused.
 */
export async function POST(request: NextRequest) {
  const refused = refuseCrossSite(request, { json: true });
  if (refused) return refused;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const session = await learnerForWrite(db);
    if (!session?.learnerId) return problem(401, "Join a class first.");
    const limited = rateLimited("events", EVENTS_PER_LEARNER, session.learnerId);
    if (limited) return limited;
    const body = await readBody(request, eventBatchSchema, MAX_BATCH_BYTES);
    if ("response" in body) return body.response;
    try {
      const { acknowledged, refused: refusedIds } = await recordEvents(db, session.classCode, session.learnerId, body.data.events);
      return json({ acknowledged, refused: refusedIds });
    } catch (error) {
      // The learner left or was removed after their session was looked up: no row to write for.
      if (isConstraintViolation(error)) return problem(401, "Join a class first.");
      throw error;
    }
  });
}
