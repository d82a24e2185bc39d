"use client";

import { acknowledgeSetAside } from "@/lib/browser-storage";

/** The notice itself (storage-notice.tsx loads it only when there is something to say). */
export default function SetAsideBanner() {
  return (
    <section aria-label="Saved progress" className="no-print border-b border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm text-amber-950 dark:text-amber-100">
        <p>
          Some progress saved in this browser could not be read (it is damaged, or from a newer version of Pagebreak). It has been kept
          aside, not deleted, and you are starting fresh where it was.
        </p>
        <button
          type="button"
          onClick={acknowledgeSetAside}
          className="min-h-8 rounded-md border border-amber-700 px-3 py-1 font-medium hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900"
        >
          OK
        </button>
      </div>
    </section>
  );
}
