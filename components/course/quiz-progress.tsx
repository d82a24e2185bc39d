"use client";

import { useSyncExternalStore } from "react";
import { attemptsFor, type QuizSignature } from "@/lib/quiz/saved";
import { loadAttempts, quizInProgress, subscribeToQuizzes } from "@/lib/quiz/storage";

type Props = {
  slug: string;
  /** The quiz as it is now (from the server), so a session saved for an earlier version does not count. */
  signature: QuizSignature;
};

const noProgress = () => null;

/** "Not taken", "In progress: 5 of 40 answered", or "Best 90 % · last 75 %", from this browser. */
export function QuizProgress({ slug, signature }: Props) {
  const attempts = useSyncExternalStore(subscribeToQuizzes, loadAttempts, noProgress);
  const inProgress = useSyncExternalStore(subscribeToQuizzes, () => quizInProgress(slug, signature), noProgress);
  if (!attempts) return null;
  const record = attemptsFor(attempts, slug);
  const parts: string[] = [];
  if (inProgress) parts.push(`In progress: ${inProgress.answered} of ${inProgress.total} answered`);
  if (record) parts.push(`Best ${record.best.percent} % · last ${record.last.percent} %`);
  const text = parts.join(" · ") || "Not taken";
  return <span className="text-sm text-slate-700 dark:text-slate-300">{text}</span>;
}
