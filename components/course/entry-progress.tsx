"use client";

import { PageLink } from "@/components/page-link";
import { useReadingProgress } from "@/components/progress/use-reading-progress";
import { lessonStatus } from "@/lib/progress/lesson-status";
import { slideHref } from "@/lib/routes";

type Props = { slug: string; title: string; slideCount: number };

/**
 * "Not started", "Part way: slide 2 of 5 · Resume", "Part way: updated since you read it · Resume",
 * or "Finished", from progress saved in this browser, measured against the lesson as it is now.
 */
export function EntryProgress({ slug, title, slideCount }: Props) {
  const progress = useReadingProgress();
  if (!progress) return null;
  const status = lessonStatus(progress, slug, slideCount);

  if (status.state === "not-started") {
    return <span className="text-sm text-slate-600 dark:text-slate-400">Not started</span>;
  }
  if (status.state === "finished") {
    return (
      <span className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        <span aria-hidden="true">✓ </span>Finished
      </span>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-x-2 text-sm">
      <span className="text-amber-900 dark:text-amber-200">
        {status.state === "updated" ? "Part way: updated since you read it" : `Part way: slide ${status.furthest} of ${status.total}`}
      </span>
      <PageLink
        href={slideHref(slug, status.resumeAt)}
        aria-label={`Resume ${title} at slide ${status.resumeAt}`}
        className="inline-flex min-h-6 items-center font-medium text-accent underline dark:text-accent-dark"
      >
        Resume
      </PageLink>
    </span>
  );
}
