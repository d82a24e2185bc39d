import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { classDatabase } from "@/lib/class/db/connect";
import { JOIN_PER_CLIENT, JOIN_SHARED, MAX_SMALL_BODY_BYTES } from "@/lib/class/limits";
import { classCodeSchema, displayNameSchema } from "@/lib/class/names";
import { clientKey, json, problem, rateLimited, readBody, refuseCrossSite, withDatabase } from "@/lib/class/server/http";
import { joinClass } from "@/lib/class/server/service";
import { cookieName, cookieOptions, isSecureRequest } from "@/lib/class/server/sessions";

const joinSchema = z.strictObject({ code: classCodeSchema, name: displayNameSchema });

/** Join: a display name and the class code in, a learner cookie out. */
export async function POST(request: NextRequest) {
  const refused = refuseCrossSite(request, { json: true });
  if (refused) return refused;
  const key = clientKey(request);
  const limited = rateLimited(key === "all" ? "join-shared" : "join", key === "all" ? JOIN_SHARED : JOIN_PER_CLIENT, key);
  if (limited) return limited;
  const body = await readBody(request, joinSchema, MAX_SMALL_BODY_BYTES);
  if ("response" in body) return body.response;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const joined = await joinClass(db, body.data.code, body.data.name);
    if (!joined) return problem(404, "There is no class with this code.");
    (await cookies()).set(cookieName("learner"), joined.sessionToken, cookieOptions("learner", isSecureRequest(request)));
    return json({ classCode: joined.classCode, className: joined.className, learnerId: joined.learnerId, displayName: joined.displayName }, 201);
  });
}
