"use client";

import { useEffect, useId, useRef, useState } from "react";
import { feedbackAnnouncement, mistakeLines, progressLabel, resultSummary, roundLabel } from "@/lib/quiz/announce";
import { answerText, reviewEntries } from "@/lib/quiz/review";
import { gradeRound, type QuizSession, type SessionAction } from "@/lib/quiz/session";
import { newSeed } from "@/lib/quiz/shuffle";
import { countLabel, quizSummary } from "@/lib/quiz/summary";
import type { Quiz } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { ActionBar } from "./action-bar";
import { focusInView } from "./focus-in-view";
import { ItemFeedback } from "./item-feedback";
import { QuizItem } from "./quiz-item";
import { QuizResults } from "./quiz-results";
import { StartScreen } from "./start-screen";
import { useQuizKeys } from "./use-quiz-keys";
import { useQuizSession } from "./use-quiz-session";

type Props = {
  slug: string;
  quiz: Quiz;
  /** Start was pressed before the quiz had arrived (quiz-loader.tsx): the first item takes focus. */
  startedEarly?: boolean;
};

type FocusTarget = "item" | "feedback" | "results";

/**
 * Runs a quiz: start screen, one item at a time, feedback (practice mode), results. State lives in
 * a pure reducer (lib/quiz/session.ts) saved after every action; this component only shows it,
 * announces changes through one polite live region and moves focus where the learner needs it.
 */
export function QuizRunner({ slug, quiz, startedEarly = false }: Props) {
  const { session, dispatch, saveFailed } = useQuizSession(slug, quiz);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  const currentId = session.order[session.index];
  const total = session.order.length;
  const isLast = session.index + 1 === total;
  const lastHintId = useId();

  function act(action: SessionAction) {
    const next = dispatch(action);
    if (next === session) return;
    pendingFocus.current = next.phase === "results" ? "results" : next.phase === "feedback" ? "feedback" : "item";
    setAnnouncement(announce(next));
  }

  function announce(next: QuizSession): string {
    const id = next.order[next.index];
    if (next.phase === "results") return resultSummary(gradeRound(quiz, next));
    if (next.phase === "feedback" && id) {
      const answer = next.answers[id] ?? [];
      return feedbackAnnouncement(quiz, id, answer, (optionId) => answerText(quiz, id, [optionId]));
    }
    return next.phase === "asking" ? progressLabel(quiz, next.index + 1, next.order.length) : "";
  }

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === "feedback" && feedbackRef.current) focusInView(feedbackRef.current);
    else if (target) headingRef.current?.focus();
  }, [session]);

  useEffect(() => {
    if (startedEarly) headingRef.current?.focus();
  }, [startedEarly]);

  useQuizKeys(quiz, session.phase, act);

  const passPercent = Math.round(quiz.pass * 100);

  return (
    <div>
      <div aria-live="polite" role="status" className="sr-only">
        {announcement}
      </div>
      {saveFailed && (
        <p className="mb-4 text-sm text-amber-900 dark:text-amber-200">
          This browser did not let Pagebreak save your answers (storage is full or turned off): they will be lost if you leave this page.
        </p>
      )}

      {session.phase === "start" && (
        <StartScreen
          introHtml={quiz.introHtml}
          countLabel={countLabel(quizSummary(quiz))}
          passPercent={passPercent}
          mode={session.mode}
          onModeChange={(mode) => act({ type: "setMode", mode })}
          onStart={() => act({ type: "start", seed: newSeed() })}
        />
      )}

      {(session.phase === "asking" || session.phase === "feedback") && currentId && (
        <section aria-labelledby="quiz-item-heading">
          <div className="flex items-center gap-3">
            <h2 id="quiz-item-heading" ref={headingRef} tabIndex={-1} className="shrink-0 text-lg font-semibold focus:outline-none">
              {progressLabel(quiz, session.index + 1, total)}
            </h2>
            <progress aria-hidden="true" value={session.index + 1} max={total} className="h-1.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-transparent [&::-webkit-progress-value]:bg-accent" />
          </div>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{roundLabel(session.mode, session.fullRound, total)}</p>

          <QuizItem
            key={`${session.seed}-${currentId}`}
            quiz={quiz}
            id={currentId}
            answer={session.answers[currentId]}
            seed={session.seed}
            submitLabel={session.mode === "practice" ? "Check answer" : "Submit answer"}
            onAnswer={(answer) => act({ type: "answer", answer })}
          />

          {session.phase === "feedback" && (
            <>
              <ItemFeedback quiz={quiz} id={currentId} answer={session.answers[currentId] ?? []} seed={session.seed} headingRef={feedbackRef} />
              <ActionBar hint={isLast ? { id: lastHintId, text: "Last one: your results are next." } : undefined}>
                <Button variant="primary" onClick={() => act({ type: "next" })} aria-describedby={isLast ? lastHintId : undefined} className="w-full sm:w-auto">
                  Continue
                </Button>
              </ActionBar>
            </>
          )}
        </section>
      )}

      {session.phase === "results" && <Results quiz={quiz} session={session} passPercent={passPercent} headingRef={headingRef} act={act} />}
    </div>
  );
}

type ResultsProps = {
  quiz: Quiz;
  session: QuizSession;
  passPercent: number;
  headingRef: React.Ref<HTMLHeadingElement>;
  act: (action: SessionAction) => void;
};

function Results({ quiz, session, passPercent, headingRef, act }: ResultsProps) {
  const grade = gradeRound(quiz, session);
  return (
    <QuizResults
      correct={grade.correct}
      total={grade.total}
      percent={grade.percent}
      passed={grade.passed}
      passPercent={passPercent}
      mistakeLines={mistakeLines(quiz, grade)}
      missed={reviewEntries(quiz, session, "missed")}
      all={reviewEntries(quiz, session, "all")}
      onRetryMissed={() => act({ type: "retryMissed", seed: newSeed() })}
      onStartOver={() => act({ type: "startOver" })}
      headingRef={headingRef}
    />
  );
}
