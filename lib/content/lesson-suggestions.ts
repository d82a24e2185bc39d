import path from "node:path";
import { itemWords, toWords, type ItemWords } from "../quiz/item-words";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import { indexSlides, suggestSlide, type SlideIndex, type SuggestedSlide } from "../search/suggest-lesson";
import type { Course, CourseEntry } from "./course";
import { spacedText } from "./plain-text";
import { slideTitle } from "./slide-titles";

/**
 * Slides suggested for the quiz items that name none with a `Lesson:` line (all of the old course's
 * quizzes): the ranking is lib/search/suggest-lesson.ts, over the slides of the quiz's section.
 * Pure; the index of a course is built once and kept for as long as the course object lives.
 */

const indexes = new WeakMap<Course, SlideIndex>();

function slideIndex(course: Course): SlideIndex {
  let index = indexes.get(course);
  if (!index) {
    const slides = course.sequence
      .filter((entry) => entry.kind !== "quiz")
      .flatMap((entry) =>
        entry.slides.map((slide, at) => ({ slug: entry.slug, slide: at + 1, title: slideTitle(slide, at + 1), section: entry.sectionKey, text: spacedText([slide.tree]) })),
      );
    index = indexSlides(slides);
    indexes.set(course, index);
  }
  return index;
}

/** The items of a quiz with their words; none when the quiz does not parse (it has errors of its own). */
export function quizItemWords(quiz: CourseEntry): ItemWords[] {
  if (!quiz.quiz) return [];
  const parse = quiz.quiz.format === "classify" ? parseClassifyQuiz : parseChoiceQuiz;
  const parsed = parse(quiz.file, quiz.quiz.parts, toWords);
  return parsed.quiz ? itemWords(parsed.quiz) : [];
}

/** The slide of the quiz's section that best matches an item's words, if any matches well enough. */
export function suggestLesson(course: Course, quiz: CourseEntry, words: string): SuggestedSlide | undefined {
  return suggestSlide(slideIndex(course), { section: quiz.sectionKey, text: words });
}

/** A quiz item without a `Lesson:` line, and the line to paste under it, when a slide matches. */
export interface LessonSuggestion {
  /** The quiz, relative to the content folder. */
  file: string;
  /** The item's line (a question's heading). */
  line: number;
  slide?: SuggestedSlide;
  /** `Lesson: [title](../_posts/lesson.md#3)`, written for the quiz's folder. */
  lessonLine?: string;
}

/** A suggestion for every quiz item in the course that names no slide, quizzes in course order, items in file order. */
export function lessonSuggestions(course: Course): LessonSuggestion[] {
  const fileBySlug = new Map(course.sequence.map((entry) => [entry.slug, entry.file]));
  return course.sequence.flatMap((quiz) =>
    quizItemWords(quiz)
      .filter((item) => !item.lesson)
      .map((item): LessonSuggestion => {
        const slide = suggestLesson(course, quiz, item.words);
        const lessonFile = slide && fileBySlug.get(slide.slug);
        if (!slide || !lessonFile) return { file: quiz.file, line: item.line };
        return { file: quiz.file, line: item.line, slide, lessonLine: lessonLineFor(quiz.file, lessonFile, slide.slide, slide.title) };
      }),
  );
}

/** Characters that would end or change a link's destination, written as `%XX`. */
const UNSAFE_IN_LINK_RE = /[ \t()<>#?%\\]/g;

/** The `Lesson:` line naming slide `slide` of `lessonFile`, as an author writes it in `quizFile`. */
export function lessonLineFor(quizFile: string, lessonFile: string, slide: number, title: string): string {
  const relative = path.posix.relative(path.posix.dirname(quizFile), lessonFile);
  const href = relative.replace(UNSAFE_IN_LINK_RE, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  const text = title.replace(/[\\[\]]/g, "\\$&");
  return `Lesson: [${text}](${href}#${slide})`;
}
