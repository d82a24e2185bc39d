import type { Metadata } from "next";
import { DeleteData } from "@/components/data/delete-data";
import { DownloadData } from "@/components/data/download-data";
import { ImportData } from "@/components/data/import-data";
import { StoredSummary } from "@/components/data/stored-summary";
import { PageLink } from "@/components/page-link";
import "@/styles/site.css";

export const metadata: Metadata = { title: "Your data" };

export default function YourDataPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Your data</h1>
      <p className="mb-8 max-w-prose text-slate-700 dark:text-slate-300">
        Pagebreak keeps what you do only in this browser; nothing is sent to a server. Here you can see what it keeps, take it to another
        browser as one file, and delete it.
        {/* Class mode exists only on a server build (README, "Class mode"). */}
        {process.env.PAGEBREAK_CLASS === "1" && (
          <>
            {" "}
            If you joined a class, your answers, quiz scores and reading progress also go to it:{" "}
            <PageLink href="/class" className="underline">
              Your class
            </PageLink>{" "}
            shows which one, and lets you leave it or delete what it holds about you.
          </>
        )}
      </p>
      <StoredSummary />
      <section aria-labelledby="move-heading" className="mb-8">
        <h2 id="move-heading" className="mb-3 text-xl font-semibold">
          Take it with you
        </h2>
        <div className="grid gap-6">
          <DownloadData />
          <ImportData />
        </div>
        <p className="mt-4 max-w-prose text-sm text-slate-600 dark:text-slate-400">
          An import adds to what is here: for each lesson the furthest slide either browser reached counts, quiz attempts are added (a file
          imported twice counts once), a quiz in progress and a review card keep their most recent state, and this browser keeps its own
          theme unless it has none.
        </p>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="mb-3 text-xl font-semibold">
          Delete it
        </h2>
        <DeleteData />
      </section>
    </>
  );
}
