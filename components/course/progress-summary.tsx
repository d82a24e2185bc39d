"use client";

import { useSyncExternalStore } from "react";
import { useReadingProgress } from "@/components/progress/use-reading-progress";
import { courseProgress, type OutlineLesson } from "@/lib/progress/course-progress";
import { EMPTY_PROGRESS } from "@/lib/progress/reading";
import { EMPTY_ATTEMPTS } from "@/lib/quiz/saved";
import { loadAttempts, subscribeToQuizzes } from "@/lib/quiz/storage";

type Props = {
  /** Lessons and guides with slides, by slug, as the course has them now. */
  lessons: Record<string, OutlineLesson>;
  /** Each quiz's pass mark (a fraction), by slug. */
  passMarks: Record<string, number>;
};

const noAttempts = () => undefined;

/** "1,000" in every browser, on the server and in the client alike. */
const count = (value: number) => value.toLocaleString("en");

/**
 * "3 of 12 lessons read" and "1 of 3 quizzes passed", each over a bar that repeats it for the eye.
 * The words carry it all (the bars are hidden from assistive technology). Before the page has
 * loaded the learner's progress (it lives in the browser), only the totals show, in the same space.
 */
export function ProgressSummary({ lessons, passMarks }: Props) {
  const reading = useReadingProgress();
  const attempts = useSyncExternalStore(subscribeToQuizzes, loadAttempts, noAttempts);
  const known = reading && attempts ? courseProgress(reading, attempts, lessons, passMarks) : undefined;
  const totals = known ?? courseProgress(EMPTY_PROGRESS, EMPTY_ATTEMPTS, lessons, passMarks);
  const rows = [
    { done: known?.lessonsRead, total: totals.lessons, noun: ["lesson", "lessons"], verb: "read" },
    { done: known?.quizzesPassed, total: totals.quizzes, noun: ["quiz", "quizzes"], verb: "passed" },
  ].filter((row) => row.total > 0);
  if (rows.length === 0) return null;

  return (
    <section aria-label="Your progress" className="mb-8 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-700">
      {rows.map(({ done, total, noun, verb }) => {
        const what = total === 1 ? noun[0] : noun[1];
        return (
          <div key={verb}>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {done === undefined ? (
                `${count(total)} ${what}`
              ) : (
                <>
                  <strong className="text-base font-semibold text-slate-900 dark:text-slate-100">{count(done)}</strong> of {count(total)} {what} {verb}
                </>
              )}
            </p>
            <progress
              aria-hidden="true"
              value={done ?? 0}
              max={total}
              className="mt-2 h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-transparent [&::-webkit-progress-value]:bg-accent dark:[&::-webkit-progress-value]:bg-accent-dark dark:[&::-moz-progress-bar]:bg-accent-dark"
            />
          </div>
        );
      })}
    </section>
  );
}
