"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { dueSummary, storedDueTimes, subscribeToReview } from "@/lib/review/due-times";
import { PageLink } from "@/components/page-link";

type Props = { className?: string };

/** setTimeout's longest delay (about 24.8 days); a later due time is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The header's link to the Review page with the number of cards due: "Review (3)", named
 * "Review (3 due)". On every page, so it reads the schedule without the scheduler
 * (lib/review/due-times.ts); it follows changes made here and in other tabs, and the clock.
 */
export function ReviewLink({ className }: Props) {
  const times = useSyncExternalStore(subscribeToReview, storedDueTimes, () => undefined);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => subscribeToReview(() => setNow(Date.now())), []);
  const summary = times && dueSummary(times, now);
  const next = summary?.next;
  useEffect(() => {
    if (next === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(Math.max(next - Date.now(), 0) + 50, MAX_DELAY));
    return () => clearTimeout(timer);
  }, [next, now]);

  const count = summary?.count ?? 0;
  // The name says what the number is; the visible words come first, in order (WCAG 2.5.3).
  return (
    <PageLink href="/review" aria-label={count > 0 ? `Review (${count} due)` : undefined} className={className}>
      {count > 0 ? `Review (${count})` : "Review"}
    </PageLink>
  );
}
