"use client";

import { plural, themeName } from "@/lib/data-export/describe";
import { useStoredCounts } from "./use-stored-counts";

/**
 * What this browser keeps, in plain words and counts. Before the page runs in the browser (the data
 * is only there) the list says so instead of showing zeros.
 */
export function StoredSummary() {
  const counts = useStoredCounts();
  const rows: [string, string, string][] = counts
    ? [
        ["Reading progress", plural(counts.lessons, "lesson"), "the furthest and the last slide you reached in each lesson"],
        ["Quiz attempts", plural(counts.attempts, "finished round"), "each quiz's best and last score and how many rounds you finished"],
        ["Quizzes in progress", plural(counts.sessions, "quiz", "quizzes"), "where you are in a quiz you have started, and your answers so far"],
        ["Review schedule", plural(counts.reviewCards, "card"), "when each quiz item is next due for review"],
        ["Theme", counts.theme ? themeName(counts.theme) : "none chosen (System)", "System, Light or Dark"],
        ["Folded outline sections", String(counts.foldedSections), "which sections of the outline you folded away"],
        ...(counts.setAside > 0
          ? [["Set-aside copies", String(counts.setAside), "saved data that could not be read, kept rather than deleted"] as [string, string, string]]
          : []),
      ]
    : [];
  return (
    <section aria-labelledby="stored-heading" className="mb-8">
      <h2 id="stored-heading" className="mb-3 text-xl font-semibold">
        What this browser keeps
      </h2>
      {counts ? (
        <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {rows.map(([term, amount, what]) => (
            <div key={term} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <dt>
                <span className="font-medium">{term}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{what}</span>
              </dt>
              <dd className="font-medium numerals-tabular">{amount}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">Reading what this browser keeps…</p>
      )}
    </section>
  );
}
