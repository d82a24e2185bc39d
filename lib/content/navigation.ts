import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { quizHref, slideHref } from "../routes";
import type { Course, CourseEntry, Section } from "./course";

const KIND_LABELS: Record<CourseEntry["kind"], string | undefined> = {
  lesson: undefined,
  "hands-on": "Hands-on",
  quiz: "Quiz",
};

/** A link to another page of the course, as the reader shows it. */
export interface EntryLink {
  href: string;
  title: string;
  kindLabel?: string;
}

/** Where an entry opens: a lesson or guide at its first slide, a quiz at its start screen. */
export function entryHref(entry: CourseEntry): string {
  return entry.kind === "quiz" ? quizHref(entry.slug) : slideHref(entry.slug, 1);
}

/**
 * The kind to name before an entry's title in a link ("Quiz: …"), or undefined for lessons and for
 * titles that already start with it ("Hands-on: Hands-on: …" would say it twice).
 */
export function linkKindLabel(entry: CourseEntry): string | undefined {
  const kindLabel = KIND_LABELS[entry.kind];
  return kindLabel && !entry.title.toLowerCase().startsWith(kindLabel.toLowerCase()) ? kindLabel : undefined;
}

function linkTo(entry: CourseEntry): EntryLink {
  return { href: entryHref(entry), title: entry.title, kindLabel: linkKindLabel(entry) };
}

/**
 * The "Next: …" link under a lesson's last slide, in course order, past the quizzes already offered
 * above it ("Take the quiz: …" and "Next: Quiz: …" to the same page would say it twice).
 */
export function nextLink(course: Course, entry: CourseEntry): EntryLink | undefined {
  const offered = new Set(quizzesAfter(course, entry));
  const index = course.sequence.findIndex((candidate) => candidate.slug === entry.slug);
  const next = index === -1 ? undefined : course.sequence.slice(index + 1).find((candidate) => !offered.has(candidate));
  return next ? linkTo(next) : undefined;
}

/**
 * The quizzes offered after a lesson, in course order. A quiz whose `lesson:` names a lesson (by
 * slug or file name) follows that lesson. A quiz whose `lesson:` is a number follows the last
 * lesson of its own section: the old course numbered its quizzes within the section ("quiz 1",
 * "quiz 2"), and such a quiz tests the section's lessons, not the lesson that shares its number.
 */
export function quizzesAfter(course: Course, entry: CourseEntry): CourseEntry[] {
  const section = course.sections.find((candidate) => candidate.key === entry.sectionKey);
  const lessons = section?.items.filter((item) => item.entry.kind === "lesson") ?? [];
  const endsSection = entry.kind === "lesson" && lessons.at(-1)?.entry === entry;
  return course.sequence.filter(
    (quiz) =>
      quiz.kind === "quiz" &&
      (quiz.lessonSlug === entry.slug || (endsSection && quiz.lessonNumber !== undefined && quiz.sectionKey === entry.sectionKey)),
  );
}

/** "Quiz: " (or "Quiz - ") opening a title: the link already says "Take the quiz: ". */
const QUIZ_PREFIX_RE = /^quiz(?:\s*:|\s+[-–—])\s*/i;

/**
 * "Take the quiz" links under a lesson's last slide. The reader puts "Take the quiz: " before each
 * title, so a title's own "Quiz: " is left out ("Take the quiz: Quiz: …" would say it twice).
 */
export function quizLinks(course: Course, entry: CourseEntry): EntryLink[] {
  return quizzesAfter(course, entry).map((quiz) => {
    const title = quiz.title.replace(QUIZ_PREFIX_RE, "");
    return { ...linkTo(quiz), title: title || quiz.title };
  });
}

/** Ids the outline page already uses, which a section's anchor must not take. */
const RESERVED_IDS = new Set(["main", "content-errors", "sections-label", "outline-heading"]);

/**
 * The id of each section's heading in the outline, for the jump list to link to: its name in lower
 * case with every run of anything but letters and digits a `-` ("Section-2" gives `section-2`),
 * unique on the page. Made from the name, not the position, so a link to a section keeps working
 * as other sections come and go.
 */
export function sectionAnchors(sections: readonly Section[]): string[] {
  const used = new Set(RESERVED_IDS);
  return sections.map((section) => {
    const base =
      (section.key || section.title)
        .normalize("NFC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, "") || "section";
    let anchor = base;
    for (let suffix = 2; used.has(anchor); suffix++) anchor = `${base}-${suffix}`;
    used.add(anchor);
    return anchor;
  });
}

/** The title of the section an entry sits in. */
export function sectionTitle(course: Course, entry: CourseEntry): string | undefined {
  return course.sections.find((section) => section.key === entry.sectionKey)?.title;
}

/** "40 actions", "10 questions", "5 slides". */
export function sizeLabel(entry: CourseEntry): string {
  const [count, noun] = entry.quiz
    ? [entry.quiz.itemCount, entry.quiz.format === "classify" ? "action" : "question"]
    : [entry.slides.length, "slide"];
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

const DESCRIPTION_LENGTH = 160;

/**
 * The page description search engines and link previews show: the entry's `description`, else the
 * first paragraph of the slide (or of the lesson), cut to a sentence-sized length.
 */
export function pageDescription(entry: CourseEntry, slide?: number): string {
  if (entry.description) return entry.description;
  const trees = slide ? [entry.slides[slide - 1]?.tree] : entry.slides.map((candidate) => candidate.tree);
  let text = "";
  for (const tree of trees) {
    if (!tree || text) continue;
    visit(tree, "paragraph", (node: Paragraph) => {
      if (!text) text = toString(node).replace(/\s+/g, " ").trim();
    });
  }
  if (!text) return entry.quiz ? `${entry.title}: a quiz.` : `${entry.title}.`;
  return text.length <= DESCRIPTION_LENGTH ? text : `${text.slice(0, DESCRIPTION_LENGTH - 1).replace(/\s+\S*$/, "")}…`;
}
