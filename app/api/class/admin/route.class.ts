import type { NextRequest } from "next/server";
import { z } from "zod";
import { adminSecret, classDatabase } from "@/lib/class/db/connect";
import { MAX_SMALL_BODY_BYTES } from "@/lib/class/limits";
import { classCodeSchema, classNameSchema } from "@/lib/class/names";
import { findClass } from "@/lib/class/db/queries";
import { json, problem, readBody, withDatabase } from "@/lib/class/server/http";
import { createClassWithSignIn, newSignInToken } from "@/lib/class/server/service";
import { sameSecret } from "@/lib/class/server/tokens";

const adminSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("create"), name: classNameSchema }),
  z.strictObject({ action: z.literal("sign-in"), code: classCodeSchema }),
]);

/**
 * What `npm run class` asks a running server on PGlite to do, since only the server may open its
 * data folder. Authorised by the secret the server wrote into that folder (readable by its owner
 * only): no cookie is involved, so there is nothing for another site to forge.
 */
export async function POST(request: NextRequest) {
  const secret = adminSecret();
  const given = /^Bearer (\S{1,200})$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!secret || !given || !sameSecret(given, secret)) return problem(401, "Not authorised.");
  const body = await readBody(request, adminSchema, MAX_SMALL_BODY_BYTES);
  if ("response" in body) return body.response;
  const action = body.data;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    if (action.action === "create") {
      const { classRecord, signInToken } = await createClassWithSignIn(db, action.name);
      return json({ code: classRecord.code, name: classRecord.name, signInToken }, 201);
    }
    const found = await findClass(db, action.code);
    if (!found) return problem(404, "There is no class with this code.");
    return json({ code: found.code, name: found.name, signInToken: await newSignInToken(db, found.code) });
  });
}
