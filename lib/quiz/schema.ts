import { z } from "zod";
import { describeValue } from "@/lib/content/front-matter";
import { entryFrontMatterSchema } from "@/lib/content/schema";
import type { Category, QuizMode } from "./types";

export const QUIZ_MODES = ["practice", "exam"] as const satisfies readonly QuizMode[];

/** "80", "80%" and " 80 % " are all the pass mark 80; other text is left for zod to report. */
const PERCENT_TEXT_RE = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;

/**
 * The pass mark as a percentage of items right. A fraction such as 0.8 is refused rather than read
 * as 0.8%: an author who writes it means 80%, and a quiz anyone passes would hide the mistake.
 */
const passPercentage = z
  .preprocess((value) => {
    const match = typeof value === "string" ? PERCENT_TEXT_RE.exec(value) : null;
    return match ? Number(match[1]) : value;
  }, z.number().refine(isPassPercentage, { error: (issue) => passPercentageProblem(issue.input) }))
  .default(80);

function isPassPercentage(value: number): boolean {
  return value === 0 || (value >= 1 && value <= 100);
}

function passPercentageProblem(found: unknown): string {
  const expected = "expected a percentage from 0 to 100";
  if (typeof found !== "number" || found <= 0 || found >= 1) return `${expected}, found ${String(found)}`;
  const percent = Number((found * 100).toFixed(2));
  return `${expected}, found ${found}; for ${percent}% write \`pass: ${percent}\``;
}

const CATEGORIES_EXAMPLE = "like `root-only: Root user only`";

/**
 * `categories:` of a classify quiz, in the order written. Checked by hand rather than with
 * `z.record` so each message names the category at fault and says what was found.
 */
const categoriesSchema = z.unknown().transform((value, context): Category[] => {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) {
    context.addIssue({
      code: "custom",
      message: `expected a mapping of category keys to labels (${CATEGORIES_EXAMPLE}, one per line), found ${describeValue(value)}`,
    });
    return z.NEVER;
  }
  const categories: Category[] = [];
  for (const [key, label] of Object.entries(value)) {
    if (key.trim() === "") {
      context.addIssue({ code: "custom", message: "expected a category key before each label, found an empty key" });
    } else if (typeof label !== "string" || label.trim() === "") {
      context.addIssue({ code: "custom", path: [key], message: `expected the label learners see (${CATEGORIES_EXAMPLE}), found ${describeValue(label)}` });
    } else {
      categories.push({ key: key.trim(), label: label.trim() });
    }
  }
  const count = Object.keys(value).length;
  if (count < 2) {
    const found = count === 0 ? "none" : `only ${JSON.stringify(Object.keys(value)[0])}`;
    context.addIssue({ code: "custom", message: `expected at least 2 categories to sort items into, found ${found}` });
  }
  return categories;
});


/**
 * Front matter of a quiz of either kind: what any entry allows plus the quiz settings. A Jekyll
 * `categories:` list stays accepted and ignored here, as on lessons; only classify quizzes own it.
 */
export const quizFrontMatterSchema = entryFrontMatterSchema.extend({
  /** Pass mark in percent, `80` or `"80%"`; the quiz model holds it as a fraction (0.8). */
  pass: passPercentage,
  /** What the start screen offers first: feedback after each answer, or only at the end. */
  mode: z.enum(QUIZ_MODES).default("practice"),
  /** Whether items, questions and options appear in a new order on each attempt. */
  shuffle: z.boolean().default(true),
});

export type QuizFrontMatter = z.infer<typeof quizFrontMatterSchema>;

/** Front matter of a classify quiz (`kind: classify`): a quiz whose items are sorted into categories. */
export const classifyQuizFrontMatterSchema = quizFrontMatterSchema.extend({
  /** Category key → the label on its button, at least two; `##` headings name them by either. */
  categories: categoriesSchema,
});

export type ClassifyQuizFrontMatter = z.infer<typeof classifyQuizFrontMatterSchema>;
