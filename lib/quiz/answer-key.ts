/**
 * A quiz's answer key for the instructor: every item with its right answer, the explanation, the
 * sources and the slide it teaches, as `npm run key` prints it and as the dev-only page
 * `/quizzes/<slug>/key` shows it. Pure: the quiz comes parsed into plain text (see
 * lib/content/answer-key.ts), with its Revisit links worked out.
 */
import type { Quiz, Revisit, SourceLink } from "./types";

/** One item of the key. */
export interface AnswerKeyRow {
  /** 1-based, in source order. */
  number: number;
  /** The action to classify, or the question. */
  item: string;
  /** The right category's label, or the right options (`B) The root user`), several joined by "; ". */
  answer: string;
  /** Why: the item's explanation, or the right options' notes. "" when the author gave none. */
  explanation: string;
  sources: SourceLink[];
  /** The slide the item sends a learner back to; `suggested` when no `Lesson:` line names it. */
  slide?: Revisit;
  /** 1-based line of the item in the quiz file. */
  line: number;
}

/** The whole key: what the quiz is, and its rows. */
export interface AnswerKey {
  title: string;
  kind: Quiz["kind"];
  rows: AnswerKeyRow[];
}

/** Runs of white space as one space, so text taken from Markdown reads as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `a` → `A`: options are lettered in source order, as the author wrote them. */
function letter(optionId: string): string {
  return optionId.toUpperCase();
}

/** The key of a quiz whose text fields hold plain text. */
export function answerKey(quiz: Quiz): AnswerKey {
  if (quiz.kind === "classify") {
    const labels = new Map(quiz.categories.map((category) => [category.key, category.label]));
    return {
      title: quiz.title,
      kind: quiz.kind,
      rows: quiz.items.map((item, index) => ({
        number: index + 1,
        item: oneLine(item.text),
        answer: labels.get(item.category) ?? item.category,
        explanation: oneLine(item.explanationHtml),
        sources: item.sources,
        ...(item.revisit ? { slide: item.revisit } : {}),
        line: item.line,
      })),
    };
  }
  return {
    title: quiz.title,
    kind: quiz.kind,
    rows: quiz.questions.map((question, index) => {
      const right = question.options.filter((option) => option.correct);
      return {
        number: index + 1,
        item: oneLine(question.promptHtml),
        answer: right.map((option) => `${letter(option.id)}) ${oneLine(option.text)}`).join("; "),
        explanation: right.map((option) => oneLine(option.explanationHtml)).filter(Boolean).join(" "),
        sources: question.sources,
        ...(question.revisit ? { slide: question.revisit } : {}),
        line: question.line,
      };
    }),
  };
}

/** The first words of a text that fit in `width` characters, with "…" when some were cut. */
export function firstWords(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return "…".slice(0, width);
  const cut = text.slice(0, width - 1);
  const space = cut.lastIndexOf(" ");
  // Cut at a word's end, unless that would leave little more than nothing.
  const kept = text[width - 1] === " " || space < width / 2 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,;:.]+$/, "")}…`;
}

/** The lessons the key's slides are in, in order of first mention: the table names them by number. */
function lessonsOf(rows: readonly AnswerKeyRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.slide ? [lessonPart(row.slide.href)] : [])))];
}

/** `/lessons/root-user/3` → `/lessons/root-user`. */
function lessonPart(href: string): string {
  return href.replace(/\/\d+$/, "");
}

/** `/lessons/root-user/3` as `2/3` (lesson 2 of the legend, slide 3), `*` when the course's text suggested it. */
function slideCell(slide: Revisit | undefined, lessons: readonly string[]): string {
  if (!slide) return "—";
  const short = `${lessons.indexOf(lessonPart(slide.href)) + 1}/${slide.href.split("/").at(-1)}`;
  return slide.suggested ? `${short}*` : short;
}

const HEADERS = ["#", "Item", "Answer", "Explanation", "Sources", "Slide"] as const;
const EXPLANATION = 3;
/** Narrowest each column gets before the table is allowed to overflow. */
const MIN_WIDTHS = [1, 20, 16, 26, 7, 5];
/** Widest each column gets even when there is room. */
const MAX_WIDTHS = [4, 36, 28, Infinity, 7, 8];
/** Which columns give up room first when the table is too wide: the explanation, then the answer, then the item. */
const SHRINK_ORDER = [EXPLANATION, 2, 1];
const GAP = "  ";

/**
 * The key as a text table no wider than `width` (100 by default): one line per item, the
 * explanation cut to its first words (then the answer and the item, if still too wide), the sources
 * counted, and each slide as `lesson/slide` with the lessons listed under the table. The full text
 * is on the dev page and in the quiz file, at the line given.
 */
export function formatAnswerKey(key: AnswerKey, width = 100): string {
  const lessons = lessonsOf(key.rows);
  const cells = key.rows.map((row) => [
    String(row.number),
    row.item,
    row.answer || "—",
    row.explanation || "—",
    row.sources.length === 0 ? "—" : String(row.sources.length),
    slideCell(row.slide, lessons),
  ]);
  const widths = HEADERS.map((header, column) => Math.min(MAX_WIDTHS[column]!, Math.max(header.length, ...cells.map((line) => line[column]!.length))));
  let excess = widths.reduce((sum, value) => sum + value, 0) + GAP.length * (widths.length - 1) - width;
  for (const column of SHRINK_ORDER) {
    const give = Math.max(0, Math.min(excess, widths[column]! - MIN_WIDTHS[column]!));
    widths[column]! -= give;
    excess -= give;
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => (column === 0 ? value.padStart(widths[0]!) : firstWords(value, widths[column]!).padEnd(widths[column]!)))
      .join(GAP)
      .trimEnd();
  const noun = key.kind === "classify" ? "action" : "question";
  const lines = [
    firstWords(`${key.title}: answer key, ${key.rows.length} ${noun}${key.rows.length === 1 ? "" : "s"}`, width),
    "",
    line(HEADERS),
    line(widths.map((value) => "-".repeat(value))),
    ...cells.map(line),
  ];
  if (lessons.length > 0) lines.push("", "Slide: lesson/slide, the lessons being", ...lessons.map((lesson, index) => `  ${index + 1}  ${lesson}`));
  if (key.rows.some((row) => row.slide?.suggested)) lines.push("* suggested from the course's text: the item has no Lesson: line");
  return `${lines.join("\n")}\n`;
}
