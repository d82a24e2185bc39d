import type { Ref } from "react";
import type { SourceLink } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { RichText } from "./rich-text";
import { SourceLinks } from "./source-links";

export type MissedItem = {
  id: string;
  html: string;
  yourAnswer: string;
  rightAnswer: string;
  explanationHtml: string;
  sources: SourceLink[];
};

type Props = {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  passPercent: number;
  /** For classification: "3 “Delegable to IAM” actions marked “Root user only”". */
  mistakeLines: string[];
  missed: MissedItem[];
  onRetryMissed: () => void;
  onStartOver: () => void;
  headingRef: Ref<HTMLHeadingElement>;
};

/** The score, pass or not, what went wrong and why, and the two ways to go again. */
export function QuizResults({ correct, total, percent, passed, passPercent, mistakeLines, missed, onRetryMissed, onStartOver, headingRef }: Props) {
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
        <strong data-passed={passed} className="data-[passed=false]:text-rose-800 data-[passed=true]:text-emerald-800 dark:data-[passed=false]:text-rose-300 dark:data-[passed=true]:text-emerald-300">
          <span aria-hidden="true">{passed ? "✓ " : "✗ "}</span>
          {passed ? "Passed" : "Not passed"}
        </strong>{" "}
        (pass mark {passPercent} %)
      </p>

      {mistakeLines.length > 0 && (
        <>
          <h3 className="mt-6 text-lg font-semibold">Where the answers went wrong</h3>
          <ul className="mt-2 list-disc pl-6">
            {mistakeLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}

      {missed.length > 0 && (
        <>
          <h3 className="mt-6 text-lg font-semibold">Missed ({missed.length})</h3>
          <ol className="mt-2 space-y-4">
            {missed.map((item) => (
              <li key={item.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                <RichText html={item.html} className="font-medium" />
                <p className="mt-2">Your answer: {item.yourAnswer}</p>
                <p>
                  Right answer: <strong>{item.rightAnswer}</strong>
                </p>
                {item.explanationHtml && <RichText html={item.explanationHtml} className="mt-2" />}
                <SourceLinks sources={item.sources} />
              </li>
            ))}
          </ol>
        </>
      )}

      <div className="mt-8 flex flex-wrap gap-3">
        {missed.length > 0 && (
          <Button variant="primary" onClick={onRetryMissed}>
            Retry missed
          </Button>
        )}
        <Button onClick={onStartOver}>Start over</Button>
      </div>
    </div>
  );
}
