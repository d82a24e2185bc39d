import { cn } from "@/lib/cn";
import type { ReviewEntry } from "@/lib/quiz/review";
import { MARK_TEXT } from "./choice-mark";
import { OptionNotes } from "./option-notes";
import { RevisitLink } from "./revisit-link";
import { RichText } from "./rich-text";
import { SourceLinks } from "./source-links";

type Props = {
  entry: ReviewEntry;
  /** In the review of every answer, say whether this one was right. */
  showVerdict: boolean;
};

/**
 * One answered item in the results: what was asked, the learner's answer, the right one and why.
 * For multiple choice that includes the note of the option the learner picked, not only the right
 * one's, in exam mode too.
 */
export function AnswerReview({ entry, showVerdict }: Props) {
  const tone = entry.correct ? "right" : "wrong";
  const summary = !entry.notes.complete;
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      {showVerdict && (
        <p className={cn("text-sm font-semibold", MARK_TEXT[tone])}>
          <span aria-hidden="true">{entry.correct ? "✓ " : "✗ "}</span>
          {entry.correct ? "Right" : "Wrong"}
        </p>
      )}
      <RichText html={entry.html} className="font-medium" />
      {summary && <p className="mt-2">Your answer: {entry.yourAnswer}</p>}
      {summary && (
        <p>
          Correct answer: <strong>{entry.rightAnswer}</strong>
        </p>
      )}
      {entry.countNote && <p className="mt-2">{entry.countNote}</p>}
      {entry.explanationHtml && <RichText html={entry.explanationHtml} className="mt-2" />}
      <OptionNotes notes={entry.notes} />
      <SourceLinks sources={entry.sources} />
      {!entry.correct && <RevisitLink revisit={entry.revisit} />}
    </li>
  );
}
