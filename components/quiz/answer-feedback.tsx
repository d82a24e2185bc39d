import type { Ref } from "react";
import { cn } from "@/lib/cn";
import type { AnswerNotes } from "@/lib/quiz/review";
import type { Revisit, SourceLink } from "@/lib/quiz/types";
import { MARK_TEXT } from "./choice-mark";
import { OptionNotes } from "./option-notes";
import { RevisitLink } from "./revisit-link";
import { RichText } from "./rich-text";
import { SourceLinks } from "./source-links";

type Props = {
  correct: boolean;
  /** What the learner chose, in words. */
  yourAnswer: string;
  /** "Root user only" / the correct options, in words. */
  rightAnswer: string;
  /** Why a partly right answer to a choose-all question did not count. */
  countNote?: string;
  /** Classification: the item's explanation. */
  explanationHtml?: string;
  /** Multiple choice: the options' notes, the learner's pick and the right option first. */
  notes?: AnswerNotes;
  sources: SourceLink[];
  /** The slide that teaches the item, offered after a wrong answer. */
  revisit?: Revisit;
  headingRef: Ref<HTMLHeadingElement>;
};

/**
 * Practice-mode feedback: right or wrong in an icon and in words (never colour alone), and why.
 * Continue is the action bar's, after it. For multiple choice, the notes of the learner's pick
 * and of the right option come first; when they say the answer in full, the summary lines are left
 * out so the explanation is not preceded by the same options twice over.
 */
export function AnswerFeedback({ correct, yourAnswer, rightAnswer, countNote, explanationHtml, notes, sources, revisit, headingRef }: Props) {
  const tone = correct ? "right" : "wrong";
  // A right answer is said by the heading and the marks; a wrong one in words too, unless the notes say it.
  const summary = !correct && !notes?.complete;
  return (
    <div
      data-correct={correct}
      className="mt-6 rounded-lg border-2 p-4 data-[correct=false]:border-rose-700 data-[correct=true]:border-emerald-700 dark:data-[correct=false]:border-rose-400 dark:data-[correct=true]:border-emerald-400"
    >
      <h3 ref={headingRef} tabIndex={-1} className={cn("scroll-mb-24 text-lg font-semibold focus:outline-none", MARK_TEXT[tone])}>
        <span aria-hidden="true">{correct ? "✓ " : "✗ "}</span>
        {correct ? "Correct" : "Incorrect"}
      </h3>
      {summary && <p className="mt-1">Your answer: {yourAnswer}</p>}
      {summary && (
        <p className="mt-1">
          Correct answer: <strong>{rightAnswer}</strong>
        </p>
      )}
      {countNote && <p className="mt-2">{countNote}</p>}
      {explanationHtml && <RichText html={explanationHtml} className="mt-3" />}
      {notes && <OptionNotes notes={notes} />}
      <SourceLinks sources={sources} />
      {!correct && <RevisitLink revisit={revisit} />}
    </div>
  );
}
