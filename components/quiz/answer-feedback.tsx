import type { Ref } from "react";
import type { SourceLink } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { RichText } from "./rich-text";
import { SourceLinks } from "./source-links";

type Props = {
  correct: boolean;
  /** "Root user only" / the correct options, in words. */
  rightAnswer: string;
  /** What the learner chose, in words, when it was wrong. */
  chosen?: string;
  explanations: { label?: string; html: string }[];
  sources: SourceLink[];
  isLast: boolean;
  onNext: () => void;
  headingRef: Ref<HTMLHeadingElement>;
};

/** Practice-mode feedback: right or wrong in an icon and in words (never colour alone), why, and Next. */
export function AnswerFeedback({ correct, rightAnswer, chosen, explanations, sources, isLast, onNext, headingRef }: Props) {
  return (
    <div
      data-correct={correct}
      className="mt-6 rounded-lg border-2 p-4 data-[correct=false]:border-rose-700 data-[correct=true]:border-emerald-700 dark:data-[correct=false]:border-rose-400 dark:data-[correct=true]:border-emerald-400"
    >
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        <span aria-hidden="true">{correct ? "✓ " : "✗ "}</span>
        {correct ? "Correct" : "Incorrect"}
      </h3>
      {!correct && chosen && <p className="mt-1">You chose: {chosen}</p>}
      <p className="mt-1">
        Answer: <strong>{rightAnswer}</strong>
      </p>
      {explanations.map((explanation, index) => (
        <div key={index} className="mt-3">
          {explanation.label && <p className="text-sm font-semibold">{explanation.label}</p>}
          <RichText html={explanation.html} />
        </div>
      ))}
      <SourceLinks sources={sources} />
      <Button variant="primary" onClick={onNext} className="mt-4">
        {isLast ? "See results" : "Next"}
      </Button>
    </div>
  );
}
