"use client";

import { useEffect, useRef, useState } from "react";
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
 * code that runs it arrive together once the page runs, so the page does not grow with the quiz.
 * The start screen works meanwhile: a mode chosen or Start pressed before they arrive counts.
 */
export function QuizLoader({ slug, summary }: Props) {
  const [loaded, setLoaded] = useState<{ Runner: Runner; quiz: Quiz } | "failed">();
  const [choice, setChoice] = useState<StartChoice>();
  const mode: QuizMode = choice?.mode ?? summary.mode;
  const latestChoice = useRef(choice);
  useEffect(() => {
    latestChoice.current = choice;
  }, [choice]);

  useEffect(() => {
    let live = true;
    Promise.all([import("./quiz-runner"), fetchQuiz(slug)]).then(
      ([{ QuizRunner }, quiz]) => {
        if (!live) return;
        if (latestChoice.current) applyChoice(slug, quiz, latestChoice.current);
        setLoaded({ Runner: QuizRunner, quiz });
      },
      () => live && setLoaded("failed"),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  const startScreen = (disabled: boolean) => (
    <StartScreen
      introHtml={summary.introHtml}
      countLabel={countLabel(summary)}
      passPercent={Math.round(summary.pass * 100)}
      mode={mode}
      onModeChange={(chosen) => setChoice({ mode: chosen, start: false })}
      onStart={() => setChoice({ mode, start: true })}
      disabled={disabled}
    />
  );
  const waiting = (
    <>
      {startScreen(false)}
      {choice?.start && (
        <p role="status" className="mt-4 text-slate-700 dark:text-slate-300">
          Loading the quiz…
        </p>
      )}
    </>
  );
  if (loaded === undefined) return waiting;
  if (loaded === "failed") {
    return (
      <>
        <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          This quiz could not be loaded (the connection may have dropped). Reload the page to try again.
        </p>
        {startScreen(true)}
      </>
    );
  }
  const { Runner, quiz } = loaded;
  return <Runner slug={slug} quiz={quiz} startedEarly={choice?.start === true} />;
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
