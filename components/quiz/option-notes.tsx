import type { AnswerNotes } from "@/lib/quiz/review";
import { OptionNote } from "./option-note";

type Props = { notes: AnswerNotes };

/**
 * A multiple-choice answer's notes: the learner's pick and the right option first, the other
 * options behind "Why not the others", so the feedback stays short on a phone.
 */
export function OptionNotes({ notes }: Props) {
  return (
    <>
      {notes.first.map((note) => (
        <OptionNote key={note.id} note={note} className="mt-3" />
      ))}
      {notes.others.length > 0 && (
        <details className="group mt-4 rounded-lg border border-slate-300 dark:border-slate-600">
          <summary className="flex min-h-11 list-none [&::-webkit-details-marker]:hidden cursor-pointer items-center gap-2 rounded-lg px-3 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
            <span aria-hidden="true" className="transition-transform group-open:rotate-90">
              ›
            </span>
            Why not the others
          </summary>
          <div className="border-t border-slate-300 px-3 pb-3 dark:border-slate-600">
            {notes.others.map((note) => (
              <OptionNote key={note.id} note={note} className="mt-3" />
            ))}
          </div>
        </details>
      )}
    </>
  );
}
