import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { BASE_PATH } from "@/lib/base-path";
import { json, problem, refuseCrossSite } from "@/lib/class/server/http";
import { asInstructor } from "@/lib/class/server/instructor-route";
import { removeLearner } from "@/lib/class/server/service";

type Params = { params: Promise<{ code: string; learnerId: string }> };

async function remove(request: NextRequest, { params }: Params, done: (code: string) => NextResponse) {
  const refused = refuseCrossSite(request, { json: false });
  if (refused) return refused;
  const { code, learnerId } = await params;
  return asInstructor(code, async (db, classCode) => {
    const id = z.uuid().safeParse(learnerId);
    if (!id.success || !(await removeLearner(db, classCode, id.data))) return problem(404, "There is no such learner in this class.");
    return done(classCode);
  });
}

/** The instructor deletes a learner of their class with everything the learner sent. */
export function DELETE(request: NextRequest, context: Params) {
  return remove(request, context, () => json({ deleted: true }));
}

/** The dashboard's Delete button: an HTML form (no script needed), back to the dashboard after. */
export function POST(request: NextRequest, context: Params) {
  return remove(request, context, (code) => new NextResponse(null, { status: 303, headers: { Location: `${BASE_PATH}/class/${code}#learners`, "Cache-Control": "no-store" } }));
}
