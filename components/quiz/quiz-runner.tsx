"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { feedbackAnnouncement, mistakeLines, progressLabel, resultSummary, roundLabel, selectAllNote } from "@/lib/quiz/announce";
import { quizKey, type StandAside } from "@/lib/quiz/keys";
import { answerNotes, answerText, reviewEntries } from "@/lib/quiz/review";
import { correctAnswer, gradeRound, isCorrect, optionOrder, type Answer, type QuizSession, type SessionAction } from "@/lib/quiz/session";
import { newSeed } from "@/lib/quiz/shuffle";
import { countLabel, quizSummary } from "@/lib/quiz/summary";
import type { ChoiceQuestion as Question, ClassifyItem as Item, Quiz } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { ActionBar } from "./action-bar";
import { AnswerFeedback } from "./answer-feedback";
import { ChoiceQuestion } from "./choice-question";
import { ClassifyItem } from "./classify-item";
import { QuizResults } from "./quiz-results";
import { StartScreen } from "./start-screen";
import { useQuizSession } from "./use-quiz-session";

type Props = {
  slug: string;
  quiz: Quiz;
  /** Start was pressed before the quiz had arrived (quiz-loader.tsx): the first item takes focus. */
  startedEarly?: boolean;
};

type FocusTarget = "item" | "feedback" | "results";

const TEXT_ENTRY = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Elements with their own use for Enter and Space. */
const CONTROLS = "a[href], button, summary, input, select, textarea, [role=button], [role=link], [contenteditable]";

/** True when a shortcut should leave the key to the element that has focus. */
function standsAside(target: EventTarget | null, standAside: StandAside): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (TEXT_ENTRY.has(target.tagName) || target.isContentEditable) return true;
  return standAside === "controls" && target.closest(CONTROLS) !== null;
}

/**
 * Focuses the feedback's heading and scrolls only when it is out of view (or under the action bar),
 * as little as will show it above the bar with its first lines (the heading's scroll margin): the
 * marked choices above it stay in sight as far as they can. At once, not smoothly, so nothing
 * moves under a finger or pointer about to press Continue.
 */
function focusInView(element: HTMLElement) {
  element.focus({ preventScroll: true });
  const bar = document.querySelector("[data-quiz-action-bar]")?.getBoundingClientRect().height ?? 0;
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight - bar) element.scrollIntoView({ block: "nearest", behavior: "instant" });
}

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

  const items = useMemo(() => new Map<string, Item>(quiz.kind === "classify" ? quiz.items.map((item) => [item.id, item]) : []), [quiz]);
  const questions = useMemo(() => new Map<string, Question>(quiz.kind === "choice" ? quiz.questions.map((question) => [question.id, question]) : []), [quiz]);
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

  // The shortcuts of lib/quiz/keys.ts: 1..k choose a category; from the feedback, where focus
  // lands after an answer, Enter and Space press Continue. A held key does not skip items.
  useEffect(() => {
    const phase = session.phase;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.defaultPrevented || event.repeat) return;
      const shortcut = quizKey(quiz, phase, event.key);
      if (!shortcut || standsAside(event.target, shortcut.standAside)) return;
      event.preventDefault();
      act(shortcut.action);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

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

          {quiz.kind === "classify" && items.get(currentId) && (
            <ClassifyItem
              key={currentId}
              item={items.get(currentId)!}
              categories={quiz.categories}
              chosen={session.answers[currentId]?.[0]}
              onChoose={(key) => act({ type: "answer", answer: [key] })}
            />
          )}
          {quiz.kind === "choice" && questions.get(currentId) && (
            <ChoiceQuestion
              key={`${session.seed}-${currentId}`}
              question={questions.get(currentId)!}
              options={optionOrder(quiz, questions.get(currentId)!.options, currentId, session.seed)}
              answered={session.answers[currentId]}
              submitLabel={session.mode === "practice" ? "Check answer" : "Submit answer"}
              onAnswer={(optionIds) => act({ type: "answer", answer: optionIds })}
            />
          )}

          {session.phase === "feedback" && (
            <>
              <Feedback quiz={quiz} session={session} id={currentId} items={items} questions={questions} headingRef={feedbackRef} />
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

type FeedbackProps = {
  quiz: Quiz;
  session: QuizSession;
  id: string;
  items: Map<string, Item>;
  questions: Map<string, Question>;
  headingRef: React.Ref<HTMLHeadingElement>;
};

function Feedback({ quiz, session, id, items, questions, headingRef }: FeedbackProps) {
  const answer: Answer = session.answers[id] ?? [];
  const item = items.get(id);
  const question = questions.get(id);
  return (
    <AnswerFeedback
      correct={isCorrect(quiz, id, answer)}
      yourAnswer={answerText(quiz, id, answer)}
      rightAnswer={answerText(quiz, id, correctAnswer(quiz, id) ?? [])}
      countNote={question && selectAllNote(question, answer)}
      explanationHtml={item?.explanationHtml}
      notes={question && answerNotes(question, optionOrder(quiz, question.options, id, session.seed), answer)}
      sources={item?.sources ?? question?.sources ?? []}
      revisit={item?.revisit ?? question?.revisit}
      headingRef={headingRef}
    />
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
