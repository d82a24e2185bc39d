import path from "node:path";
import type { LessonLine } from "../quiz/types";
import type { Course, CourseEntry } from "./course";
import { editDistance } from "./edit-distance";
import type { ContentError } from "./errors";
import { slideOfAnchor } from "./heading-anchors";
import { resolveContentUrl } from "./paths";
import { slideTitle } from "./slide-titles";
import { slugFromPath } from "./slug";

/**
 * `Lesson:` lines in quizzes: which slide of which lesson each names, or why it names none. Pure: the
 * course already holds every lesson's slides.
 */

/** The slide a quiz item sends learners back to. */
export interface LessonSlide {
  slug: string;
  /** 1-based. */
  slide: number;
  /** As the slide overview names the slide. */
  title: string;
  /** False: an author named it. True: the course's text chose it (lesson-suggestions.ts). */
  suggested: boolean;
}

/** A resolved `Lesson:` line, or what is wrong with it (the message after `Lesson: "<href>": `). */
export type ResolvedLesson = { found: LessonSlide } | { problem: string };

const SLIDE_NUMBER_RE = /^\d+$/;
const URL_SCHEME_RE = /^[a-z][a-z\d+.-]*:/i;

/** The slide a `Lesson:` line written in `quizFile` names: `lesson.md` (slide 1), `lesson.md#3`, `lesson.md#a-heading`. */
export function resolveLessonLine(course: Course, quizFile: string, href: string): ResolvedLesson {
  const target = resolveContentUrl(quizFile, href);
  if (!target) return { problem: `expected a link to a lesson's Markdown file in this course (like ../_posts/lesson.md#3), found ${notAFile(href)}` };
  const entry = course.sequence.find((candidate) => candidate.file === target.relative);
  if (!entry) return { problem: missingLesson(course, quizFile, target.relative) };
  if (entry.kind === "quiz") return { problem: `expected a lesson or hands-on guide, found the quiz ${entry.file}` };
  const fragment = fragmentOf(target.suffix);
  const slide = fragment === "" ? 1 : SLIDE_NUMBER_RE.test(fragment) ? Number(fragment) : anchorsOf(entry).get(fragment);
  if (slide === undefined) return { problem: missingHeading(entry, fragment) };
  if (slide < 1 || slide > entry.slides.length) {
    const count = entry.slides.length;
    return { problem: `no slide ${fragment}: the lesson has ${count} slide${count === 1 ? "" : "s"}${slide < 1 ? ", numbered from 1" : ""}` };
  }
  return { found: { slug: entry.slug, slide, title: slideTitle(entry.slides[slide - 1]!, slide), suggested: false } };
}

/** The `Lesson:` lines of a quiz that name no slide, as errors at their lines. */
export function lessonLineErrors(course: Course, quiz: CourseEntry, lines: readonly LessonLine[]): ContentError[] {
  return lines.flatMap((lesson) => {
    const resolved = resolveLessonLine(course, quiz.file, lesson.href);
    return "problem" in resolved ? [{ file: quiz.file, line: lesson.line, message: `Lesson: ${JSON.stringify(lesson.href)}: ${resolved.problem}` }] : [];
  });
}

/** What a link that resolves to no file of the course is instead. */
function notAFile(href: string): string {
  if (href.startsWith("#")) return "only an anchor: write the lesson's file before it";
  if (URL_SCHEME_RE.test(href) || href.startsWith("//")) return "a web address";
  return "a path outside the course folder";
}

/** Each lesson's anchors, worked out once: a quiz's items often link to the same few lessons. */
const anchorsByLesson = new WeakMap<CourseEntry, Map<string, number>>();

function anchorsOf(entry: CourseEntry): Map<string, number> {
  let anchors = anchorsByLesson.get(entry);
  if (!anchors) {
    anchors = slideOfAnchor(entry.slides);
    anchorsByLesson.set(entry, anchors);
  }
  return anchors;
}

/** `?query#fragment` → the fragment, decoded (a heading's anchor may hold any letter). */
function fragmentOf(suffix: string): string {
  const hash = suffix.indexOf("#");
  const fragment = hash === -1 ? "" : suffix.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function missingLesson(course: Course, quizFile: string, relative: string): string {
  if (course.broken.some((broken) => broken.file === relative)) return `${relative} could not be loaded: fix its errors first`;
  const meant = nearestLesson(course, relative);
  const hint = meant ? ` (did you mean ${path.posix.relative(path.posix.dirname(quizFile), meant.file)}?)` : "";
  return `expected a lesson or hands-on guide at ${relative}, found none${hint}`;
}

/** The lesson a mistyped path probably meant: the same slug in another folder, else a near spelling. */
function nearestLesson(course: Course, relative: string): CourseEntry | undefined {
  const lessons = course.sequence.filter((entry) => entry.kind !== "quiz");
  const slug = slugFromPath(relative);
  const sameSlug = lessons.find((entry) => entry.slug === slug);
  if (sameSlug) return sameSlug;
  const nearest = lessons
    .map((entry) => ({ entry, cost: editDistance(relative, entry.file) }))
    .sort((a, b) => a.cost - b.cost)[0];
  return nearest && nearest.cost <= Math.max(2, Math.floor(relative.length / 10)) ? nearest.entry : undefined;
}

function missingHeading(entry: CourseEntry, fragment: string): string {
  const anchors = [...anchorsOf(entry).keys()];
  const nearest = anchors.map((anchor) => ({ anchor, cost: editDistance(fragment, anchor) })).sort((a, b) => a.cost - b.cost)[0];
  const count = entry.slides.length;
  if (nearest && nearest.cost <= Math.max(2, Math.floor(fragment.length / 4))) return `no heading #${fragment} in ${entry.file} (did you mean #${nearest.anchor}?)`;
  const example = anchors[0] ? `, like #${anchors[0]}` : "";
  return `no heading #${fragment} in ${entry.file}: link a slide by its number (#1 to #${count}) or by a heading's anchor${example}`;
}
