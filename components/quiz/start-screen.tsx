import type { QuizMode } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { RichText } from "./rich-text";

type Props = {
  introHtml: string;
  /** "40 actions" / "10 questions". */
  countLabel: string;
  passPercent: number;
  mode: QuizMode;
  onModeChange: (mode: QuizMode) => void;
  onStart: () => void;
  /** While the quiz is still on its way: everything shows, nothing can be pressed yet. */
  disabled?: boolean;
};

const MODES: { value: QuizMode; label: string; hint: string }[] = [
  { value: "practice", label: "Practice", hint: "see whether you were right, and why, after each answer" },
  { value: "exam", label: "Exam", hint: "answer everything first, then see your results" },
];

/** Title is the page's; this shows the intro, the size of the quiz, the mode choice and Start. */
export function StartScreen({ introHtml, countLabel, passPercent, mode, onModeChange, onStart, disabled = false }: Props) {
  return (
    <div className="space-y-6">
      {introHtml && <RichText html={introHtml} />}
      <p className="font-medium">
        {countLabel} · pass mark {passPercent} %
      </p>
      <fieldset className="space-y-2" disabled={disabled}>
        <legend className="mb-2 font-semibold">Mode</legend>
        {MODES.map((option) => (
          <label key={option.value} className="flex min-h-6 cursor-pointer items-start gap-3">
            <input
              type="radio"
              name="quiz-mode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => onModeChange(option.value)}
              className="mt-1 size-5 accent-accent"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="text-slate-700 dark:text-slate-300"> — {option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button variant="primary" onClick={onStart} disabled={disabled} data-quiz-start="">
        Start
      </Button>
    </div>
  );
}
