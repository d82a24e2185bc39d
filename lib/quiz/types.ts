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

/**
 * A `Lesson:` line as written under an item or question: a link to the lesson file and slide that
 * teach it. The content check resolves it against the course; the parser only keeps it.
 */
export interface LessonLine {
  /** The link as written, relative to the quiz file: `../_posts/root-user.md#3` or `…md#a-heading`. */
  href: string;
  /** 1-based line of the `Lesson:` line in the Markdown file, for errors about it. */
  line: number;
}

/** The slide a learner is sent back to after a wrong answer: "Revisit: <title>". */
export interface Revisit {
  /** The slide's address, `/lessons/<slug>/<n>`, without the base path, like every address in lib/routes.ts. */
  href: string;
  /** The slide's title, as the slide overview names it. */
  title: string;
  /** True when no `Lesson:` line names the slide and the course's text chose it: the UI says "suggested". */
  suggested: boolean;
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
  /** The item's `Lesson:` line, when it has one. */
  lesson?: LessonLine;
  /** Where to read again what the item teaches; set when the quiz is loaded for its page. */
  revisit?: Revisit;
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
  /** The question's `Lesson:` line (above, under an option or after the options), when it has one. */
  lesson?: LessonLine;
  /** Where to read again what the question teaches; set when the quiz is loaded for its page. */
  revisit?: Revisit;
  line: number;
}

export interface ChoiceQuiz extends QuizSettings {
  kind: "choice";
  questions: ChoiceQuestion[];
}

export type Quiz = ClassifyQuiz | ChoiceQuiz;
