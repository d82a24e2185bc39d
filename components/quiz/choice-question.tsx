"use client";

import { useId, useState, type FormEvent } from "react";
import type { ChoiceOption, ChoiceQuestion as Question } from "@/lib/quiz/types";
import { Button } from "@/components/ui/button";
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

/** A question with native radio buttons (checkboxes when several options are right) and a submit button. */
export function ChoiceQuestion({ question, options, answered, submitLabel, onAnswer }: Props) {
  const [selected, setSelected] = useState<string[]>(answered ?? []);
  const [nudge, setNudge] = useState(false);
  const promptId = useId();
  const hintId = useId();
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
          {question.multiple ? "Select all that apply." : "Choose one."}
        </p>
        <div className="mt-4 space-y-3">
          {options.map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default dark:border-slate-700 dark:has-checked:bg-slate-800"
            >
              <input
                type={question.multiple ? "checkbox" : "radio"}
                name={question.id}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
                className="mt-1 size-5 shrink-0 accent-accent"
              />
              <span className="[&_p]:m-0" dangerouslySetInnerHTML={{ __html: option.html }} />
            </label>
          ))}
        </div>
      </fieldset>
      {nudge && (
        <p role="alert" className="mt-3 text-rose-800 dark:text-rose-300">
          Choose an answer first.
        </p>
      )}
      {!locked && (
        <Button type="submit" variant="primary" className="mt-4">
          {submitLabel}
        </Button>
      )}
    </form>
  );
}
