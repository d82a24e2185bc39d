import { asInstructor } from "@/lib/class/server/instructor-route";
import { json, problem } from "@/lib/class/server/http";
import { classReport } from "@/lib/class/server/service";

/** The dashboard's tables as JSON, for the instructor of the class only. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return asInstructor((await params).code, async (db, code) => {
    const report = await classReport(db, code);
    return report ? json({ class: { code, name: report.classRecord.name }, ...report.dashboard }) : problem(404, "There is no class with this code.");
  });
}
