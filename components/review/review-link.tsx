"use client";

import { useEffect, useState } from "react";
import { PageLink } from "@/components/page-link";
import { whenIdle } from "@/lib/when-idle";

type Props = { className?: string };

/**
 * The header's link to the Review page with the number of cards due: "Review (3)", named
 * "Review (3 due)". The link is on every page, so the code that counts (it reads the schedule and
 * follows it and the clock: lib/review/due-count.ts) loads when the page is idle.
 */
export function ReviewLink({ className }: Props) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const cancel = whenIdle(() => {
      void import("@/lib/review/due-count").then(({ watchDueCount }) => {
        if (live) stop = watchDueCount(setCount);
      });
    });
    return () => {
      live = false;
      cancel();
      stop?.();
    };
  }, []);

  // The name says what the number is; the visible words come first, in order (WCAG 2.5.3).
  return (
    <PageLink href="/review" aria-label={count > 0 ? `Review (${count} due)` : undefined} className={className}>
      {count > 0 ? `Review (${count})` : "Review"}
    </PageLink>
  );
}
