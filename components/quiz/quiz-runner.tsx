"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { categoryLabel, feedbackAnnouncement, mistakeLines, progressLabel, resultSummary } from "@/lib/quiz/announce";
import { correctAnswer, gradeRound, isCorrect, optionOrder, type Answer, type QuizSession, type SessionAction } from "@/lib/quiz/session";
import { newSeed } from "@/lib/quiz/shuffle";
import type { ChoiceQuestion as Question, ClassifyItem as Item, Quiz } from "@/lib/quiz/types";
import { AnswerFeedback } from "./answer-feedback";
import { ChoiceQuestion } from "./choice-question";
import { ClassifyItem } from "./classify-item";
import { QuizResults, type MissedItem } from "./quiz-results";
import { StartScreen } from "./start-screen";
import { useQuizSession } from "./use-quiz-session";

type Props = { slug: string; quiz: Quiz };

type FocusTarget = "item" | "feedback" | "results";

const FORM_CONTROLS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/**
 * Runs a quiz: start screen, one item at a time, feedback (practice mode), results. State lives in
 * a pure reducer (lib/quiz/session.ts) saved after every action; this component only shows it,
 * announces changes through one polite live region and moves focus where the learner needs it.
 */
export function QuizRunner({ slug, quiz }: Props) {
  const { session, dispatch, saveFailed } = useQuizSession(slug, quiz);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  const items = useMemo(() => new Map<string, Item>(quiz.kind === "classify" ? quiz.items.map((item) => [item.id, item]) : []), [quiz]);
  const questions = useMemo(() => new Map<string, Question>(quiz.kind === "choice" ? quiz.questions.map((question) => [question.id, question]) : []), [quiz]);
  const currentId = session.order[session.index];
  const total = session.order.length;

  function answerText(id: string, answer: Answer): string {
    if (quiz.kind === "classify") return answer.map((key) => categoryLabel(quiz, key)).join(", ");
    const options = questions.get(id)?.options ?? [];
    return answer.map((optionId) => options.find((option) => option.id === optionId)?.text ?? optionId).join("; ");
  }

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
      return feedbackAnnouncement(quiz, id, answer, (optionId) => answerText(id, [optionId]));
    }
    return next.phase === "asking" ? progressLabel(quiz, next.index + 1, next.order.length) : "";
  }

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === "feedback") feedbackRef.current?.focus();
    else if (target) headingRef.current?.focus();
  }, [session]);

  // Number keys 1..k choose a category, except while typing in a form control.
  useEffect(() => {
    if (quiz.kind !== "classify" || session.phase !== "asking") return;
    const categories = quiz.categories;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && (FORM_CONTROLS.has(event.target.tagName) || event.target.isContentEditable)) return;
      const category = categories[Number(event.key) - 1];
      if (!/^[1-9]$/.test(event.key) || !category) return;
      event.preventDefault();
      act({ type: "answer", answer: [category.key] });
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  const itemCount = quiz.kind === "classify" ? quiz.items.length : quiz.questions.length;
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
          countLabel={`${itemCount} ${quiz.kind === "classify" ? (itemCount === 1 ? "action" : "actions") : itemCount === 1 ? "question" : "questions"}`}
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
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{session.mode === "practice" ? "Practice mode" : "Exam mode: results at the end"}</p>

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
            <Feedback quiz={quiz} id={currentId} answer={session.answers[currentId] ?? []} items={items} questions={questions} answerText={answerText} isLast={session.index + 1 === total} onNext={() => act({ type: "next" })} headingRef={feedbackRef} />
          )}
        </section>
      )}

      {session.phase === "results" && (
        <Results quiz={quiz} session={session} items={items} questions={questions} answerText={answerText} passPercent={passPercent} headingRef={headingRef} act={act} />
      )}
    </div>
  );
}

type FeedbackProps = {
  quiz: Quiz;
  id: string;
  answer: Answer;
  items: Map<string, Item>;
  questions: Map<string, Question>;
  answerText: (id: string, answer: Answer) => string;
  isLast: boolean;
  onNext: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
};

function Feedback({ quiz, id, answer, items, questions, answerText, isLast, onNext, headingRef }: FeedbackProps) {
  const correct = isCorrect(quiz, id, answer);
  const right = correctAnswer(quiz, id) ?? [];
  const item = items.get(id);
  const question = questions.get(id);
  // Multiple choice explains the option chosen and the right one(s); classification has one explanation.
  const explanations = item
    ? item.explanationHtml
      ? [{ html: item.explanationHtml }]
      : []
    : (question?.options ?? [])
        .filter((option) => (answer.includes(option.id) || option.correct) && option.explanationHtml)
        .map((option) => ({
          label: `${option.correct ? "✓" : "✗"} ${option.text}${answer.includes(option.id) ? " (your choice)" : ""}`,
          html: option.explanationHtml,
        }));
  return (
    <AnswerFeedback
      correct={correct}
      rightAnswer={answerText(id, right)}
      chosen={answerText(id, answer)}
      explanations={explanations}
      sources={item?.sources ?? question?.sources ?? []}
      isLast={isLast}
      onNext={onNext}
      headingRef={headingRef}
    />
  );
}

type ResultsProps = {
  quiz: Quiz;
  session: QuizSession;
  items: Map<string, Item>;
  questions: Map<string, Question>;
  answerText: (id: string, answer: Answer) => string;
  passPercent: number;
  headingRef: React.Ref<HTMLHeadingElement>;
  act: (action: SessionAction) => void;
};

function Results({ quiz, session, items, questions, answerText, passPercent, headingRef, act }: ResultsProps) {
  const grade = gradeRound(quiz, session);
  const missed: MissedItem[] = grade.missed.map((id) => {
    const item = items.get(id);
    const question = questions.get(id);
    const answer = session.answers[id];
    const rightOptions = question?.options.filter((option) => option.correct) ?? [];
    return {
      id,
      html: item?.html ?? question?.promptHtml ?? "",
      yourAnswer: answer ? answerText(id, answer) : "not answered",
      rightAnswer: answerText(id, correctAnswer(quiz, id) ?? []),
      explanationHtml: item?.explanationHtml ?? rightOptions.map((option) => option.explanationHtml).join(""),
      sources: item?.sources ?? question?.sources ?? [],
    };
  });
  return (
    <QuizResults
      correct={grade.correct}
      total={grade.total}
      percent={grade.percent}
      passed={grade.passed}
      passPercent={passPercent}
      mistakeLines={mistakeLines(quiz, grade)}
      missed={missed}
      onRetryMissed={() => act({ type: "retryMissed", seed: newSeed() })}
      onStartOver={() => act({ type: "startOver" })}
      headingRef={headingRef}
    />
  );
}
