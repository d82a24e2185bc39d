import type { QuizSession, SessionAction } from "./session";
import type { Quiz } from "./types";

/**
 * The quiz's keyboard shortcuts, one table (like the reader's lib/slides/keys.ts). Each entry says
 * in which phase it works and what it stands aside for: number keys only while the learner types,
 * Enter and Space also for any control that has its own use for them (a button, a link, a summary).
 */

/** What a shortcut stands aside for: text entry only, or every interactive element. */
export type StandAside = "typing" | "controls";

export interface QuizKey {
  phase: QuizSession["phase"];
  /** What the key does in that phase, or undefined when it does nothing there. */
  action: (quiz: Quiz, key: string) => SessionAction | undefined;
  standAside: StandAside;
}

export const QUIZ_KEYS: readonly QuizKey[] = [
  {
    phase: "asking",
    // 1 chooses the first category in `categories`, 2 the second…
    standAside: "typing",
    action: (quiz, key) => {
      if (quiz.kind !== "classify" || !/^[1-9]$/.test(key)) return undefined;
      const category = quiz.categories[Number(key) - 1];
      return category ? { type: "answer", answer: [category.key] } : undefined;
    },
  },
  {
    phase: "feedback",
    // Presses Continue from the feedback, where focus lands after an answer.
    standAside: "controls",
    action: (_quiz, key) => (key === "Enter" || key === " " ? { type: "next" } : undefined),
  },
];

/** The shortcut for a key in a phase, with what it stands aside for; undefined when the key does nothing. */
export function quizKey(quiz: Quiz, phase: QuizSession["phase"], key: string): { action: SessionAction; standAside: StandAside } | undefined {
  for (const entry of QUIZ_KEYS) {
    if (entry.phase !== phase) continue;
    const action = entry.action(quiz, key);
    if (action) return { action, standAside: entry.standAside };
  }
  return undefined;
}
