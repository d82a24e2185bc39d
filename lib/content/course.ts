import type { Heading } from "mdast";
import { toString } from "mdast-util-to-string";
import { closestName } from "./edit-distance";
import type { ContentError, ContentWarning } from "./errors";
import { readFrontMatter, lineOfKey, validateFrontMatter, type SourceParts } from "./front-matter";
import { checkSourceLimits, checkTreeLimits, LIMITS } from "./limits";
import { unclosedNotes } from "./notes";
import { entryFrontMatterSchema, sectionFrontMatterSchema, type EntryFrontMatter } from "./schema";
import { compareNatural, dateFromPath, readableName, slugFromPath } from "./slug";
import { parseMarkdown, splitLesson, type SlideTree } from "./split";
import { hasChoiceQuizShape, parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";

/** A Markdown file of the course, as read from the content directory. */
export interface SourceFile {
  /** Relative to the content directory, `/`-separated. */
  path: string;
  source: string;
}

/** What a page of the course is. */
export type EntryKind = "lesson" | "hands-on" | "quiz";

/** The two quiz formats: sort actions into categories, or multiple choice. */
export type QuizFormat = "classify" | "choice";

/** What the course knows of a quiz; the quiz itself is parsed again, with its links resolved, for its page. */
export interface QuizInfo {
  format: QuizFormat;
  /** Actions to classify or questions to answer. */
  itemCount: number;
  parts: SourceParts;
}

/** One slide of an entry: its Markdown tree, where it came from, and the text of its first heading. */
export interface Slide extends SlideTree {
  heading?: string;
}

/** A lesson, hands-on guide or quiz: one page of the course with its own slug and slides. */
export interface CourseEntry {
  slug: string;
  kind: EntryKind;
  title: string;
  description?: string;
  file: string;
  sectionKey: string;
  /** Position in the section (`lesson:`), when numeric. */
  lessonNumber?: number;
  /** For a quiz: the slug of the lesson it tests, when given. */
  lessonSlug?: string;
  /** The line of `lesson:` in the file, for errors about it. */
  lessonLine?: number;
  order?: number;
  date?: string;
  /** The slides of a lesson or hands-on guide; empty for a quiz. */
  slides: Slide[];
  /** Set for quizzes only. */
  quiz?: QuizInfo;
}

/** A lesson in the outline, with the hands-on guides attached to it. */
export interface OutlineItem {
  entry: CourseEntry;
  handsOn: CourseEntry[];
}

export interface Section {
  key: string;
  title: string;
  /** Markdown body of the section file, if it has one. */
  description?: string;
  items: OutlineItem[];
  quizzes: CourseEntry[];
  /** The file in `_sections/` that describes it, if any. */
  file?: string;
}

/** A file that could not be loaded: its page shows these errors while the course is being edited. */
export interface BrokenEntry {
  slug: string;
  file: string;
  errors: ContentError[];
}

export interface Course {
  sections: Section[];
  /** Every entry in course order: each lesson, then its hands-on guides; a section's quizzes after its lessons. */
  sequence: CourseEntry[];
  /** Files with errors, by the slug their page would have had. Empty in any course that builds. */
  broken: BrokenEntry[];
}

interface SectionInfo {
  title?: string;
  order?: number;
  description?: string;
  file: string;
}

const SECTIONS_FOLDER = "_sections";
const HANDS_ON_FOLDER = "_hands_on";
const QUIZ_FOLDERS = new Set(["quizzes", "_quizzes"]);

/**
 * Builds the course from its files. Pure: collects every error rather than stopping at the first,
 * and the warnings found on the way (the rest come from the check).
 */
export function buildCourse(files: readonly SourceFile[]): { course: Course; errors: ContentError[]; warnings: ContentWarning[] } {
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  const sectionInfo = new Map<string, SectionInfo>();
  const entries: CourseEntry[] = [];
  const bySlug = new Map<string, CourseEntry>();
  const namedLessons: { entry: CourseEntry; line: number }[] = [];

  const broken: BrokenEntry[] = [];

  for (const file of files) {
    const folders = file.path.split("/").slice(0, -1);
    const fileErrors: ContentError[] = [];
    const entry = readFile(file, folders, sectionInfo, fileErrors, warnings);
    errors.push(...fileErrors);
    if (fileErrors.length > 0 && !folders.includes(SECTIONS_FOLDER)) {
      broken.push({ slug: slugFromPath(file.path), file: file.path, errors: fileErrors });
    }
    if (!entry) continue;
    const clash = bySlug.get(entry.slug);
    if (clash) {
      errors.push({
        file: entry.file,
        line: 1,
        message: `slug "${entry.slug}" is already used by ${clash.file}: rename one of the two files`,
      });
      continue;
    }
    bySlug.set(entry.slug, entry);
    entries.push(entry);
    if (entry.lessonSlug) namedLessons.push({ entry, line: entry.lessonLine ?? 1 });
  }

  for (const { entry, line } of namedLessons) {
    const lesson = bySlug.get(entry.lessonSlug ?? "");
    if (!lesson || lesson.kind === "quiz") {
      const meant = lesson ? undefined : closestName(entry.lessonSlug ?? "", entries.filter((other) => other.kind !== "quiz").map((other) => other.slug));
      const why = lesson ? "that is a quiz" : meant ? `no lesson has that slug; did you mean "${meant}"?` : "no lesson has that slug";
      errors.push({ file: entry.file, line, message: `lesson: expected the slug of a lesson in this course, found "${entry.lessonSlug}" (${why})` });
    }
  }

  return { course: { ...arrange(entries, sectionInfo), broken }, errors, warnings };
}

/** Reads one file: a section description, or an entry (undefined when it has errors, which it records). */
function readFile(
  file: SourceFile,
  folders: string[],
  sectionInfo: Map<string, SectionInfo>,
  errors: ContentError[],
  warnings: ContentWarning[],
): CourseEntry | undefined {
  if (file.source.trim() === "") {
    errors.push({ file: file.path, line: 1, message: "the file is empty: expected front matter with a `title`, then the content" });
    return undefined;
  }
  // Before parsing: past the limits, parsing is what would take too long.
  const overLimits = checkSourceLimits(file.path, file.source);
  if (overLimits.length > 0) {
    errors.push(...overLimits);
    return undefined;
  }
  const parts = readFrontMatter(file.path, file.source);
  if ("message" in parts) {
    errors.push(parts);
    return undefined;
  }
  if (folders.includes(SECTIONS_FOLDER)) {
    readSection(file.path, parts, sectionInfo, errors);
    return undefined;
  }
  return readEntry(file.path, folders, parts, errors, warnings);
}

function readSection(path: string, parts: SourceParts, sections: Map<string, SectionInfo>, errors: ContentError[]) {
  const result = validateFrontMatter(sectionFrontMatterSchema, path, parts);
  if ("errors" in result) {
    errors.push(...result.errors);
    return;
  }
  const { name, title, order } = result.value;
  const existing = sections.get(name);
  if (existing) {
    errors.push({ file: path, line: lineOfKey(parts.yaml, "name"), message: `section "${name}" is already described by ${existing.file}` });
    return;
  }
  const description = parts.body.trim() || undefined;
  sections.set(name, { title, order, description, file: path });
}

function readEntry(path: string, folders: string[], parts: SourceParts, errors: ContentError[], warnings: ContentWarning[]): CourseEntry | undefined {
  const result = validateFrontMatter(entryFrontMatterSchema, path, parts);
  if ("errors" in result) {
    errors.push(...result.errors);
    return undefined;
  }
  const front = result.value;
  // Parsed and split once: the slides also tell an old-course quiz from a lesson.
  const tree = parseMarkdown(parts.body);
  // An unclosed notes comment hides the rest of the lesson: never let that pass silently.
  const unclosed = unclosedNotes(path, tree);
  if (unclosed.length > 0) {
    errors.push(...unclosed);
    return undefined;
  }
  const { slides: parsedSlides, strayNotes } = splitLesson(tree);
  const split = parsedSlides.map(withHeading);
  const tooDeep = split.flatMap((slide) => checkTreeLimits(path, slide.tree))[0];
  if (tooDeep) {
    errors.push(tooDeep);
    return undefined;
  }
  const kind = entryKind(front, folders, split);
  const lesson = front.lesson;
  if (kind !== "quiz" && typeof lesson === "string") {
    errors.push({ file: path, line: lineOfKey(parts.yaml, "lesson"), message: `lesson: expected a number, found the text ${JSON.stringify(lesson)}` });
    return undefined;
  }

  // In a quiz, markers do not make slides, so notes cannot be on the wrong side of one.
  if (kind !== "quiz") {
    for (const notes of strayNotes) {
      warnings.push({
        file: path,
        line: notes.line,
        column: notes.column,
        severity: "warning",
        message: "speaker notes on no slide: this part of the lesson holds nothing else, so they are dropped; move them onto the slide they are for",
      });
    }
  }
  const quiz = kind === "quiz" ? readQuiz(path, front, parts, errors) : undefined;
  if (kind === "quiz" && !quiz) return undefined;
  const slides = quiz ? [] : split;
  if (slides.length > LIMITS.slidesPerLesson) {
    const first = slides[LIMITS.slidesPerLesson]!;
    errors.push({
      file: path,
      line: first.startLine,
      message: `the lesson has ${slides.length} slides; expected at most ${LIMITS.slidesPerLesson} (slide ${LIMITS.slidesPerLesson + 1} starts here): split it into several lessons`,
    });
    return undefined;
  }
  if (!quiz && slides.length === 0) {
    // Point at the last line of the file (its closing `---` when it holds only front matter).
    const line = parts.body.replace(/\r?\n$/, "").split("\n").length;
    errors.push({ file: path, line, message: "expected lesson content after the front matter, found none (the file would have no slides)" });
    return undefined;
  }

  return {
    slug: slugFromPath(path),
    kind,
    title: front.title,
    description: front.description,
    file: path,
    sectionKey: front.section ?? folderSection(folders),
    lessonNumber: typeof lesson === "number" ? lesson : undefined,
    // Written as a slug or as the lesson's file name ("2024-3-14-Root-User.md"): both name the same lesson.
    lessonSlug: typeof lesson === "string" ? slugFromPath(lesson) : undefined,
    lessonLine: lesson === undefined ? undefined : lineOfKey(parts.yaml, "lesson"),
    order: front.order,
    date: dateFromPath(path),
    slides,
    quiz,
  };
}

/** Validates a quiz with its own parser, so a broken quiz fails the build like a broken lesson. */
function readQuiz(path: string, front: EntryFrontMatter, parts: SourceParts, errors: ContentError[]): QuizInfo | undefined {
  const format = quizFormat(front, parts);
  // HTML is rendered later, with links resolved, for the quiz's own page.
  const noHtml = () => "";
  const parsed = format === "classify" ? parseClassifyQuiz(path, parts, noHtml) : parseChoiceQuiz(path, parts, noHtml);
  if (!parsed.quiz) {
    errors.push(...parsed.errors);
    return undefined;
  }
  const items: { line: number }[] = parsed.quiz.kind === "classify" ? parsed.quiz.items : parsed.quiz.questions;
  const itemCount = items.length;
  if (itemCount > LIMITS.quizItems) {
    const what = parsed.quiz.kind === "classify" ? "actions" : "questions";
    errors.push({
      file: path,
      line: items[LIMITS.quizItems]!.line,
      message: `the quiz has ${itemCount} ${what}; expected at most ${LIMITS.quizItems} (number ${LIMITS.quizItems + 1} starts here): split it into several quizzes`,
    });
    return undefined;
  }
  return { format, itemCount, parts };
}

/** `kind: classify` or a `categories` mapping makes a classification quiz; anything else is multiple choice. */
function quizFormat(front: EntryFrontMatter, parts: SourceParts): QuizFormat {
  if (front.kind === "classify") return "classify";
  if (front.kind === "quiz") return "choice";
  const categories = parts.data.categories;
  return typeof categories === "object" && categories !== null && !Array.isArray(categories) ? "classify" : "choice";
}

function entryKind(front: EntryFrontMatter, folders: string[], slides: SlideTree[]): EntryKind {
  if (front.kind === "quiz" || front.kind === "classify") return "quiz";
  if (front.kind) return front.kind;
  if (folders.includes(HANDS_ON_FOLDER)) return "hands-on";
  if (folders.some((folder) => QUIZ_FOLDERS.has(folder))) return "quiz";
  // The old course's quizzes sat beside its lessons: every page a `## Question N`.
  if (hasChoiceQuizShape(slides)) return "quiz";
  return "lesson";
}

/** Without `section:`, a file's section is the nearest folder that is not a Jekyll `_folder` or a quiz folder. */
function folderSection(folders: string[]): string {
  for (let i = folders.length - 1; i >= 0; i--) {
    const folder = folders[i]!;
    if (!folder.startsWith("_") && !QUIZ_FOLDERS.has(folder)) return folder;
  }
  return "";
}

function withHeading(slide: SlideTree): Slide {
  const heading = slide.tree.children.find((node): node is Heading => node.type === "heading");
  return heading ? { ...slide, heading: toString(heading).trim() } : slide;
}

function arrange(entries: CourseEntry[], sectionInfo: Map<string, SectionInfo>): Omit<Course, "broken"> {
  const keys = [...new Set(entries.map((entry) => entry.sectionKey))];
  keys.sort((a, b) => compareSections(a, b, sectionInfo));

  const sections = keys.map((key): Section => {
    const inSection = entries.filter((entry) => entry.sectionKey === key).sort(compareEntries);
    const lessons = inSection.filter((entry) => entry.kind === "lesson");
    const attached = new Set<CourseEntry>();
    const items = lessons.map((lesson): OutlineItem => {
      const handsOn = inSection.filter(
        (entry) => entry.kind === "hands-on" && entry.lessonNumber !== undefined && entry.lessonNumber === lesson.lessonNumber,
      );
      handsOn.forEach((guide) => attached.add(guide));
      return { entry: lesson, handsOn };
    });
    // A guide whose lesson does not exist still belongs in the course: it stands on its own.
    const standalone = inSection.filter((entry) => entry.kind === "hands-on" && !attached.has(entry));
    const allItems = [...items, ...standalone.map((entry) => ({ entry, handsOn: [] }))].sort((a, b) =>
      compareEntries(a.entry, b.entry),
    );
    const info = sectionInfo.get(key);
    return {
      key,
      title: info?.title ?? (key ? readableName(key) : "Lessons"),
      description: info?.description,
      items: allItems,
      quizzes: inSection.filter((entry) => entry.kind === "quiz"),
      file: info?.file,
    };
  });

  const sequence = sections.flatMap((section) => [
    ...section.items.flatMap((item) => [item.entry, ...item.handsOn]),
    ...section.quizzes,
  ]);
  return { sections, sequence };
}

function compareSections(a: string, b: string, info: Map<string, SectionInfo>): number {
  // Files outside any section come first, like a course's front matter.
  if (a === "" || b === "") return a === "" ? -1 : 1;
  const byOrder = compareOptional(info.get(a)?.order, info.get(b)?.order);
  return byOrder || compareNatural(a, b);
}

/** Lesson number, then `order`, then date, then title — numerically, never as text. */
function compareEntries(a: CourseEntry, b: CourseEntry): number {
  return (
    compareOptional(a.lessonNumber, b.lessonNumber) ||
    compareOptional(a.order, b.order) ||
    compareNatural(a.date ?? "", b.date ?? "") ||
    compareNatural(a.title, b.title) ||
    compareNatural(a.file, b.file)
  );
}

/** Numbers first, in order; missing values after them. */
function compareOptional(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a - b;
}

/** Finds an entry by slug. */
export function findEntry(course: Course, slug: string): CourseEntry | undefined {
  return course.sequence.find((entry) => entry.slug === slug);
}

/** The entry after this one in course order, for the "next lesson" link on a last slide. */
export function nextEntry(course: Course, slug: string): CourseEntry | undefined {
  const index = course.sequence.findIndex((entry) => entry.slug === slug);
  return index === -1 ? undefined : course.sequence[index + 1];
}

