"use client";

import { PageLink } from "@/components/page-link";
import { useReadingProgress } from "@/components/progress/use-reading-progress";
import type { OutlineLesson } from "@/lib/progress/course-progress";
import { lastUnfinished } from "@/lib/progress/lesson-status";
import { slideHref } from "@/lib/routes";

type Props = {
  /** Lessons and guides with slides, by slug: their titles and current slide counts. */
  lessons: Record<string, OutlineLesson>;
};

/**
 * "Continue where you left off": the unfinished lesson read most recently in this browser, at a
 * slide the lesson still has (saved progress may be from before the lesson was cut short).
 */
export function ContinueReading({ lessons }: Props) {
  const progress = useReadingProgress();
  const totals = Object.fromEntries(Object.entries(lessons).map(([slug, lesson]) => [slug, lesson.slides]));
  const last = progress && lastUnfinished(progress, totals);
  const title = last && Object.hasOwn(lessons, last.slug) ? lessons[last.slug]?.title : undefined;
  if (!last || !title) return null;
  return (
    <p className="mb-8 rounded-lg border border-accent/30 bg-accent-soft p-4 dark:border-accent-dark/40 dark:bg-slate-900">
      <PageLink href={slideHref(last.slug, last.slide)} className="font-medium text-accent-strong underline dark:text-accent-dark">
        Continue where you left off: {title}, slide {last.slide}
      </PageLink>
    </p>
  );
}
