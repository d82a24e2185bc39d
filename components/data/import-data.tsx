"use client";

import { useId, useState, type ChangeEvent } from "react";
import { importSentence } from "@/lib/data-export/describe";
import { MAX_FILE_CHARACTERS } from "@/lib/data-export/file";
import { importBrowserData } from "@/lib/data-export/storage";

type Outcome = { ok: true; text: string } | { ok: false; text: string } | undefined;

/**
 * "Import data": a file input with its own visible label. What the import brought in is said in a
 * status message; a refused file in an alert, and then nothing has changed.
 */
export function ImportData() {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>();

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // A file larger than any data file is not read into memory at all.
    const text = file.size > MAX_FILE_CHARACTERS * 4 ? "" : await file.text();
    const result = text ? importBrowserData(text) : { ok: false as const, problem: "This file is too large to be a Pagebreak data file." };
    setOutcome(result.ok ? { ok: true, text: importSentence(result.summary) } : { ok: false, text: `${result.problem} Nothing was changed.` });
    // The same file can be chosen again (say, after fixing it).
    input.value = "";
  }

  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        Import data
      </label>
      <p id={`${id}-hint`} className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        A file saved with “Download your data”, from this browser or another. What is here already is kept and merged with it.
      </p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={importFile}
        className="block w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-transparent file:px-4 file:py-2 file:font-medium file:text-inherit hover:file:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:file:border-slate-600 dark:hover:file:bg-slate-800"
      />
      {/* The live regions are always there (empty until used), so what appears in them is announced. */}
      <div role="status" className="mt-2 text-sm text-slate-700 empty:mt-0 dark:text-slate-300">
        {outcome?.ok && <p>{outcome.text}</p>}
      </div>
      <div role="alert" className="mt-2 text-sm empty:mt-0">
        {outcome && !outcome.ok && (
          <p className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">{outcome.text}</p>
        )}
      </div>
    </div>
  );
}
