"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY, type Theme } from "@/lib/theme";

type Props = { className?: string };

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** A pressed/unpressed "Dark theme" button; the choice is saved and wins over the system setting. */
export function ThemeToggle({ className }: Props) {
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);

  function toggle() {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage refused (private mode, full): the theme still changes for this page.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === "dark"}
      disabled={theme === undefined}
      className={className}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span> Dark theme
    </button>
  );
}
