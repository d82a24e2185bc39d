import "server-only";
import { loadCourse } from "@/lib/content/load";
import { slideTitle } from "@/lib/content/slide-titles";
import { toWords } from "@/lib/quiz/item-words";
import { parseChoiceQuiz } from "@/lib/quiz/parse-choice";
import { parseClassifyQuiz } from "@/lib/quiz/parse-classify";
import { slideHref } from "@/lib/routes";
import type { CourseOutline } from "../aggregate";

/**
 * The course as the dashboard needs it: lessons with their slide counts, quizzes with each item's
 * words and options, slide titles by address. Quizzes are parsed to plain words (no HTML), since
 * the dashboard shows them as text.
 */
export function courseOutline(): CourseOutline {
  const course = loadCourse();
  const lessons = course.sequence.filter((entry) => entry.slides.length > 0).map((entry) => ({ slug: entry.slug, title: entry.title, slides: entry.slides.length }));
  const slideTitles: Record<string, string> = {};
  for (const entry of course.sequence) {
    entry.slides.forEach((slide, index) => (slideTitles[slideHref(entry.slug, index + 1)] = slideTitle(slide, index + 1)));
  }
  const quizzes = course.sequence.flatMap((entry) => {
    if (!entry.quiz) return [];
    if (entry.quiz.format === "classify") {
      const quiz = parseClassifyQuiz(entry.file, entry.quiz.parts, toWords).quiz;
      return quiz ? [{ slug: entry.slug, title: entry.title, items: quiz.items.map((item) => ({ id: item.id, text: item.text })) }] : [];
    }
    const quiz = parseChoiceQuiz(entry.file, entry.quiz.parts, toWords).quiz;
    if (!quiz) return [];
    const items = quiz.questions.map((question) => ({
      id: question.id,
      text: question.promptHtml.trim(),
      options: question.options.map((option) => ({ id: option.id, text: option.text, correct: option.correct })),
    }));
    return [{ slug: entry.slug, title: entry.title, items }];
  });
  return { lessons, quizzes, slideTitles };
}
