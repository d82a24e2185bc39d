import { cn } from "@/lib/cn";
import { markText, type ChoiceMark } from "@/lib/quiz/review";

/**
 * Colours of the marks, in both themes, above WCAG AA: text 4.5:1, borders 3:1. Light: emerald-800 /
 * rose-800 text ≥ 7.1:1 on white and on the -50 tints, -700 borders ≥ 5.3:1. Dark: emerald-300 /
 * rose-300 text ≥ 9.3:1 on the page (#0b1020) and on the half-strength -950 tints, -400 borders
 * ≥ 6.6:1. The symbol and the words carry the meaning; the colour only repeats it.
 */
export const MARK_TEXT = {
  right: "text-emerald-800 dark:text-emerald-300",
  wrong: "text-rose-800 dark:text-rose-300",
} as const;

/** A choice marked right or wrong: a tinted surface with a 2 px border. */
export const MARK_SURFACE = {
  right: "border-2 border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50",
  wrong: "border-2 border-rose-700 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/50",
} as const;

type Props = {
  mark: ChoiceMark;
  /** The id the choice's aria-describedby names: the words are its description. */
  id?: string;
  className?: string;
};

/**
 * "✓ Correct answer" / "✗ Your answer" on a choice. Hidden from the accessibility tree so the
 * choice's name stays its own text; the choice names this as its description instead.
 */
export function ChoiceMarkLabel({ mark, id, className }: Props) {
  return (
    <span aria-hidden="true" className={cn("inline-flex items-center gap-1.5 text-sm font-semibold", MARK_TEXT[mark.tone], className)}>
      <span>{mark.symbol}</span>{" "}
      <span id={id}>{markText(mark)}</span>
    </span>
  );
}
