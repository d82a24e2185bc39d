import { NextResponse } from "next/server";
import { BASE_PATH } from "@/lib/base-path";
import { xapiStatements } from "@/lib/class/exports";
import { asInstructor } from "@/lib/class/server/instructor-route";
import { classStatements } from "@/lib/class/server/service";
import { siteUrl } from "@/lib/class/server/site-url";

/** Every event of the class as xAPI statements, one JSON object a line, for a learning record store. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return asInstructor((await params).code, async (db, code) => {
    const statements = xapiStatements(siteUrl() + BASE_PATH, code, await classStatements(db, code));
    return new NextResponse(statements, {
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Content-Disposition": `attachment; filename="class-${code}-xapi.jsonl"`, "Cache-Control": "no-store" },
    });
  });
}
