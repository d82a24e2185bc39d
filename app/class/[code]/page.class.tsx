import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ClassUnavailable } from "@/components/class/class-unavailable";
import { ItemsTable } from "@/components/class/dashboard/items-table";
import { ProgressTable } from "@/components/class/dashboard/progress-table";
import { RevisitsTable } from "@/components/class/dashboard/revisits-table";
import { ScoresTable } from "@/components/class/dashboard/scores-table";
import { BASE_PATH } from "@/lib/base-path";
import { classDatabase } from "@/lib/class/db/connect";
import { classCodeSchema } from "@/lib/class/names";
import { instructorOf } from "@/lib/class/server/current";
import { classReport, type ClassReport } from "@/lib/class/server/service";
import "@/styles/site.css";

export const metadata: Metadata = { title: "Class dashboard", robots: { index: false } };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="mb-10">
      <h2 id={`${id}-heading`} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The instructor's dashboard: only with this class's instructor session; anyone else sees how to sign in. */
export default async function DashboardPage({ params }: { params: Promise<{ code: string }> }) {
  const code = classCodeSchema.safeParse((await params).code);
  if (!code.success) notFound();
  let report: ClassReport | undefined;
  let signedIn = false;
  try {
    const { db } = await classDatabase();
    signedIn = (await instructorOf(db, code.data)) !== undefined;
    report = signedIn ? await classReport(db, code.data) : undefined;
  } catch {
    return <ClassUnavailable />;
  }
  if (!signedIn) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold tracking-tight">Instructor sign-in required</h1>
        <p className="max-w-prose">
          This class&apos;s dashboard is for its instructor. Open the sign-in address that <code>npm run class -- sign-in {code.data}</code> prints.
        </p>
      </>
    );
  }
  if (!report) notFound();
  const { classRecord, dashboard } = report;
  const downloads = `${BASE_PATH}/api/class/${classRecord.code}`;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{classRecord.name}</h1>
      <p className="mb-8 text-slate-700 dark:text-slate-300">
        Class code {classRecord.code} · {dashboard.learners.length} {dashboard.learners.length === 1 ? "learner" : "learners"} · Download:{" "}
        <a href={`${downloads}/results.csv`} className="underline">
          results (CSV)
        </a>
        ,{" "}
        <a href={`${downloads}/statements.jsonl`} className="underline">
          xAPI statements (JSON lines)
        </a>
      </p>
      <Section id="items" title="Quiz items, hardest first">
        <ItemsTable items={dashboard.items} />
      </Section>
      <Section id="revisits" title="Slides revisited after wrong answers">
        <RevisitsTable revisits={dashboard.revisits} />
      </Section>
      <Section id="scores" title="Scores per quiz">
        <ScoresTable scores={dashboard.scores} />
      </Section>
      <Section id="learners" title="Learners and lessons">
        <ProgressTable dashboard={dashboard} classCode={classRecord.code} />
      </Section>
    </>
  );
}
