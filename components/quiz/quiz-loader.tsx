"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { quizDataHref } from "@/lib/routes";
import { countLabel, isQuiz, type QuizSummary } from "@/lib/quiz/summary";
import { initialSession, reduceSession } from "@/lib/quiz/session";
import { newSeed } from "@/lib/quiz/shuffle";
import { loadSession, saveSession } from "@/lib/quiz/storage";
import type { Quiz, QuizMode } from "@/lib/quiz/types";
import { StartScreen } from "./start-screen";

type Runner = typeof import("./quiz-runner").QuizRunner;

type Props = { slug: string; summary: QuizSummary };
type StartChoice = { mode: QuizMode; start: boolean };

/**
 * A quiz page carries only the start screen; the quiz (its data file, built with the site) and the
 * code that runs it arrive together once the page runs, so the page is as small whatever the quiz holds.
 * The start screen works meanwhile: a mode chosen or Start pressed before they arrive counts.
 */
export function QuizLoader({ slug, summary }: Props) {
  const [loaded, setLoaded] = useState<{ Runner: Runner; quiz: Quiz } | "failed">();
  const [choice, setChoice] = useState<StartChoice>();
  const mode: QuizMode = choice?.mode ?? summary.mode;
  // Refs, not state, for the two events that can come in either order, a press and the arrival:
  // whichever comes second applies the choice to the saved session.
  const choiceRef = useRef<StartChoice | undefined>(undefined);
  const arrived = useRef<Quiz | undefined>(undefined);
  // The start screen is drawn again when the quiz arrives: focus on it stays on it.
  const wrapper = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  const choose = (next: StartChoice) => {
    choiceRef.current = next;
    setChoice(next);
    if (arrived.current) applyChoice(slug, arrived.current, next);
  };

  useEffect(() => {
    let live = true;
    Promise.all([import("./quiz-runner"), fetchQuiz(slug)]).then(
      ([{ QuizRunner }, quiz]) => {
        if (!live) return;
        arrived.current = quiz;
        hadFocus.current = wrapper.current?.contains(document.activeElement) ?? false;
        if (choiceRef.current) applyChoice(slug, quiz, choiceRef.current);
        setLoaded({ Runner: QuizRunner, quiz });
      },
      () => live && setLoaded("failed"),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  useEffect(() => {
    if (loaded && hadFocus.current) wrapper.current?.querySelector<HTMLElement>("[data-quiz-start]")?.focus();
  }, [loaded]);

  const startScreen = (disabled: boolean) => (
    <StartScreen
      introHtml={summary.introHtml}
      countLabel={countLabel(summary)}
      passPercent={Math.round(summary.pass * 100)}
      mode={mode}
      onModeChange={(chosen) => choose({ mode: chosen, start: false })}
      onStart={() => choose({ mode, start: true })}
      disabled={disabled}
    />
  );
  let content: ReactNode;
  if (loaded === undefined) {
    content = (
      <>
        {startScreen(false)}
        {choice?.start && (
          <p role="status" className="mt-4 text-slate-700 dark:text-slate-300">
            Loading the quiz…
          </p>
        )}
      </>
    );
  } else if (loaded === "failed") {
    content = (
      <>
        <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          This quiz could not be loaded (the connection may have dropped). Reload the page to try again.
        </p>
        {startScreen(true)}
      </>
    );
  } else {
    content = <loaded.Runner slug={slug} quiz={loaded.quiz} startedEarly={choice?.start === true} />;
  }
  return <div ref={wrapper}>{content}</div>;
}

/** Saves the mode chosen, and the start pressed, on the start screen before the quiz arrived. */
function applyChoice(slug: string, quiz: Quiz, choice: StartChoice) {
  const saved = loadSession(slug, quiz) ?? initialSession(quiz);
  // A session saved earlier that went past the start screen resumes as it was.
  if (saved.phase !== "start") return;
  const withMode = reduceSession(quiz, saved, { type: "setMode", mode: choice.mode });
  saveSession(slug, choice.start ? reduceSession(quiz, withMode, { type: "start", seed: newSeed() }) : withMode, quiz);
}

async function fetchQuiz(slug: string): Promise<Quiz> {
  const response = await fetch(`${BASE_PATH}${quizDataHref(slug)}`);
  if (!response.ok) throw new Error(`quiz ${slug}: ${response.status}`);
  const data: unknown = await response.json();
  if (!isQuiz(data)) throw new Error(`quiz ${slug}: not quiz data`);
  return data;
}
