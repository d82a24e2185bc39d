import "server-only";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BASE_PATH } from "../base-path";
import { contentAssetHref, slideHref } from "../routes";
import { buildCourse, type Course, type CourseEntry, type SourceFile } from "./course";
import { ContentErrorList } from "./errors";
import type { RootContent } from "mdast";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { Quiz } from "../quiz/types";
import { renderSlideHtml, shallowestHeading, type UrlResolver } from "./render";

/** The course folder: `CONTENT_DIR` (absolute, or relative to where the app runs), else `./content`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || "content");
}

/** Files a content folder may serve next to its lessons (images, downloads). */
const ASSET_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".pdf", ".mp4", ".webm", ".mp3", ".txt", ".zip"]);

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

/** Reads the course's Markdown files. */
export function readSourceFiles(dir: string): SourceFile[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir) || !statSync(/*turbopackIgnore: true*/ dir).isDirectory()) {
    throw new ContentErrorList([{ file: dir, line: 1, message: "expected a folder of Markdown files (set CONTENT_DIR), found no folder" }]);
  }
  return walk(dir)
    .filter(isCourseFile)
    .sort()
    .map((relative) => ({ path: relative.normalize("NFC"), source: readFileSync(path.join(/*turbopackIgnore: true*/ dir, relative), "utf8") }));
}

/** The asset files in the content folder, relative, for the route that serves them. */
export function listContentAssets(): string[] {
  const dir = contentDir();
  return walk(dir).filter((relative) => ASSET_EXTENSIONS.has(path.extname(relative).toLowerCase()));
}

/** Reads one served asset, or undefined when the path is not one of them (never leaves the folder). */
export function readContentAsset(relative: string): Buffer | undefined {
  if (!listContentAssets().includes(relative)) return undefined;
  return readFileSync(path.join(/*turbopackIgnore: true*/ contentDir(), relative));
}

let cached: Course | undefined;

/**
 * Loads, validates and splits the whole course. Throws a ContentErrorList naming every problem.
 * Cached for a build; re-read on every request in development so edits show on reload.
 */
export function loadCourse(): Course {
  if (cached && process.env.NODE_ENV !== "development") return cached;
  const { course, errors } = buildCourse(readSourceFiles(contentDir()));
  if (errors.length > 0) throw new ContentErrorList(errors);
  cached = course;
  return course;
}

/** Renders an entry's slides to HTML. `together` shifts headings lesson-wide for the one-page view. */
export function renderEntry(course: Course, entry: CourseEntry, together = false): string[] {
  const resolveUrl = urlResolver(course, entry);
  const lessonTop = Math.min(...entry.slides.map((slide) => shallowestHeading(slide.tree) ?? 7));
  return entry.slides.map((slide, index) => {
    // On its own, each slide's shallowest heading sits right under the page's h1.
    const shift = together ? 2 + ((shallowestHeading(slide.tree) ?? lessonTop) - lessonTop) : 2;
    return renderSlideHtml(slide.tree, { resolveUrl, topHeadingLevel: shift, idPrefix: `s${index + 1}-` });
  });
}

const EXTERNAL_URL_RE = /^([a-z][a-z\d+.-]*:|\/\/|#)/i;

/** Resolves relative and root paths in an entry against the content folder, then `public/`. */
function urlResolver(course: Course, entry: CourseEntry): UrlResolver {
  const dir = contentDir();
  const entryByFile = new Map(course.sequence.map((candidate) => [candidate.file, candidate]));
  return (url) => {
    if (EXTERNAL_URL_RE.test(url)) return undefined;
    const [pathPart = "", hash = ""] = splitHash(url);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      return undefined;
    }
    const fromRoot = decoded.startsWith("/");
    const relative = fromRoot
      ? path.posix.normalize(decoded.slice(1))
      : path.posix.normalize(path.posix.join(path.posix.dirname(entry.file), decoded));
    if (relative.startsWith("..")) return undefined;

    const linked = entryByFile.get(relative);
    if (linked) return BASE_PATH + slideHref(linked.slug, 1) + hash;
    if (existsSync(path.join(/*turbopackIgnore: true*/ dir, relative)) && ASSET_EXTENSIONS.has(path.extname(relative).toLowerCase())) {
      return BASE_PATH + contentAssetHref(relative) + hash;
    }
    if (fromRoot) return BASE_PATH + decoded + hash;
    return undefined;
  };
}

function splitHash(url: string): [string, string] {
  const cut = url.search(/[?#]/);
  return cut === -1 ? [url, ""] : [url.slice(0, cut), url.slice(cut)];
}

/** Decodes a slug from a URL segment; Next may hand it over encoded or not. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize("NFC");
  } catch {
    return segment;
  }
}

/** The entry a URL names, or undefined (the caller answers 404). Slugs never reach the file system. */
export function entryForSegment(segment: string): { course: Course; entry: CourseEntry } | undefined {
  const course = loadCourse();
  const slug = decodeSegment(segment);
  const entry = course.sequence.find((candidate) => candidate.slug === slug);
  return entry ? { course, entry } : undefined;
}

/** Parses a quiz for its page, with its images and links resolved like a lesson's. */
export function loadQuiz(course: Course, entry: CourseEntry): Quiz | undefined {
  if (!entry.quiz) return undefined;
  const resolveUrl = urlResolver(course, entry);
  const toHtml = (nodes: RootContent[]) => renderSlideHtml({ type: "root", children: nodes }, { resolveUrl, idPrefix: "q-" });
  const parsed =
    entry.quiz.format === "classify" ? parseClassifyQuiz(entry.file, entry.quiz.parts, toHtml) : parseChoiceQuiz(entry.file, entry.quiz.parts, toHtml);
  if (!parsed.quiz) throw new ContentErrorList(parsed.errors);
  return parsed.quiz;
}
