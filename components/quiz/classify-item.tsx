import type { Category, ClassifyItem as Item } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { RichText } from "./rich-text";

type Props = {
  item: Item;
  categories: Category[];
  /** The category chosen, once answered. */
  chosen?: string;
  onChoose: (key: string) => void;
};

/** The action to classify, shown large, and one button per category (keys 1..k choose too). */
export function ClassifyItem({ item, categories, chosen, onChoose }: Props) {
  return (
    <>
      <RichText html={item.html} className="prose-lg my-6 rounded-lg border border-slate-200 bg-slate-50 p-6 font-medium dark:border-slate-700 dark:bg-slate-900" />
      <div role="group" aria-label="Your answer" className="flex flex-wrap gap-3">
        {categories.map((category, index) => (
          <Button
            key={category.key}
            onClick={() => onChoose(category.key)}
            disabled={chosen !== undefined}
            aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
            data-chosen={chosen === category.key || undefined}
            className="min-w-40 data-chosen:border-accent data-chosen:ring-2 data-chosen:ring-accent"
          >
            {index < 9 && (
              <kbd aria-hidden="true" className="rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600">
                {index + 1}
              </kbd>
            )}
            {category.label}
          </Button>
        ))}
      </div>
    </>
  );
}

