import { useId } from "react";
import { cn } from "@/lib/cn";
import { choiceMark } from "@/lib/quiz/review";
import type { Category, ClassifyItem as Item } from "@/lib/quiz/types";
import { ChoiceMarkLabel, MARK_SURFACE } from "./choice-mark";
import { RichText } from "./rich-text";

type Props = {
  item: Item;
  categories: Category[];
  /** The category chosen, once answered. */
  chosen?: string;
  onChoose: (key: string) => void;
};

const BUTTON =
  "flex min-h-12 w-full flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg px-4 py-2 text-left font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-default";
const OPEN = "border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
/** Answered, neither right nor picked: quieter, still readable (slate-600 / slate-400, ≥ 7:1). */
const QUIET = "border border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400";

/**
 * The action to classify, shown large, and one button per category (keys 1..k choose too). Once
 * answered, the buttons show the outcome: the right category "✓ Correct answer", a wrong pick
 * "✗ Your answer", as text and as each button's description. On a phone the buttons are full
 * width and equal; wider, they share a row in equal columns.
 */
export function ClassifyItem({ item, categories, chosen, onChoose }: Props) {
  const markId = useId();
  const answered = chosen !== undefined;
  return (
    <>
      <RichText html={item.html} className="prose-lg my-6 rounded-lg border border-slate-200 bg-slate-50 p-6 font-medium dark:border-slate-700 dark:bg-slate-900" />
      <div role="group" aria-label="Choose a category" className="grid gap-3 sm:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))]">
        {categories.map((category, index) => {
          const mark = answered ? choiceMark(category.key === item.category, category.key === chosen) : undefined;
          const id = `${markId}-${index}`;
          return (
            <button
              key={category.key}
              type="button"
              onClick={() => onChoose(category.key)}
              disabled={answered}
              aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
              aria-describedby={mark ? id : undefined}
              data-tone={mark?.tone}
              className={cn(BUTTON, mark ? MARK_SURFACE[mark.tone] : answered ? QUIET : OPEN)}
            >
              <span className="flex items-center gap-2">
                {index < 9 && (
                  <kbd aria-hidden="true" className="rounded border border-current/40 px-1.5 text-xs">
                    {index + 1}
                  </kbd>
                )}
                {category.label}
              </span>
              {mark && <ChoiceMarkLabel mark={mark} id={id} />}
            </button>
          );
        })}
      </div>
    </>
  );
}
