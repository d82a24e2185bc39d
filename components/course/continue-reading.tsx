"use client";

import Link from "next/link";
import { useReadingProgress } from "@/components/progress/use-reading-progress";
import { lastUnfinished } from "@/lib/progress/reading";
import { slideHref } from "@/lib/routes";

type Props = {
  /** Lessons and guides by slug, with their titles. */
  titles: Record<string, string>;
};

/** "Continue where you left off": the unfinished lesson read most recently in this browser. */
export function ContinueReading({ titles }: Props) {
  const progress = useReadingProgress();
  const last = progress && lastUnfinished(progress);
  const title = last && Object.hasOwn(titles, last.slug) ? titles[last.slug] : undefined;
  if (!last || !title) return null;
  return (
    <p className="mb-8 rounded-lg border border-accent/30 bg-accent-soft p-4 dark:border-accent-dark/40 dark:bg-slate-900">
      <Link href={slideHref(last.slug, last.slide)} className="font-medium text-accent-strong underline dark:text-accent-dark">
        Continue where you left off: {title}, slide {last.slide}
      </Link>
    </p>
  );
}
