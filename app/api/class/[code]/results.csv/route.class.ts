import { NextResponse } from "next/server";
import { dashboardCsv } from "@/lib/class/exports";
import { problem } from "@/lib/class/server/http";
import { asInstructor } from "@/lib/class/server/instructor-route";
import { classReport } from "@/lib/class/server/service";

/** The dashboard as CSV (items by error rate, progress, scores), for the instructor of the class only. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return asInstructor((await params).code, async (db, code) => {
    const report = await classReport(db, code);
    if (!report) return problem(404, "There is no class with this code.");
    return new NextResponse(dashboardCsv(report.dashboard), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="class-${code}.csv"`, "Cache-Control": "no-store" },
    });
  });
}
