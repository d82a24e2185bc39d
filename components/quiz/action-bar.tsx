import type { ReactNode } from "react";

type Props = {
  children: ReactNode;
  /** A short line beside the button, which the button may name as its description. */
  hint?: { id: string; text: string };
};

/**
 * The quiz's next step (Check answer, Continue) in a bar that sticks to the bottom of the screen
 * while the item is longer than the screen, and sits after it when it fits: on a phone the button
 * is always in view, full width, without scrolling past the explanation to find it.
 */
export function ActionBar({ children, hint }: Props) {
  return (
    <div
      data-quiz-action-bar
      className="sticky bottom-0 z-10 -mx-4 mt-6 flex flex-col gap-2 border-t border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-[#0b1020] sm:mx-0 sm:flex-row sm:items-center sm:justify-end sm:gap-4 sm:px-0"
    >
      {hint && (
        <p id={hint.id} className="text-sm text-slate-700 dark:text-slate-300">
          {hint.text}
        </p>
      )}
      {children}
    </div>
  );
}
