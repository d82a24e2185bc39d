"use client";

import { useEffect } from "react";
import { quizKey, type StandAside } from "@/lib/quiz/keys";
import type { QuizSession, SessionAction } from "@/lib/quiz/session";
import type { Quiz } from "@/lib/quiz/types";

const TEXT_ENTRY = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Elements with their own use for Enter and Space. */
const CONTROLS = "a[href], button, summary, input, select, textarea, [role=button], [role=link], [contenteditable]";

/** True when a shortcut should leave the key to the element that has focus. */
function standsAside(target: EventTarget | null, standAside: StandAside): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (TEXT_ENTRY.has(target.tagName) || target.isContentEditable) return true;
  return standAside === "controls" && target.closest(CONTROLS) !== null;
}

/**
 * The shortcuts of lib/quiz/keys.ts on the document: 1..k choose a category; from the feedback,
 * where focus lands after an answer, Enter and Space press Continue. A held key does not skip
 * items. Shared by the quiz and the Review page, which asks each card as a quiz of one.
 */
export function useQuizKeys(quiz: Quiz | undefined, phase: QuizSession["phase"], act: (action: SessionAction) => void) {
  useEffect(() => {
    if (!quiz) return;
    function onKeyDown(event: KeyboardEvent) {
      if (!quiz || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.defaultPrevented || event.repeat) return;
      const shortcut = quizKey(quiz, phase, event.key);
      if (!shortcut || standsAside(event.target, shortcut.standAside)) return;
      event.preventDefault();
      act(shortcut.action);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });
}
