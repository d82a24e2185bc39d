import type { Root, RootContent } from "mdast";
import { pageUrl } from "../base-path";
import type { Course, CourseEntry } from "../content/course";
import { linkKindLabel } from "../content/navigation";
import { slideTitle } from "../content/slide-titles";
import { parseChoiceQuiz, parseClassifyQuiz } from "../quiz/parse";
import type { Quiz } from "../quiz/types";
import { quizHref, slideHref } from "../routes";
import { plainText } from "./plain-text";

/** The language of every record: the site's pages say `lang="en"` (app/layout.tsx). */
export const SEARCH_LANGUAGE = "en";

/** What a hit shows besides its excerpt; Pagefind keeps these as strings. */
export interface SearchMeta {
  /** The slide's title (its first heading, else its first words), or the quiz's. */
  title: string;
  /** The lesson, hands-on guide or quiz it belongs to. */
  lesson: string;
  /** "Lesson", "Hands-on" or "Quiz". */
  kind: string;
  /** The kind to name before the lesson's title in a hit ("Quiz", "Hands-on"), or "" (see linkKindLabel). */
  label: string;
  [key: string]: string;
}

/** One entry of the search index: Pagefind's custom record. */
export interface SearchRecord {
  /** The address the hit opens, as a browser opens it (base path and trailing slash included). */
  url: string;
  /** The words to find, as plain text. */
  content: string;
  language: string;
  meta: SearchMeta;
}

export interface RecordOptions {
  /** Turns an app path into the address a browser opens; by default under BASE_PATH (`pageUrl`). */
  url?: (href: string) => string;
}

const KIND_NAMES: Record<CourseEntry["kind"], string> = { lesson: "Lesson", "hands-on": "Hands-on", quiz: "Quiz" };

/**
 * The search index of a course, built from the course itself rather than from its pages: a slide
 * page also carries its neighbours (hidden), and the one-page view every slide, so crawling the
 * HTML would find each slide several times. Here each slide is one record at its own address;
 * the lesson's title and description go with its first slide, so searching a title finds the
 * lesson once. Each quiz is one record at its page, with every item, option and explanation.
 * Speaker notes are not indexed: they are not part of what a learner reads.
 */
export function buildSearchRecords(course: Course, { url = pageUrl }: RecordOptions = {}): SearchRecord[] {
  return course.sequence.flatMap((entry) => (entry.quiz ? quizRecords(entry, url) : slideRecords(entry, url)));
}

function slideRecords(entry: CourseEntry, url: (href: string) => string): SearchRecord[] {
  const kind = KIND_NAMES[entry.kind];
  return entry.slides.map((slide, index) => {
    const number = index + 1;
    const opening = number === 1 ? [entry.title, entry.description ?? ""] : [];
    return {
      url: url(slideHref(entry.slug, number)),
      content: joinLines([...opening, plainText(slide.tree)]),
      language: SEARCH_LANGUAGE,
      meta: { title: slideTitle(slide, number), lesson: entry.title, kind, label: linkKindLabel(entry) ?? "" },
    };
  });
}

/** Quiz text rendered as plain text instead of HTML: the parsers' `…Html` fields then hold words. */
const toText = (nodes: RootContent[]): string => plainText({ type: "root", children: nodes } satisfies Root);

function parseQuizText(entry: CourseEntry): Quiz | undefined {
  if (!entry.quiz) return undefined;
  const parse = entry.quiz.format === "classify" ? parseClassifyQuiz : parseChoiceQuiz;
  return parse(entry.file, entry.quiz.parts, toText).quiz;
}

/**
 * A quiz is one record at its page: Pagefind keeps one record per URL (a second one at the same
 * address replaces the first), and the quiz page has no address per item. Its items, options and
 * explanations are all in it, so a word from any explanation finds the quiz.
 */
function quizRecords(entry: CourseEntry, url: (href: string) => string): SearchRecord[] {
  const quiz = parseQuizText(entry);
  if (!quiz) return [];
  const items =
    quiz.kind === "classify"
      ? quiz.items.flatMap((item) => [item.text, item.explanationHtml])
      : quiz.questions.flatMap((question) => [question.promptHtml, ...question.options.flatMap((option) => [option.text, option.explanationHtml])]);
  return [
    {
      url: url(quizHref(entry.slug)),
      content: joinLines([entry.title, entry.description ?? "", quiz.introHtml, ...items]),
      language: SEARCH_LANGUAGE,
      meta: { title: entry.title, lesson: entry.title, kind: KIND_NAMES.quiz, label: linkKindLabel(entry) ?? "" },
    },
  ];
}

function joinLines(lines: string[]): string {
  return lines.map((line) => line.trim()).filter(Boolean).join("\n");
}
