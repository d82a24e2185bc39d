"use client";

import { useEffect, useId, useState } from "react";
import { cn } from "@/lib/cn";
import { formatElapsed } from "@/lib/slides/present";

type Props = {
  className?: string;
};

const SECOND_MS = 1000;
/** Ticks land just after each whole second since the start, so the display never lags a second behind. */
const TICK_SLACK_MS = 15;

/**
 * Time since the presenter view opened, with a reset. A `timer` role is not a live region: a screen
 * reader reads the time when asked, never every second.
 */
export function ElapsedTimer({ className }: Props) {
  const labelId = useId();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);

  useEffect(() => {
    let timeout: number;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      timeout = window.setTimeout(tick, SECOND_MS - ((time - startedAt) % SECOND_MS) + TICK_SLACK_MS);
    };
    timeout = window.setTimeout(tick, SECOND_MS + TICK_SLACK_MS);
    return () => window.clearTimeout(timeout);
  }, [startedAt]);

  function reset() {
    const time = Date.now();
    setStartedAt(time);
    setNow(time);
  }

  return (
    <div className={cn("flex items-center gap-3", className)}>
      <span id={labelId} className="text-sm text-slate-700 dark:text-slate-300">
        Elapsed
      </span>
      <span role="timer" aria-labelledby={labelId} aria-live="off" className="font-mono text-2xl font-semibold numerals-tabular">
        {formatElapsed(now - startedAt)}
      </span>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Reset timer
      </button>
    </div>
  );
}
