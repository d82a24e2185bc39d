import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { BASE_PATH } from "@/lib/base-path";
import { classDatabase } from "@/lib/class/db/connect";
import { MAX_SMALL_BODY_BYTES, SIGN_IN_SHARED } from "@/lib/class/limits";
import { problem, rateLimited, refuseCrossSite, withDatabase } from "@/lib/class/server/http";
import { signInInstructor } from "@/lib/class/server/service";
import { cookieName, cookieOptions, isSecureRequest } from "@/lib/class/server/sessions";

/** A redirect to a path of this site (a relative Location: the Host header is not trusted to build one). */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/**
 * The sign-in page's form posts the one-time token here (a form, so it works without script, and a
 * POST, so a link preview that fetches the address does not use it up). Success: the instructor
 * cookie and a redirect to the dashboard.
 */
export async function POST(request: NextRequest) {
  const refused = refuseCrossSite(request, { json: false });
  if (refused) return refused;
  const limited = rateLimited("sign-in", SIGN_IN_SHARED, "all");
  if (limited) return limited;
  if (Number(request.headers.get("content-length") ?? "0") > MAX_SMALL_BODY_BYTES) return problem(413, "The request is too large.");
  let token: string | undefined;
  try {
    const value = (await request.formData()).get("token");
    token = typeof value === "string" && value.length <= 200 ? value : undefined;
  } catch {
    token = undefined;
  }
  if (!token) return problem(400, "The sign-in form has no token.");
  const signInToken = token;
  return withDatabase(async () => {
    const { db } = await classDatabase();
    const signedIn = await signInInstructor(db, signInToken);
    if (!signedIn) {
      return seeOther(`${BASE_PATH}/class/sign-in?failed=1`);
    }
    (await cookies()).set(cookieName("instructor"), signedIn.sessionToken, cookieOptions("instructor", isSecureRequest(request)));
    return seeOther(`${BASE_PATH}/class/${signedIn.classCode}`);
  });
}
