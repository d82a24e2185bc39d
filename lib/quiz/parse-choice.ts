import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { validateFrontMatter, type SourceParts } from "@/lib/content/front-matter";
import { parseMarkdown, splitSlides, type SlideTree } from "@/lib/content/split";
import { isSourcesParagraph, readDetails, readSourcesAt, type Problem } from "./details";
import { isLessonParagraph, readLessonLine, singleLesson } from "./lesson-line";
import {
  blocksHtml,
  describeBlock,
  dropLeadingText,
  inlineHtml,
  isComment,
  lineOf,
  paragraphOf,
  parseQuizBody,
  plainText,
  type QuizBody,
  type ToHtml,
} from "./markdown";
import { fileErrors, lastLine, quizSettings, type QuizParse } from "./parse-shared";
import { quizFrontMatterSchema } from "./schema";
import type { ChoiceOption, ChoiceQuestion, ChoiceQuiz, LessonLine, SourceLink } from "./types";

/** `## Question 1`, `## Question 1:` or `## Question 1: What is…?`; group 2 is the start of the prompt. */
const QUESTION_RE = /^Question\s+(\d+)\s*[:.)]?\s*([\s\S]*)$/i;

/** `A)`, `a)`, `A.`, `(A)`, `A -`: a letter naming an option, which the quiz shows itself. */
const OPTION_LABEL_RE = /^(?:\([a-z]\)|[a-z](?:[).]|\s*[-–—]))(?:\s+|$)/i;

/** `Correct:`, `**Incorrect**.`, `correct —` or a bare `Correct`; group 1 is "In" for Incorrect. */
const NOTE_RE = /^(in)?correct\b\s*[:.\-–—]?\s*/i;

/** True when a file without `kind:` is a multiple-choice quiz: it has at least one `## Question N` heading and every slide (page split by pagebreak markers) starts with one. */
export function looksLikeChoiceQuiz(body: string): boolean {
  return hasChoiceQuizShape(splitSlides(parseMarkdown(body)));
}

/** The same test on slides already split, so a course parses each file once. */
export function hasChoiceQuizShape(slides: readonly SlideTree[]): boolean {
  return slides.length > 0 && slides.every((slide) => startsWithQuestion(slide.tree.children));
}

function startsWithQuestion(blocks: RootContent[]): boolean {
  const first = blocks.find((block) => !isComment(block));
  return first !== undefined && questionNumber(first) !== undefined;
}

function questionNumber(block: RootContent): string | undefined {
  if (block.type !== "heading" || block.depth !== 2) return undefined;
  return QUESTION_RE.exec(plainText(block).trim())?.[1];
}

/**
 * Parses a multiple-choice quiz as the course has always written them: `## Question N` headings,
 * each followed by the question and a list of options carrying a `Correct:`/`Incorrect:` note.
 * Reports every problem in the file.
 */
export function parseChoiceQuiz(file: string, parts: SourceParts, toHtml: ToHtml): QuizParse<ChoiceQuiz> {
  const front = validateFrontMatter(quizFrontMatterSchema, file, parts);
  const frontErrors = "errors" in front ? front.errors : [];
  const body = parseQuizBody(parts.body);
  const read = readChoiceBody(body, toHtml, lastLine(parts.body));
  const errors = fileErrors(file, frontErrors, read.problems);
  if (errors.length > 0 || !("value" in front)) return { errors };
  return { quiz: { kind: "choice", ...quizSettings(front.value, read.introHtml), questions: read.questions }, errors: [] };
}

/** A question's heading and the blocks up to the next `##` heading. */
interface QuestionSection {
  heading: Heading;
  number: string;
  /** Prompt text written on the heading line after the number. */
  headingPrompt: PhrasingContent[];
  blocks: RootContent[];
}

function readChoiceBody(body: QuizBody, toHtml: ToHtml, endLine: number) {
  const problems: Problem[] = [];
  const { intro, sections } = splitQuestions(body.blocks, problems);
  if (sections.length === 0) {
    problems.push({ line: body.blocks[0] ? lineOf(body.blocks[0]) : endLine, message: "expected questions under `## Question 1`, `## Question 2`, … headings, found none" });
  }
  const nextId = questionIdsInOrder();
  const questions = sections.map((section) => readQuestion(section, nextId(section.number), { body, toHtml, problems }));
  return { introHtml: blocksHtml(intro, body, toHtml), questions, problems };
}

/** Cuts the body at its `##` headings: the intro, then one section per question. */
function splitQuestions(blocks: RootContent[], problems: Problem[]) {
  const intro: RootContent[] = [];
  const sections: QuestionSection[] = [];
  // Undefined after a `##` heading that is not a question: its content is skipped, not misread.
  let current: QuestionSection | undefined;
  for (const block of blocks) {
    const startsSection = block.type === "heading" && block.depth === 2;
    if (!startsSection) {
      if (current) current.blocks.push(block);
      else if (sections.length === 0) intro.push(block);
      continue;
    }
    const text = plainText(block).trim();
    const match = QUESTION_RE.exec(text);
    if (match) {
      const prompt = match[2] ?? "";
      current = { heading: block, number: match[1] ?? "", headingPrompt: dropLeadingText(block.children, text.length - prompt.length), blocks: [] };
      sections.push(current);
    } else if (sections.length > 0) {
      problems.push({ line: lineOf(block), message: `expected \`## Question N\`, found \`## ${text}\`` });
      current = undefined;
    } else {
      intro.push(block);
    }
  }
  return { intro, sections };
}

/**
 * Ids for questions in source order: "q" + the number as written. A number used again gets "-2",
 * "-3"… so ids stay unique; that is no error, since renumbering would change saved answers' ids.
 */
function questionIdsInOrder(): (number: string) => string {
  const seen = new Map<string, number>();
  return (number) => {
    const count = (seen.get(number) ?? 0) + 1;
    seen.set(number, count);
    return count === 1 ? `q${number}` : `q${number}-${count}`;
  };
}

interface ChoiceReading {
  body: QuizBody;
  toHtml: ToHtml;
  problems: Problem[];
}

/** An option as read, before the question decides whether it is complete. */
interface OptionDraft {
  html: string;
  text: string;
  correct: boolean;
  explanationHtml: string;
  line: number;
  /** The option's text as written, label and all, to recognise a note that lost its indent. */
  writtenText: string;
  hasText: boolean;
  hasNote: boolean;
  sources: SourceLink[];
  lessons: LessonLine[];
  problems: Problem[];
}

/** A question's blocks sorted by role. */
interface QuestionParts {
  prompt: RootContent[];
  sources: SourceLink[];
  /** `Lesson:` lines above or after the options; those under an option are the option's. */
  lessons: LessonLine[];
  /** Undefined when no list under the question has a note. */
  options?: OptionDraft[];
  /** The first list without notes, which the author may have meant as the options. */
  listWithoutNotes?: List;
}

function readQuestion(section: QuestionSection, id: string, reading: ChoiceReading): ChoiceQuestion {
  const name = `Question ${section.number}`;
  const parts = sortQuestionBlocks(section, name, reading);
  checkQuestion(section, name, parts, reading.problems);
  const drafts = parts.options ?? [];
  for (const draft of drafts) reading.problems.push(...draft.problems);
  const options = drafts.map(
    (draft, index): ChoiceOption => ({ id: optionId(index), html: draft.html, text: draft.text, correct: draft.correct, line: draft.line, explanationHtml: draft.explanationHtml }),
  );
  // Like its sources, a question's slide may be named anywhere in it; in source order, so "the first" is the first.
  const lessons = [...parts.lessons, ...drafts.flatMap((draft) => draft.lessons)].sort((a, b) => a.line - b.line);
  const { lesson, problems } = singleLesson(lessons, name);
  reading.problems.push(...problems);
  return {
    id,
    promptHtml: blocksHtml(parts.prompt, reading.body, reading.toHtml),
    options,
    multiple: options.filter((option) => option.correct).length > 1,
    sources: [...parts.sources, ...drafts.flatMap((draft) => draft.sources)],
    ...(lesson && { lesson }),
    line: lineOf(section.heading),
  };
}

/**
 * Blocks before the options list are the prompt; after it only `Source:` lines may follow. A list
 * right after the options continues them: changing the bullet marker starts a new Markdown list.
 */
function sortQuestionBlocks(section: QuestionSection, name: string, reading: ChoiceReading): QuestionParts {
  const parts: QuestionParts = {
    prompt: section.headingPrompt.length > 0 ? [paragraphOf(section.headingPrompt, section.heading)] : [],
    sources: [],
    lessons: [],
  };
  let justAfterOptions = false;
  for (let index = 0; index < section.blocks.length; index++) {
    const block = section.blocks[index]!;
    if (isSourcesParagraph(block)) {
      const read = readSourcesAt(section.blocks, index, reading.body);
      parts.sources.push(...read.sources);
      reading.problems.push(...read.problems);
      index += read.consumed - 1;
      justAfterOptions = false;
      continue;
    }
    if (isLessonParagraph(block)) {
      const read = readLessonLine(block, reading.body);
      if (read.lesson) parts.lessons.push(read.lesson);
      reading.problems.push(...read.problems);
      justAfterOptions = false;
      continue;
    }
    const drafts = block.type === "list" ? readOptions(block, reading) : undefined;
    const isOptionsList = drafts !== undefined && drafts.some((draft) => draft.hasNote);
    if (isOptionsList && (parts.options === undefined || justAfterOptions)) {
      parts.options = [...(parts.options ?? []), ...drafts];
      justAfterOptions = true;
    } else if (parts.options === undefined) {
      if (block.type === "list") parts.listWithoutNotes ??= block;
      parts.prompt.push(block);
    } else if (block.type !== "thematicBreak") {
      reading.problems.push({
        line: lineOf(block),
        message: `expected nothing but \`Source:\` and \`Lesson:\` lines after the options of ${name}, found ${describeBlock(block)}; move it above the options or under an option's note`,
      });
      justAfterOptions = false;
    }
  }
  return parts;
}

function checkQuestion(section: QuestionSection, name: string, parts: QuestionParts, problems: Problem[]) {
  const line = lineOf(section.heading);
  if (parts.prompt.length === 0) {
    problems.push({ line, message: `expected the text of ${name} after \`## ${name}:\` or in a paragraph under it, found none` });
  }
  const options = parts.options;
  if (!options) {
    const found = parts.listWithoutNotes ? `a list without notes (line ${lineOf(parts.listWithoutNotes)})` : "no list";
    problems.push({ line, message: `expected the options of ${name} as a list, each option with a nested \`- Correct: …\` or \`- Incorrect: …\` note, found ${found}` });
    return;
  }
  for (const [index, draft] of options.entries()) {
    const option = `option ${optionId(index).toUpperCase()} of ${name}`;
    if (!draft.hasText) problems.push({ line: draft.line, message: `expected the text of ${option} after its letter, found nothing` });
    if (!draft.hasNote) {
      problems.push({ line: draft.line, message: `expected a nested \`- Correct: …\` or \`- Incorrect: …\` note under ${option}, found none${misplacedNoteHint(draft)}` });
    }
  }
  if (options.length < 2) {
    problems.push({ line, message: `expected at least 2 options for ${name}, found ${options.length}` });
  }
  // With a note missing, "no correct option" may only mean the missing note was the correct one.
  const everyOptionNoted = options.every((draft) => draft.hasNote);
  if (everyOptionNoted && !options.some((draft) => draft.correct)) {
    problems.push({ line, message: `expected at least one option of ${name} noted \`Correct\`, found only \`Incorrect\` notes` });
  }
}

/** A note written as an option of its own is a note that was not indented under its option. */
function misplacedNoteHint(draft: OptionDraft): string {
  return NOTE_RE.test(draft.writtenText) ? "; indent the note under the option it belongs to" : "";
}

function readOptions(list: List, reading: ChoiceReading): OptionDraft[] {
  return list.children.map((item) => readOption(item, reading));
}

function readOption(item: ListItem, reading: ChoiceReading): OptionDraft {
  const [first, ...rest] = item.children;
  const text = first?.type === "paragraph" ? withoutLabel(first) : undefined;
  const details = readDetails(text ? rest : item.children, reading.body);
  const note = takeNote(details.explanation);
  return {
    html: text ? inlineHtml(text, reading.body, reading.toHtml) : "",
    text: text ? plainText(text).trim().replace(/\s+/g, " ") : "",
    correct: note?.correct ?? false,
    explanationHtml: blocksHtml(note?.explanation ?? details.explanation, reading.body, reading.toHtml),
    line: lineOf(item),
    writtenText: first?.type === "paragraph" ? plainText(first) : "",
    hasText: text !== undefined && plainText(text).trim() !== "",
    hasNote: note !== undefined,
    sources: details.sources,
    lessons: details.lessons,
    problems: details.problems,
  };
}

function withoutLabel(paragraph: Paragraph): Paragraph {
  const label = OPTION_LABEL_RE.exec(plainText(paragraph));
  return label ? paragraphOf(dropLeadingText(paragraph.children, label[0].length), paragraph) : paragraph;
}

/** Finds the first `Correct`/`Incorrect` paragraph; the explanation is everything else, minus that word. */
function takeNote(blocks: RootContent[]): { correct: boolean; explanation: RootContent[] } | undefined {
  for (const [index, note] of blocks.entries()) {
    const word = note.type === "paragraph" ? NOTE_RE.exec(plainText(note)) : null;
    if (note.type === "paragraph" && word) return noteAt(blocks, index, note, word);
  }
  return undefined;
}

function noteAt(blocks: RootContent[], index: number, note: Paragraph, word: RegExpExecArray) {
  const remainder = dropLeadingText(note.children, word[0].length);
  const explanation = [...blocks.slice(0, index), ...(remainder.length > 0 ? [paragraphOf(remainder, note)] : []), ...blocks.slice(index + 1)];
  return { correct: word[1] === undefined, explanation };
}

/** "a", "b", … "z", then "aa", "ab"…: ids stay letters however many options there are. */
function optionId(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : optionId(Math.floor(index / 26) - 1) + letter;
}
