import { slideHref } from "../routes";
import type { Quiz, Revisit } from "../quiz/types";
import type { Course, CourseEntry } from "./course";
import { resolveLessonLine, type LessonSlide } from "./lesson-links";
import { quizItemWords, suggestLesson } from "./lesson-suggestions";

/**
 * The quiz with each item's "Revisit" link: the slide its `Lesson:` line names, else the slide
 * suggested for it, else none. Worked out on the server when the quiz is loaded, so the browser gets
 * one link per item, not the course (nor the `Lesson:` lines). A `Lesson:` line that names no slide (the check reports it)
 * gets no link rather than a guess: while the course is being edited, a wrong guess would look right.
 */
export function withRevisits(course: Course, entry: CourseEntry, quiz: Quiz): Quiz {
  // The quiz is parsed again for its words only when some item needs a suggestion.
  let words: Map<string, string> | undefined;
  const revisitOf = (item: { id: string; lesson?: { href: string } }): Revisit | undefined => {
    if (item.lesson) {
      const resolved = resolveLessonLine(course, entry.file, item.lesson.href);
      return "found" in resolved ? revisit(resolved.found) : undefined;
    }
    words ??= new Map(quizItemWords(entry).map((item) => [item.id, item.words]));
    const suggested = suggestLesson(course, entry, words.get(item.id) ?? "");
    return suggested && revisit(suggested);
  };
  const withLink = <Item extends { id: string; lesson?: { href: string } }>(item: Item): Item => {
    const link = revisitOf(item);
    // The page needs the link, not the line it came from: the `Lesson:` line stays on the server.
    const { lesson, ...onPage } = item;
    return (link ? { ...onPage, revisit: link } : onPage) as Item;
  };
  return quiz.kind === "classify" ? { ...quiz, items: quiz.items.map(withLink) } : { ...quiz, questions: quiz.questions.map(withLink) };
}

function revisit(slide: LessonSlide): Revisit {
  return { href: slideHref(slide.slug, slide.slide), title: slide.title, suggested: slide.suggested };
}
