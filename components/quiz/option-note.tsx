import { cn } from "@/lib/cn";
import type { OptionNote as Note } from "@/lib/quiz/review";
import { markText } from "@/lib/quiz/review";
import { MARK_TEXT } from "./choice-mark";
import { RichText } from "./rich-text";

type Props = { note: Note; className?: string };

/** One option's own note, headed by the option and, for a marked one, by its mark: "✗ Your answer: …". */
export function OptionNote({ note, className }: Props) {
  return (
    <div className={className}>
      <p className="font-medium">
        {note.mark && (
          <span className={cn("font-semibold", MARK_TEXT[note.mark.tone])}>
            <span aria-hidden="true">{note.mark.symbol} </span>
            {markText(note.mark)}:{" "}
          </span>
        )}
        {note.text}
      </p>
      <RichText html={note.html} className="mt-1" />
    </div>
  );
}
