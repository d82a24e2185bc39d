import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { classifyQuizFrontMatterSchema } from "../quiz/schema";
import { isLessonParagraph } from "../quiz/lesson-line";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { LessonLine, Quiz } from "../quiz/types";
import { buildCourse, type Course, type CourseEntry, type QuizInfo, type SourceFile } from "./course";
import { editDistance } from "./edit-distance";
import { sortContentErrors, type ContentError, type ContentWarning } from "./errors";
import { lineOfKey, readFrontMatter, type SourceParts } from "./front-matter";
import { lessonLineErrors } from "./lesson-links";
import { checkSourceLimits } from "./limits";
import { isAssetPath, resolveContentUrl, ASSET_EXTENSIONS } from "./paths";
import { sectionFrontMatterSchema } from "./schema";
import { parseMarkdown } from "./split";

/**
 * The whole content check: every error that stops a build and every warning worth an instructor's
 * attention, for every file at once. Pure: the file system is reached only through `fileExists`.
 */

export interface CheckOptions {
  /** Whether a file exists, relative to the content folder or to `public/`. */
  fileExists: (relative: string, root: "content" | "public") => boolean;
  /** Slides with more words than this get a warning. */
  maxSlideWords?: number;
}

export const DEFAULT_MAX_SLIDE_WORDS = 300;

export interface CheckResult {
  course: Course;
  /** Errors and warnings, sorted by file, line and column. */
  findings: ContentError[];
}

const ENTRY_KEYS = Object.keys(classifyQuizFrontMatterSchema.shape);
const SECTION_KEYS = Object.keys(sectionFrontMatterSchema.shape);

export function checkCourse(files: readonly SourceFile[], options: CheckOptions): CheckResult {
  const { course, errors, warnings } = buildCourse(files);
  const findings: ContentError[] = [...errors, ...warnings];
  const paths = new Set(files.map((file) => file.path));
  const entryByFile = new Map(course.sequence.map((entry) => [entry.file, entry]));
  const partsByFile = new Map<string, SourceParts>();
  const slugs = new Set(course.sequence.map((entry) => entry.slug));
  const quizzes = new Map(course.sequence.flatMap((entry) => (entry.quiz ? [[entry.file, parseQuizForCheck(entry, entry.quiz)] as const] : [])));

  for (const file of files) {
    // A file over the limits has its error already, and must not be parsed again.
    if (checkSourceLimits(file.path, file.source).length > 0) continue;
    const parts = readFrontMatter(file.path, file.source);
    // Files that cannot be read already have their error; the checks below need a readable file.
    if ("message" in parts || file.source.trim() === "") continue;
    partsByFile.set(file.path, parts);
    const isSectionFile = file.path.split("/").includes("_sections");
    findings.push(...unknownKeys(file.path, parts, isSectionFile ? SECTION_KEYS : ENTRY_KEYS));
    if (isSectionFile) continue;
    // A lesson's slides (and their notes) hold all of its content; only quizzes and broken files
    // need parsing again.
    const slides = entryByFile.get(file.path)?.slides ?? [];
    const trees = slides.length > 0 ? slides.flatMap((slide) => (slide.notes ? [slide.tree, slide.notes.tree] : [slide.tree])) : [parseMarkdown(parts.body)];
    // A quiz's `Lesson:` links name slides, not files: their errors say which slide was expected.
    const lessonLines = new Set(lessonLinesOf(quizzes.get(file.path)).map((lesson) => lesson.line));
    for (const tree of trees) findings.push(...linkedFiles(file.path, tree, paths, slugs, options.fileExists, lessonLines));
  }

  for (const entry of course.sequence) {
    findings.push(...longSlides(entry, options.maxSlideWords ?? DEFAULT_MAX_SLIDE_WORDS));
    const quiz = quizzes.get(entry.file);
    if (quiz) findings.push(...missingExplanations(entry, quiz), ...lessonLineErrors(course, entry, lessonLinesOf(quiz)));
  }
  findings.push(...sectionsWithoutFile(course, partsByFile, entryByFile));
  return { course, findings: sortContentErrors(findings) };
}

function warning(file: string, line: number, message: string, column = 1): ContentWarning {
  return { file, line, column, severity: "warning", message };
}

function unknownKeys(file: string, parts: SourceParts, known: string[]): ContentWarning[] {
  return Object.keys(parts.data)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const nearest = known
        .map((candidate) => ({ candidate, cost: editDistance(key.toLowerCase(), candidate) }))
        .sort((a, b) => a.cost - b.cost)[0];
      const hint = nearest && nearest.cost <= Math.max(1, Math.floor(key.length / 3)) ? ` (did you mean "${nearest.candidate}"?)` : "";
      return warning(file, lineOfKey(parts.yaml, key), `unknown front matter key "${key}"${hint}: it is ignored`);
    });
}

/** Images and links to files of the course that are not there, and images without alt text. */
/** `/lessons/<slug>/…` and `/quizzes/<slug>`: the site's own pages, as a root path. */
const SITE_PAGE_RE = /^(lessons|quizzes)\/([^/]+)/;

function linkedFiles(
  file: string,
  tree: Nodes,
  paths: Set<string>,
  slugs: Set<string>,
  fileExists: CheckOptions["fileExists"],
  lessonLines: ReadonlySet<number>,
): ContentError[] {
  const found: ContentError[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" && lessonLines.has(node.position?.start.line ?? 0) && isLessonParagraph(node)) return SKIP;
    if (node.type !== "image" && node.type !== "link" && node.type !== "definition") return;
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    const what = node.type === "image" ? "image" : "link";
    if (node.type === "image" && !node.alt?.trim()) {
      found.push(warning(file, line, `image "${node.url}" has no alt text: describe it in the brackets, ![like this](${node.url})`, column));
    }
    const target = resolveContentUrl(file, node.url);
    if (!target || paths.has(target.relative)) return;
    // A link to one of the site's own pages (`/lessons/<slug>/2`) is not a file: check the page exists.
    const page = target.fromRoot ? SITE_PAGE_RE.exec(target.relative) : null;
    if (page) {
      if (!slugs.has(page[2]!)) found.push({ file, line, column, message: `${what} "${node.url}": expected a page of this course, found no lesson or quiz "${page[2]}"` });
      return;
    }
    const inContent = fileExists(target.relative, "content");
    if (!inContent && !(target.fromRoot && fileExists(target.relative, "public"))) {
      const where = target.fromRoot ? `${target.relative} in the content folder or in public/` : target.relative;
      found.push({ file, line, column, message: `${what} "${node.url}": expected a file at ${where}, found none` });
    } else if (inContent && !isAssetPath(target.relative)) {
      const kinds = [...ASSET_EXTENSIONS].join(" ");
      found.push({ file, line, column, message: `${what} "${node.url}": expected one of the file types the site serves (${kinds}), found ${target.relative}` });
    }
  });
  return found;
}

function longSlides(entry: CourseEntry, maxWords: number): ContentWarning[] {
  return entry.slides.flatMap((slide, index) => {
    const words = wordCount(slide.tree);
    return words > maxWords
      ? [warning(entry.file, slide.startLine, `slide ${index + 1} has ${words} words; slides read best under ${maxWords}: add a <!-- pagebreak -->`)]
      : [];
  });
}

/**
 * The words a learner reads on a slide. Each block is counted on its own: the text of a whole tree
 * runs a heading's last word into the next paragraph's first, and would count them as one.
 */
function wordCount(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell" && node.type !== "code") return;
    words += toString(node).split(/\s+/).filter(Boolean).length;
    return SKIP;
  });
  return words;
}

/**
 * Parses a quiz once for the checks below, marking which blocks have content without rendering
 * them. The course built it already, so it parses.
 */
function parseQuizForCheck(entry: CourseEntry, info: QuizInfo): Quiz | undefined {
  const hasContent = (nodes: unknown[]) => (nodes.length > 0 ? "x" : "");
  return (info.format === "classify" ? parseClassifyQuiz(entry.file, info.parts, hasContent) : parseChoiceQuiz(entry.file, info.parts, hasContent)).quiz;
}

function lessonLinesOf(quiz: Quiz | undefined): LessonLine[] {
  if (!quiz) return [];
  const items: { lesson?: LessonLine }[] = quiz.kind === "classify" ? quiz.items : quiz.questions;
  return items.flatMap((item) => (item.lesson ? [item.lesson] : []));
}

/** Explanations are half of what a quiz teaches: note every answer that has none. */
function missingExplanations(entry: CourseEntry, quiz: Quiz): ContentWarning[] {
  if (quiz.kind === "classify") {
    return quiz.items
      .filter((item) => item.explanationHtml === "")
      .map((item) => warning(entry.file, item.line, `action "${item.text}" has no explanation: learners see only whether they were right`));
  }
  return quiz.questions.flatMap((question) =>
    question.options
      .filter((option) => option.explanationHtml === "")
      .map((option) =>
        warning(entry.file, option.line, `option ${option.id.toUpperCase()} ("${option.text}") has no explanation after its Correct/Incorrect note`),
      ),
  );
}

/** In a course that describes its sections in `_sections/`, a section without a file is probably a typo. */
function sectionsWithoutFile(course: Course, partsByFile: Map<string, SourceParts>, entryByFile: Map<string, CourseEntry>): ContentWarning[] {
  if (!course.sections.some((section) => section.file)) return [];
  return course.sections
    .filter((section) => !section.file && section.key !== "")
    .map((section) => {
      const first = course.sequence.find((entry) => entry.sectionKey === section.key)!;
      const parts = partsByFile.get(first.file);
      const line = parts && entryByFile.has(first.file) ? lineOfKey(parts.yaml, "section") : 1;
      return warning(
        first.file,
        line,
        `section "${section.key}" has no file in _sections/ (fine: its title will be "${section.title}"), while other sections have one`,
      );
    });
}
