/**
 * The quiz model shared by the parsers (Markdown → quiz), the engine (session, grading) and the UI.
 * Everything here is plain serializable data: rich text is HTML rendered and sanitized at build time.
 */

/** Practice shows feedback after each answer; exam shows nothing until the results. */
export type QuizMode = "practice" | "exam";

/** A link to where a fact comes from. */
export interface SourceLink {
  url: string;
  label: string;
}

/** Settings every quiz has, from its front matter. */
export interface QuizSettings {
  title: string;
  /** Sanitized HTML shown on the start screen (the body before the first `##` heading). */
  introHtml: string;
  /** Default mode; the learner may switch before starting. */
  mode: QuizMode;
  /** Pass mark as a fraction of items right, 0..1 (front matter `pass: 80` means 0.8). */
  pass: number;
  /** Shuffle items/questions and options (default true). */
  shuffle: boolean;
}

export interface Category {
  /** The key in front matter `categories`, e.g. `root-only`. */
  key: string;
  /** What the learner sees on the button, e.g. "Root user only". */
  label: string;
}

/** One action to classify. */
export interface ClassifyItem {
  /** Stable id within the quiz (derived from the item text), used for saved answers. */
  id: string;
  /** Sanitized inline HTML of the action, e.g. "Close a standalone AWS account". */
  html: string;
  /** The action as plain text, for announcements and summaries. */
  text: string;
  /** The key of the right category. */
  category: string;
  /** Sanitized HTML explaining the answer; "" when the author gave none. */
  explanationHtml: string;
  sources: SourceLink[];
  /** 1-based line in the Markdown file. */
  line: number;
}

export interface ClassifyQuiz extends QuizSettings {
  kind: "classify";
  categories: Category[];
  items: ClassifyItem[];
}

export interface ChoiceOption {
  /** Stable id within its question ("a", "b", … from source order). */
  id: string;
  html: string;
  /** The option as plain text (its letter label removed), for feedback in words. */
  text: string;
  correct: boolean;
  /** 1-based line of the option in the Markdown file. */
  line: number;
  explanationHtml: string;
}

/** One multiple-choice question; several correct options make it select-all-that-apply. */
export interface ChoiceQuestion {
  id: string;
  /** Sanitized HTML of the question text. */
  promptHtml: string;
  options: ChoiceOption[];
  multiple: boolean;
  sources: SourceLink[];
  line: number;
}

export interface ChoiceQuiz extends QuizSettings {
  kind: "choice";
  questions: ChoiceQuestion[];
}

export type Quiz = ClassifyQuiz | ChoiceQuiz;
