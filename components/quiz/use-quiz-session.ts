"use client";

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { gradeRound, initialSession, isCorrect, reduceSession, type QuizSession, type SessionAction } from "@/lib/quiz/session";
import { loadSession, saveAttempt, saveSession, subscribeToQuizzes } from "@/lib/quiz/storage";
import type { Quiz } from "@/lib/quiz/types";
import { answerKeyFor } from "@/lib/review/card-id";
import { reportQuizStep } from "@/lib/class/browser/quiz-events";

type Recorder = { recordAnswer: typeof import("@/lib/review/record").recordAnswer; store: typeof import("@/lib/review/storage").browserReviewStore };

let recorder: Promise<Recorder> | undefined;

/**
 * The review scheduler (lib/review with ts-fsrs) loads after the page, not with it: the quiz page
 * does not wait for it, and it is in by the time the learner answers. One load for every answer;
 * a failed load is tried again at the next answer.
 */
function loadRecorder(): Promise<Recorder> {
  recorder ??= Promise.all([import("@/lib/review/record"), import("@/lib/review/storage")]).then(
    ([record, storage]) => ({ recordAnswer: record.recordAnswer, store: storage.browserReviewStore }),
    (error: unknown) => {
      recorder = undefined;
      throw error;
    },
  );
  return recorder;
}

/** Schedules the item just answered for review (lib/review): wrong is due at once, right on a later day. */
function scheduleReview(slug: string, quiz: Quiz, before: QuizSession, after: QuizSession) {
  const id = before.order[before.index];
  const answer = id === undefined ? undefined : after.answers[id];
  const answerKey = id === undefined ? undefined : answerKeyFor(quiz, id);
  if (id === undefined || !answer || before.answers[id] || !answerKey) return;
  const review = { quiz: slug, itemId: id, answerKey, correct: isCorrect(quiz, id, answer), now: new Date() };
  // The quiz goes on without the review if the scheduler could not be loaded (offline, say).
  loadRecorder().then(({ recordAnswer, store }) => recordAnswer(store, review), () => undefined);
}

/**
 * A quiz session kept in the browser's storage, saved after every action so a reload or a closed
 * tab resumes at the same item. If the browser refuses to store it, the session goes on in memory
 * and `saveFailed` says so. Every answer, in practice and in exam mode, also goes into the review
 * schedule.
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
  useEffect(() => void loadRecorder().catch(() => undefined), []);

  const dispatch = useCallback(
    (action: SessionAction): QuizSession => {
      // Read the latest saved state, not this render's copy, so quick successive actions compose.
      const current = unsaved ?? loadSession(slug, quiz) ?? initial;
      const next = reduceSession(quiz, current, action);
      if (next === current) return current;
      const saved = saveSession(slug, next, quiz);
      if (action.type === "answer") scheduleReview(slug, quiz, current, next);
      // Class mode (server builds only; a learner who joined a class): the answer and score go to the class too.
      if (process.env.PAGEBREAK_CLASS === "1") reportQuizStep(slug, quiz, current, next);
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
