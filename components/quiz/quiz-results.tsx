"use client";

import { useId, useState, type Ref } from "react";
import { cn } from "@/lib/cn";
import type { ReviewEntry } from "@/lib/quiz/review";
import { Button } from "@/components/ui/button";
import { AnswerReview } from "./answer-review";
import { MARK_TEXT } from "./choice-mark";

type Props = {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  passPercent: number;
  /** For classification: "3 “Delegable to IAM” actions marked “Root user only”". */
  mistakeLines: string[];
  /** The round's missed items, in the order asked. */
  missed: ReviewEntry[];
  /** Every item of the round, for "Review all answers". */
  all: ReviewEntry[];
  onRetryMissed: () => void;
  onStartOver: () => void;
  headingRef: Ref<HTMLHeadingElement>;
};

/**
 * The score, pass or not and the ways on at the top, where a phone shows them without scrolling;
 * then what went wrong and why. "Review all answers" opens every answer in the same place.
 */
export function QuizResults({ correct, total, percent, passed, passPercent, mistakeLines, missed, all, onRetryMissed, onStartOver, headingRef }: Props) {
  const [reviewing, setReviewing] = useState(false);
  const answersId = useId();
  const listHeadingId = useId();
  const shown = reviewing ? all : missed;
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        Results
      </h2>
      <p className="mt-3 text-3xl font-bold">
        {correct} of {total} correct
      </p>
      <p className="mt-1 text-lg">
        {percent} % —{" "}
        <strong className={MARK_TEXT[passed ? "right" : "wrong"]}>
          <span aria-hidden="true">{passed ? "✓ " : "✗ "}</span>
          {passed ? "Passed" : "Not passed"}
        </strong>{" "}
        (pass mark {passPercent} %)
      </p>

      <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {missed.length > 0 && (
          <Button variant="primary" onClick={onRetryMissed}>
            Retry missed
          </Button>
        )}
        <Button aria-expanded={reviewing} aria-controls={answersId} onClick={() => setReviewing((open) => !open)}>
          <span aria-hidden="true" className={cn("inline-block transition-transform", reviewing && "rotate-90")}>
            ›
          </span>
          Review all answers
        </Button>
        <Button onClick={onStartOver}>Start over</Button>
      </div>

      {mistakeLines.length > 0 && (
        <>
          <h3 className="mt-8 text-lg font-semibold">Where the answers went wrong</h3>
          <ul className="mt-2 list-disc pl-6">
            {mistakeLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}

      <div id={answersId}>
        {shown.length > 0 && (
          <section aria-labelledby={listHeadingId}>
            <h3 id={listHeadingId} className="mt-8 text-lg font-semibold">
              {reviewing ? `All answers (${all.length})` : `Missed (${missed.length})`}
            </h3>
            <ol className="mt-2 space-y-4">
              {shown.map((entry) => (
                <AnswerReview key={entry.id} entry={entry} showVerdict={reviewing} />
              ))}
            </ol>
          </section>
        )}
        {!reviewing && missed.length === 0 && <p className="mt-8">Every answer was right.</p>}
      </div>
    </div>
  );
}
