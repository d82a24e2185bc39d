import path from "node:path";
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { classifyQuizFrontMatterSchema } from "../quiz/schema";
import { isLessonParagraph } from "../quiz/lesson-line";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { LessonLine, Quiz } from "../quiz/types";
import { buildCourse, type Course, type CourseEntry, type QuizInfo, type SourceFile } from "./course";
import { closestName, editDistance } from "./edit-distance";
import { sortContentErrors, type ContentError, type ContentWarning } from "./errors";
import { lineOfKey, readFrontMatter, type SourceParts } from "./front-matter";
import { lessonLineErrors } from "./lesson-links";
import { markerTypos } from "./marker-typos";
import { checkSourceLimits } from "./limits";
import { isAssetPath, resolveContentUrl, ASSET_EXTENSIONS, type ContentUrl } from "./paths";
import { sectionFrontMatterSchema } from "./schema";
import { slugFromPath } from "./slug";
import { parseMarkdown } from "./split";

/**
 * The whole content check: every error that stops a build and every warning worth an instructor's
 * attention, for every file at once. Pure: the file system is reached only through `fileExists`.
 */

export interface CheckOptions {
  /** Whether a file exists, relative to the content folder or to `public/`. */
  fileExists: (relative: string, root: "content" | "public") => boolean;
  /**
   * Every file in the content folder, relative and `/`-separated, to suggest the one a missing
   * image or link probably meant; called only when one is missing. Without it, only the course's
   * Markdown files are suggested.
   */
  listContentFiles?: () => readonly string[];
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
  const links = once(() => [...new Set([...paths, ...(options.listContentFiles?.() ?? [])])]);
  const fileBySlug = new Map(course.sequence.map((entry) => [entry.slug, entry.file]));
  const known: KnownFiles = { slugs, fileBySlug, links, images: once(() => links().filter(isAssetPath)) };
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
    for (const tree of trees) findings.push(...linkedFiles(file.path, tree, paths, known, options.fileExists, lessonLines));
  }

  for (const entry of course.sequence) {
    findings.push(...longSlides(entry, options.maxSlideWords ?? DEFAULT_MAX_SLIDE_WORDS), ...markerTypos(entry.file, entry.slides));
    const quiz = quizzes.get(entry.file);
    if (quiz) findings.push(...missingExplanations(entry, quiz), ...lessonLineErrors(course, entry, lessonLinesOf(quiz)));
  }
  findings.push(...sectionsWithoutFile(course, partsByFile, entryByFile), ...duplicateTitles(course, partsByFile));
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

/** What a missing file or page may have been meant to be. */
interface KnownFiles {
  slugs: Set<string>;
  /** The file of each entry, by slug: a link to `2024-3-15-root.md` means `2024-3-14-root.md`. */
  fileBySlug: Map<string, string>;
  /** Files a link may point at: the course's Markdown files and, when listed, every other file. */
  links: () => string[];
  /** The files of `links` an image may show. */
  images: () => string[];
}

/** `compute`, run on the first call only: most courses have no missing file to suggest for. */
function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

function linkedFiles(
  file: string,
  tree: Nodes,
  paths: Set<string>,
  known: KnownFiles,
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
      if (!known.slugs.has(page[2]!)) {
        const meant = closestName(page[2]!, known.slugs);
        const hint = meant ? ` (did you mean "${meant}"?)` : "";
        found.push({ file, line, column, message: `${what} "${node.url}": expected a page of this course, found no lesson or quiz "${page[2]}"${hint}` });
      }
      return;
    }
    const inContent = fileExists(target.relative, "content");
    if (!inContent && !(target.fromRoot && fileExists(target.relative, "public"))) {
      const where = target.fromRoot ? `${target.relative} in the content folder or in public/` : target.relative;
      const meant = meantFile(file, target, node.type === "image" ? known.images() : known.links(), known.fileBySlug);
      const hint = meant ? ` (did you mean ${meant}?)` : "";
      found.push({ file, line, column, message: `${what} "${node.url}": expected a file at ${where}, found none${hint}` });
    } else if (inContent && !isAssetPath(target.relative)) {
      const kinds = [...ASSET_EXTENSIONS].join(" ");
      found.push({ file, line, column, message: `${what} "${node.url}": expected one of the file types the site serves (${kinds}), found ${target.relative}` });
    }
  });
  return found;
}

/**
 * The file a missing one probably was, written as the link should be: a file of the same name in
 * another folder (the commonest slip: `images/` next to the lesson instead of `../images/`), or for a
 * lesson the one with the same slug (another date before its name), else a near spelling.
 */
function meantFile(file: string, target: ContentUrl, candidates: readonly string[], fileBySlug: Map<string, string>): string | undefined {
  const sameSlug = target.relative.toLowerCase().endsWith(".md") ? fileBySlug.get(slugFromPath(target.relative)) : undefined;
  const name = path.posix.basename(target.relative).toLowerCase();
  const byDistance = (a: string, b: string) => editDistance(target.relative, a) - editDistance(target.relative, b);
  const sameName = candidates.filter((candidate) => path.posix.basename(candidate).toLowerCase() === name).sort(byDistance)[0];
  const meant = sameSlug ?? sameName ?? closestName(target.relative, candidates);
  if (!meant) return undefined;
  return (target.fromRoot ? `/${meant}` : path.posix.relative(path.posix.dirname(file), meant)) + target.suffix;
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
  const described = course.sections.flatMap((section) => (section.file ? [section.key] : []));
  if (described.length === 0) return [];
  return course.sections
    .filter((section) => !section.file && section.key !== "")
    .map((section) => {
      const first = course.sequence.find((entry) => entry.sectionKey === section.key)!;
      const parts = partsByFile.get(first.file);
      const line = parts && entryByFile.has(first.file) ? lineOfKey(parts.yaml, "section") : 1;
      const meant = closestName(section.key, described);
      const message = meant
        ? `section "${section.key}" has no file in _sections/: did you mean "${meant}", which has one? (If not, fine: its title will be "${section.title}")`
        : `section "${section.key}" has no file in _sections/ (fine: its title will be "${section.title}"), while other sections have one`;
      return warning(first.file, line, message);
    });
}

/**
 * Two lessons (or guides) with the same title look like one page listed twice, in the outline and
 * in search. Each is named, so the one to rename can be picked from either file. Quizzes clash only
 * within a section: "Check your understanding" at the end of every section is a pattern, not a
 * twin. A quiz may share its lesson's title: the outline marks it as a quiz.
 */
function duplicateTitles(course: Course, partsByFile: Map<string, SourceParts>): ContentWarning[] {
  const byTitle = new Map<string, CourseEntry[]>();
  for (const entry of course.sequence) {
    const key = `${entry.kind === "quiz" ? `quiz\0${entry.sectionKey}` : "page"}\0${entry.title.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()}`;
    const twins = byTitle.get(key);
    if (twins) twins.push(entry);
    else byTitle.set(key, [entry]);
  }
  return [...byTitle.values()]
    .filter((twins) => twins.length > 1)
    .flatMap((twins) =>
      twins.map((entry) => {
        const others = twins.filter((other) => other !== entry).map((other) => other.file);
        const parts = partsByFile.get(entry.file);
        const line = parts ? lineOfKey(parts.yaml, "title") : 1;
        return warning(entry.file, line, `title "${entry.title}" is also the title of ${others.join(" and ")}: the outline shows them as twins; give each its own title`);
      }),
    );
}
