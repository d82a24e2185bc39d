import { z } from "zod";

/** Jekyll wrote these; the course this app replaces has them everywhere. Accepted and ignored. */
const jekyllKeys = {
  layout: z.unknown().optional(),
  date: z.unknown().optional(),
  permalink: z.unknown().optional(),
  tags: z.unknown().optional(),
  categories: z.unknown().optional(),
};

/** YAML reads `section: 14` as a number and `section: Section-14` as text; both name a section. */
const sectionName = z
  .union([z.string().trim().min(1), z.number()])
  .transform((value) => String(value));

/**
 * A number, or text that is one (`lesson: "18"`), since Jekyll front matter was never typed.
 * Converted before checking, so anything else is reported as "expected a number", not "text".
 */
const numberLike = z.preprocess(
  (value) => (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
  z.number(),
);

/** What a file is. Files in `_hands_on/` are hands-on guides and files in `quizzes/` quizzes without saying so. */
export const KINDS = ["lesson", "hands-on", "quiz", "classify"] as const;

/** Front matter of a lesson, hands-on guide or quiz. Unknown keys are let through (later kinds add their own). */
export const entryFrontMatterSchema = z.object({
  /** Shown in the outline, the page title and the browser tab. */
  title: z.string().trim().min(1),
  /** The section the file belongs to, e.g. `Section-14`; without it, the folder it sits in. */
  section: sectionName.optional(),
  /** Position within the section; for a quiz, optionally the slug of the lesson it tests. */
  lesson: z.union([numberLike, z.string().trim().min(1)]).optional(),
  /** Tie-breaker within a section, and the order of hands-on guides attached to one lesson. */
  order: numberLike.optional(),
  /** One sentence shown under the title in the outline. */
  description: z.string().optional(),
  /** What the file is; see `KINDS`. */
  kind: z.enum(KINDS).optional(),
  ...jekyllKeys,
});

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

/** Front matter of a section file in `_sections/`. */
export const sectionFrontMatterSchema = z.object({
  /** The name lessons use in their `section:` field. */
  name: sectionName,
  /** Heading shown in the outline; without it the name is made readable ("Section-10" → "Section 10"). */
  title: z.string().trim().min(1).optional(),
  /** Position of the section in the course. */
  order: numberLike.optional(),
  ...jekyllKeys,
});

export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
