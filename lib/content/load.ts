import "server-only";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BASE_PATH } from "../base-path";
import { contentAssetHref } from "../routes";
import { findActiveSvgBytes } from "../security/svg";
import { entryHref } from "./navigation";
import { isAssetPath, resolveContentUrl } from "./paths";
import { checkCourse, type CheckResult } from "./check";
import { findEntry, type BrokenEntry, type Course, type CourseEntry, type QuizInfo, type SourceFile } from "./course";
import { ContentErrorList, isWarning, sortContentErrors, type ContentError } from "./errors";
import type { RootContent } from "mdast";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { Quiz } from "../quiz/types";
import { renderSlideHtml, safeLinks, shallowestHeading, type UrlResolver } from "./render";
import { withRevisits } from "./revisit";
import type { SlideHtml } from "../slides/window";
import { atLeastOne, PLACEHOLDER_SLUG } from "../static-params";
import { checkedUntilContentChanges } from "../dev/course-cache";
import { readCheckedCourse } from "./checked-course";

/** The course folder: `CONTENT_DIR` (absolute, or relative to where the app runs), else `./content`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || "content");
}


/** Every file below `dir`, relative and `/`-separated, skipping names that start with `.`. */
function walk(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const dirent of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    if (dirent.name.startsWith(".") || dirent.name === "node_modules") continue;
    const relative = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) found.push(...walk(path.join(/*turbopackIgnore: true*/ dir, dirent.name), relative));
    else if (dirent.isFile()) found.push(relative);
  }
  return found;
}

/** A Markdown file is course content unless it is a README (documentation for instructors). */
function isCourseFile(relative: string): boolean {
  const name = relative.split("/").pop() ?? "";
  return /\.md$/i.test(name) && name.toLowerCase() !== "readme.md";
}

const NUL = 0;

/** Decodes a file as UTF-8, or says why it is not a text file an instructor can fix. */
function decodeText(relative: string, bytes: Buffer): string | ContentError {
  if (bytes.includes(NUL)) return { file: relative, line: 1, message: "expected a Markdown text file, found binary data (is it an image or a document saved as .md?)" };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const at = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(at, 0));
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    return { file: relative, line, column, message: "expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)" };
  }
}

/** Reads the course's Markdown files; files that are not UTF-8 text come back as errors. */
export function readCourseFolder(dir: string): { files: SourceFile[]; errors: ContentError[] } {
  if (!existsSync(/*turbopackIgnore: true*/ dir) || !statSync(/*turbopackIgnore: true*/ dir).isDirectory()) {
    return { files: [], errors: [{ file: dir, line: 1, message: "expected a folder of Markdown files (set CONTENT_DIR), found no folder" }] };
  }
  const files: SourceFile[] = [];
  const errors: ContentError[] = [];
  for (const relative of walk(dir).filter(isCourseFile).sort()) {
    const decoded = decodeText(relative, readFileSync(path.join(/*turbopackIgnore: true*/ dir, relative)));
    if (typeof decoded === "string") files.push({ path: relative.normalize("NFC"), source: decoded });
    else errors.push(decoded);
  }
  return { files, errors };
}

/** Reads the course's Markdown files (throws a ContentErrorList if any cannot be read). */
export function readSourceFiles(dir: string): SourceFile[] {
  const { files, errors } = readCourseFolder(dir);
  if (errors.length > 0) throw new ContentErrorList(errors);
  return files;
}

/** Checks a content folder: every error and warning, as `npm run check:content` and the build report them. */
export function checkContentFolder(dir: string, maxSlideWords?: number): CheckResult & { fileCount: number } {
  const { files, errors } = readCourseFolder(dir);
  const isFile = (file: string) => existsSync(/*turbopackIgnore: true*/ file) && statSync(/*turbopackIgnore: true*/ file).isFile();
  const result = checkCourse(files, {
    maxSlideWords,
    listContentFiles: () => walk(dir),
    fileExists: (relative, root) => isFile(path.join(/*turbopackIgnore: true*/ root === "content" ? dir : path.resolve("public"), relative)),
  });
  const isFolder = existsSync(/*turbopackIgnore: true*/ dir) && statSync(/*turbopackIgnore: true*/ dir).isDirectory();
  const svgErrors = isFolder ? activeSvgs(dir) : [];
  return { ...result, findings: sortContentErrors([...errors, ...svgErrors, ...result.findings]), fileCount: files.length + errors.length };
}

function isSvgPath(relative: string): boolean {
  return path.posix.extname(relative).toLowerCase() === ".svg";
}

/**
 * The course's SVG files that would run script or load other files when opened on their own
 * (see lib/security/svg.ts): refused, since a static host serves them as they are.
 */
function activeSvgs(dir: string): ContentError[] {
  const svgs = walk(dir).filter((relative) => isAssetPath(relative) && isSvgPath(relative));
  return svgs.flatMap((relative) => findActiveSvgBytes(relative, readFileSync(path.join(/*turbopackIgnore: true*/ dir, relative))));
}

/** The asset files in the content folder, relative, for the route that serves them. */
export function listContentAssets(): string[] {
  const dir = contentDir();
  return walk(dir).filter(isAssetPath);
}

/**
 * Reads one served asset, or undefined when the path is not one of them (never leaves the folder),
 * or when it is an SVG that could run script: the check refuses such a course, and this keeps one
 * that is being edited (`npm run dev`) from serving it anyway.
 */
export function readContentAsset(relative: string): Buffer | undefined {
  if (!listContentAssets().includes(relative)) return undefined;
  const body = readFileSync(path.join(/*turbopackIgnore: true*/ contentDir(), relative));
  if (isSvgPath(relative) && findActiveSvgBytes(relative, body).length > 0) return undefined;
  return body;
}

/**
 * The loaded course, one per process. Kept on `globalThis`, not in a module variable: Next bundles
 * this module into the server code of pages and of data routes separately, and a build worker runs
 * both, so a module variable would read and parse the whole course once per bundle.
 */
const LOADED = Symbol.for("pagebreak.loadedContent");
const holder = globalThis as { [LOADED]?: CheckResult };

/**
 * Loads and checks the whole course. Cached for a process, and within a build taken from the
 * build's own content check (checked-course.ts); in development read again after each
 * change the content watcher saw (lib/dev), so edits show on reload and a broken file shows its
 * errors on its own page.
 */
export function loadContent(): CheckResult {
  if (process.env.NODE_ENV === "development") return checkedUntilContentChanges(() => checkContentFolder(contentDir()));
  return (holder[LOADED] ??= readCheckedCourse(contentDir()) ?? checkContentFolder(contentDir()));
}

/** The course. Outside development a course with errors never gets this far: the build checks it first. */
export function loadCourse(): Course {
  const { course, findings } = loadContent();
  const errors = findings.filter((finding) => !isWarning(finding));
  if (errors.length > 0 && process.env.NODE_ENV !== "development") throw new ContentErrorList(errors);
  return course;
}

/** A file that failed to load, by the slug its page would have, for its error page in development. */
export function brokenForSegment(segment: string): BrokenEntry | undefined {
  const slug = decodeSegment(segment);
  return loadCourse().broken.find((entry) => entry.slug === slug);
}

/** The errors of one file, for its error page while the course is being edited. */
export function findingsForFile(file: string): ContentError[] {
  return loadContent().findings.filter((finding) => finding.file === file && !isWarning(finding));
}

/** Renders an entry's slides to HTML. `together` shifts headings lesson-wide for the one-page view. */
export function renderEntry(course: Course, entry: CourseEntry, together = false): string[] {
  const resolveUrl = urlResolver(course, entry);
  const lessonTop = together ? Math.min(...entry.slides.map((slide) => shallowestHeading(slide.tree) ?? 7)) : 0;
  return entry.slides.map((slide, index) => {
    // On its own, each slide's shallowest heading sits right under the page's h1.
    const shift = together ? 2 + ((shallowestHeading(slide.tree) ?? lessonTop) - lessonTop) : 2;
    // Most lessons start every slide at the same heading level: then the slide renders as on its own page.
    const [own] = shift === 2 ? renderSlides(course, entry, [index + 1]) : [];
    return own ? own.html : renderSlideHtml(slide.tree, { resolveUrl, topHeadingLevel: shift, idPrefix: `s${index + 1}-` });
  });
}

/**
 * Each slide's HTML, once per loaded course: a slide page also carries its neighbours, and the
 * slide's data file asks for it again, so a build would otherwise render every slide four times.
 * Keyed by the entry, so a course read again (development) renders afresh; on `globalThis` for the
 * reason the course is (LOADED).
 */
const RENDERED = Symbol.for("pagebreak.renderedSlides");
const renderedSlides = ((globalThis as { [RENDERED]?: WeakMap<CourseEntry, Map<number, string>> })[RENDERED] ??= new WeakMap());

/** Renders some of an entry's slides (1-based numbers) on their own, for a slide page or its data. */
export function renderSlides(course: Course, entry: CourseEntry, numbers: readonly number[]): SlideHtml[] {
  let rendered = renderedSlides.get(entry);
  if (!rendered) renderedSlides.set(entry, (rendered = new Map()));
  let resolveUrl: UrlResolver | undefined;
  return numbers.flatMap((number) => {
    const slide = entry.slides[number - 1];
    if (!slide) return [];
    let html = rendered.get(number);
    if (html === undefined) {
      resolveUrl ??= urlResolver(course, entry);
      html = renderSlideHtml(slide.tree, { resolveUrl, topHeadingLevel: 2, idPrefix: `s${number}-` });
      rendered.set(number, html);
    }
    return [{ number, html }];
  });
}

/** Heading level of the notes' shallowest heading: below the presenter view's own headings. */
const NOTES_TOP_HEADING = 3;

/**
 * The speaker notes of one slide (1-based) as sanitized HTML, rendered like the slide itself (links
 * and images resolved, code highlighted), for the presenter view; undefined when the slide has none
 * or does not exist. Learners' pages never carry notes: call this only where the presenter reads.
 */
export function renderSlideNotes(course: Course, entry: CourseEntry, number: number): string | undefined {
  const notes = entry.slides[number - 1]?.notes;
  if (!notes) return undefined;
  return renderSlideHtml(notes.tree, { resolveUrl: urlResolver(course, entry), topHeadingLevel: NOTES_TOP_HEADING, idPrefix: `n${number}-` });
}

/** Resolves relative and root paths in an entry against the content folder, then `public/`. */
function urlResolver(course: Course, entry: CourseEntry): UrlResolver {
  const dir = contentDir();
  const entryByFile = new Map(course.sequence.map((candidate) => [candidate.file, candidate]));
  return (url) => {
    const target = resolveContentUrl(entry.file, url);
    if (!target) return undefined;
    const linked = entryByFile.get(target.relative);
    if (linked) return BASE_PATH + entryHref(linked) + target.suffix;
    if (isAssetPath(target.relative) && existsSync(path.join(/*turbopackIgnore: true*/ dir, target.relative))) {
      return BASE_PATH + contentAssetHref(target.relative) + target.suffix;
    }
    if (target.fromRoot) return BASE_PATH + target.path + target.suffix;
    return undefined;
  };
}

/** Decodes a slug from a URL segment; Next may hand it over encoded or not. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize("NFC");
  } catch {
    return segment;
  }
}

/**
 * `{ slug }` of every entry with slides, for the routes built once per lesson (its one-page view,
 * bare address, slide titles, notes); one placeholder that 404s when the course has none.
 */
export function lessonSlugParams(): { slug: string }[] {
  const lessons = loadCourse().sequence.filter((entry) => entry.slides.length > 0);
  return atLeastOne(lessons.map((entry) => ({ slug: entry.slug })), { slug: PLACEHOLDER_SLUG });
}

/** The entry a URL names, or undefined (the caller answers 404). Slugs never reach the file system. */
export function entryForSegment(segment: string): { course: Course; entry: CourseEntry } | undefined {
  const course = loadCourse();
  const slug = decodeSegment(segment);
  const entry = findEntry(course, slug);
  return entry ? { course, entry } : undefined;
}

/**
 * Quizzes parsed in this process, by their entry (an entry belongs to one loaded course, so a
 * reloaded course in `npm run dev` parses afresh). The home page, the review page, each quiz page
 * and its data file all need the quiz: a build worker renders them all. On `globalThis` for the
 * reason the course is (LOADED), like the rendered slides.
 */
const PARSED_QUIZZES = Symbol.for("pagebreak.parsedQuizzes");
const parsedQuizzes = ((globalThis as { [PARSED_QUIZZES]?: WeakMap<CourseEntry, Quiz> })[PARSED_QUIZZES] ??= new WeakMap());

/**
 * Parses a quiz for its page, with its images and links resolved like a lesson's, and each item's
 * "Revisit" link to the slide that teaches it (named by its `Lesson:` line, or suggested).
 * Parsed once per entry; callers must not change what they get.
 */
export function loadQuiz(course: Course, entry: CourseEntry): Quiz | undefined {
  if (!entry.quiz) return undefined;
  let quiz = parsedQuizzes.get(entry);
  if (!quiz) parsedQuizzes.set(entry, (quiz = parseQuizOf(course, entry, entry.quiz)));
  return quiz;
}

function parseQuizOf(course: Course, entry: CourseEntry, info: QuizInfo): Quiz {
  const resolveUrl = urlResolver(course, entry);
  const toHtml = (nodes: RootContent[]) => renderSlideHtml({ type: "root", children: nodes }, { resolveUrl, idPrefix: "q-" });
  const parsed = info.format === "classify" ? parseClassifyQuiz(entry.file, info.parts, toHtml) : parseChoiceQuiz(entry.file, info.parts, toHtml);
  if (!parsed.quiz) throw new ContentErrorList(parsed.errors);
  return withRevisits(course, entry, withSafeSources(parsed.quiz));
}

/**
 * `Source:` links go to the page as written, not through the renderer: drop those whose URL its
 * sanitizer would (`javascript:`, `data:`, `vbscript:`), so a hostile quiz cannot link to script.
 */
function withSafeSources(quiz: Quiz): Quiz {
  return quiz.kind === "classify"
    ? { ...quiz, items: quiz.items.map((item) => ({ ...item, sources: safeLinks(item.sources) })) }
    : { ...quiz, questions: quiz.questions.map((question) => ({ ...question, sources: safeLinks(question.sources) })) };
}
