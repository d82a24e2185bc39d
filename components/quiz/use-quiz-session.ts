"use client";

import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { gradeRound, initialSession, reduceSession, type QuizSession, type SessionAction } from "@/lib/quiz/session";
import { loadSession, saveAttempt, saveSession, subscribeToQuizzes } from "@/lib/quiz/storage";
import type { Quiz } from "@/lib/quiz/types";

/**
 * A quiz session kept in the browser's storage, saved after every action so a reload or a closed
 * tab resumes at the same item. If the browser refuses to store it, the session goes on in memory
 * and `saveFailed` says so.
 */
export function useQuizSession(slug: string, quiz: Quiz) {
  const initial = useMemo(() => initialSession(quiz), [quiz]);
  const stored = useSyncExternalStore(
    subscribeToQuizzes,
    () => loadSession(slug, quiz),
    () => null,
  );
  const [unsaved, setUnsaved] = useState<QuizSession | null>(null);
  const session = unsaved ?? stored ?? initial;

  const dispatch = useCallback(
    (action: SessionAction): QuizSession => {
      // Read the latest saved state, not this render's copy, so quick successive actions compose.
      const current = unsaved ?? loadSession(slug, quiz) ?? initial;
      const next = reduceSession(quiz, current, action);
      if (next === current) return current;
      const saved = saveSession(slug, next, quiz);
      if (next.phase === "results" && current.phase !== "results" && next.fullRound) {
        const { correct, total, percent } = gradeRound(quiz, next);
        saveAttempt(slug, next.seed, { correct, total, percent });
      }
      setUnsaved(saved ? null : next);
      return next;
    },
    [initial, quiz, slug, unsaved],
  );

  return { session, dispatch, saveFailed: unsaved !== null };
}
