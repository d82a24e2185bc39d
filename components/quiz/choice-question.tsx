"use client";

import { useId, useState, type FormEvent } from "react";
import { cn } from "@/lib/cn";
import { choiceHint } from "@/lib/quiz/announce";
import { choiceMark } from "@/lib/quiz/review";
import type { ChoiceOption, ChoiceQuestion as Question } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
import { ActionBar } from "./action-bar";
import { ChoiceMarkLabel, MARK_SURFACE } from "./choice-mark";
import { RichText } from "./rich-text";

type Props = {
  question: Question;
  /** The options in this round's order. */
  options: ChoiceOption[];
  /** The options chosen, once answered. */
  answered?: string[];
  submitLabel: string;
  onAnswer: (optionIds: string[]) => void;
};

const OPTION = "flex cursor-pointer items-start gap-3 rounded-lg p-3 has-disabled:cursor-default";
const OPEN = "border border-slate-200 has-checked:border-accent has-checked:bg-accent-soft dark:border-slate-700 dark:has-checked:bg-slate-800";
const QUIET = "border border-slate-200 dark:border-slate-700";

/**
 * A question with native radio buttons (checkboxes when several options are right) and a submit
 * button in the action bar. Once answered (practice mode; exam mode moves straight on), each option
 * shows the outcome: "✓ Correct answer", "✗ Your answer", as text and as the option's description.
 */
export function ChoiceQuestion({ question, options, answered, submitLabel, onAnswer }: Props) {
  const [selected, setSelected] = useState<string[]>(answered ?? []);
  const [nudge, setNudge] = useState(false);
  const promptId = useId();
  const hintId = useId();
  const markId = useId();
  const locked = answered !== undefined;

  function toggle(id: string, checked: boolean) {
    setNudge(false);
    if (!question.multiple) setSelected([id]);
    else setSelected((before) => (checked ? [...before, id] : before.filter((other) => other !== id)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.length === 0) setNudge(true);
    else onAnswer(selected);
  }

  return (
    <form onSubmit={submit} className="mt-4">
      <fieldset disabled={locked} aria-labelledby={promptId} aria-describedby={hintId}>
        <div id={promptId}>
          <RichText html={question.promptHtml} className="prose-lg" />
        </div>
        <p id={hintId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {choiceHint(question)}
        </p>
        <div className="mt-4 space-y-3">
          {options.map((option, index) => {
            const mark = locked ? choiceMark(option.correct, answered.includes(option.id), question.multiple) : undefined;
            const id = `${markId}-${index}`;
            return (
              <label key={option.id} data-tone={mark?.tone} className={cn(OPTION, mark ? MARK_SURFACE[mark.tone] : locked ? QUIET : OPEN)}>
                <input
                  type={question.multiple ? "checkbox" : "radio"}
                  name={question.id}
                  value={option.id}
                  checked={selected.includes(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                  aria-describedby={mark ? id : undefined}
                  className="mt-1 size-5 shrink-0 accent-accent"
                />
                <span className="flex min-w-0 flex-1 flex-col gap-1">
                  <span className="[&_p]:m-0" dangerouslySetInnerHTML={{ __html: option.html }} />
                  {mark && <ChoiceMarkLabel mark={mark} id={id} />}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {nudge && (
        <p role="alert" className="mt-3 text-rose-800 dark:text-rose-300">
          Choose an answer first.
        </p>
      )}
      {!locked && (
        <ActionBar>
          <Button type="submit" variant="primary" className="w-full sm:w-auto">
            {submitLabel}
          </Button>
        </ActionBar>
      )}
    </form>
  );
}
