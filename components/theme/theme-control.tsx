"use client";

import { useEffect, useSyncExternalStore } from "react";
import { cn } from "@/lib/cn";
import { THEME_CHOICES, type ThemeChoice } from "@/lib/theme";
import { applyThemeChoice, saveThemeChoice, subscribeToThemeChoice, themeChoice } from "@/lib/theme-storage";

type Props = { className?: string };

const LABELS: Record<ThemeChoice, { text: string; icon: string }> = {
  system: { text: "System", icon: "◐" },
  light: { text: "Light", icon: "☀" },
  dark: { text: "Dark", icon: "☾" },
};

/**
 * The theme as three radio buttons in a group named "Theme": System (the default, which follows the
 * operating system as it changes), Light and Dark. Radios rather than one button that cycles: all
 * three choices and the current one are in view, a screen reader says "Dark, radio button, checked,
 * 3 of 3" as the choice changes, and the arrow keys reach any choice without passing through the
 * others' looks on a second press. The choice is saved in this browser.
 */
export function ThemeControl({ className }: Props) {
  const choice = useSyncExternalStore<ThemeChoice | undefined>(subscribeToThemeChoice, themeChoice, () => undefined);

  // The boot script drew the first paint; from here the control keeps the page in its choice.
  useEffect(() => (choice ? applyThemeChoice(choice) : undefined), [choice]);

  return (
    <fieldset className={cn("flex rounded-md border border-slate-300 dark:border-slate-600", className)}>
      <legend className="sr-only">Theme</legend>
      {THEME_CHOICES.map((option) => (
        // Styled in theme-control.css, which styles/base.css takes into every page's stylesheet.
        <label key={option} className="theme-choice">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={choice === option}
            disabled={choice === undefined}
            onChange={() => saveThemeChoice(option)}
          />
          <span aria-hidden="true">{LABELS[option].icon}</span>
          {/* A phone's header is one row: the icons alone there, their names still read out. */}
          <span className="max-sm:sr-only">{LABELS[option].text}</span>
        </label>
      ))}
    </fieldset>
  );
}
