import type { Heading, List, ListItem, RootContent } from "mdast";
import { lineOfKey, validateFrontMatter, type SourceParts } from "@/lib/content/front-matter";
import { readDetails, type Problem } from "./details";
import { singleLesson } from "./lesson-line";
import { blocksHtml, describeBlock, inlineHtml, lineOf, normalizedText, parseQuizBody, plainText, type QuizBody, type ToHtml } from "./markdown";
import { fileErrors, quizSettings, type QuizParse } from "./parse-shared";
import { classifyQuizFrontMatterSchema } from "./schema";
import type { Category, ClassifyItem, ClassifyQuiz } from "./types";

/**
 * Parses a classify quiz (`kind: classify`): `##` headings name categories and each top-level list
 * item under one is an action that belongs in it. Reports every problem in the file.
 */
export function parseClassifyQuiz(file: string, parts: SourceParts, toHtml: ToHtml): QuizParse<ClassifyQuiz> {
  const front = validateFrontMatter(classifyQuizFrontMatterSchema, file, parts);
  const frontErrors = "errors" in front ? front.errors : [];
  // The body can be checked whenever the categories are usable, even if another field is wrong.
  const categories = "value" in front ? front.value.categories : usableCategories(parts);
  if (!categories) return { errors: frontErrors };

  const body = parseQuizBody(parts.body);
  const read = readClassifyBody(body, categories, toHtml, lineOfKey(parts.yaml, "categories"));
  const errors = fileErrors(file, frontErrors, read.problems);
  if (errors.length > 0 || !("value" in front)) return { errors };
  return { quiz: { kind: "classify", ...quizSettings(front.value, read.introHtml), categories, items: read.items }, errors: [] };
}

function usableCategories(parts: SourceParts): Category[] | undefined {
  const result = classifyQuizFrontMatterSchema.shape.categories.safeParse(parts.data.categories);
  return result.success ? result.data : undefined;
}

/** Where a block of the body sits: in the intro, under a category, or under a heading that names none. */
type Place = { in: "intro" } | { in: "category"; category: Category; heading: string } | { in: "unknown heading" };

/** What reading the body collects as it goes. */
interface ClassifyReading {
  body: QuizBody;
  categories: Category[];
  toHtml: ToHtml;
  items: ClassifyItem[];
  problems: Problem[];
  /** Line of the first item with each normalized text, to point a duplicate at it. */
  lineByText: Map<string, number>;
  ids: Set<string>;
  /** Items written under each category key, counting those with errors: only none at all is "no items". */
  itemsWritten: Map<string, number>;
  /** Line of the first heading of each category key. */
  headingLines: Map<string, number>;
}

function readClassifyBody(body: QuizBody, categories: Category[], toHtml: ToHtml, categoriesLine: number) {
  const reading: ClassifyReading = {
    body,
    categories,
    toHtml,
    items: [],
    problems: [],
    lineByText: new Map(),
    ids: new Set(),
    itemsWritten: new Map(),
    headingLines: new Map(),
  };
  const intro: RootContent[] = [];
  let place: Place = { in: "intro" };
  for (const block of body.blocks) {
    if (block.type === "heading" && block.depth === 2) place = enterHeading(block, reading);
    else if (place.in === "intro") readIntroBlock(block, intro, reading);
    else if (place.in === "category") readCategoryBlock(block, place, reading);
    // Under a heading that names no category nothing is read: the heading's error says why.
  }
  reportEmptyCategories(reading, categoriesLine);
  return { introHtml: blocksHtml(intro, body, toHtml), items: reading.items, problems: reading.problems };
}

function enterHeading(heading: Heading, reading: ClassifyReading): Place {
  const text = plainText(heading).trim();
  const category = reading.categories.find((candidate) => namesCategory(text, candidate));
  if (!category) {
    reading.problems.push({
      line: lineOf(heading),
      message: `heading "${text}" is not a category; expected one of ${reading.categories.map(describeCategory).join(", ")}`,
    });
    return { in: "unknown heading" };
  }
  if (!reading.headingLines.has(category.key)) reading.headingLines.set(category.key, lineOf(heading));
  return { in: "category", category, heading: text };
}

function namesCategory(headingText: string, category: Category): boolean {
  const name = headingText.toLowerCase();
  return name === category.key.toLowerCase() || name === category.label.toLowerCase();
}

function describeCategory(category: Category): string {
  return `"${category.label}" (${category.key})`;
}

function readIntroBlock(block: RootContent, intro: RootContent[], reading: ClassifyReading) {
  if (block.type !== "list") {
    intro.push(block);
    return;
  }
  const headings = reading.categories.map((category) => `\`## ${category.label}\``).join(" or ");
  reading.problems.push({
    line: lineOf(block),
    message: `expected a category heading (${headings}) above these list items, found none: the text before the first \`##\` heading is the intro`,
  });
}

function readCategoryBlock(block: RootContent, place: Extract<Place, { in: "category" }>, reading: ClassifyReading) {
  if (block.type === "list") {
    readList(block, place.category, reading);
    return;
  }
  // Deeper headings group items for the author; a horizontal rule only separates them.
  if ((block.type === "heading" && block.depth > 2) || block.type === "thematicBreak") return;
  reading.problems.push({
    line: lineOf(block),
    message: `expected list items under \`## ${place.heading}\`, found ${describeBlock(block)}${block.type === "paragraph" ? " (to explain an item, indent it under the item)" : ""}`,
  });
}

function readList(list: List, category: Category, reading: ClassifyReading) {
  for (const item of list.children) {
    reading.itemsWritten.set(category.key, (reading.itemsWritten.get(category.key) ?? 0) + 1);
    const classified = readItem(item, category, reading);
    if (classified) reading.items.push(classified);
  }
}

function readItem(item: ListItem, category: Category, reading: ClassifyReading): ClassifyItem | undefined {
  const [action, ...rest] = item.children;
  const line = lineOf(item);
  if (action?.type !== "paragraph") {
    const found = action ? describeBlock(action) : "nothing";
    reading.problems.push({ line, message: `expected the action to classify on the item's first line, found ${found}` });
    return undefined;
  }
  const text = normalizedText(action);
  const written = plainText(action).trim().replace(/\s+/g, " ");
  const firstLine = reading.lineByText.get(text);
  if (firstLine !== undefined) {
    reading.problems.push({ line, message: `expected each action once, found "${written}" again (first on line ${firstLine})` });
    return undefined;
  }
  reading.lineByText.set(text, line);

  const details = readDetails(rest, reading.body);
  const { lesson, problems } = singleLesson(details.lessons, `action "${written}"`);
  reading.problems.push(...details.problems, ...problems);
  return {
    id: uniqueId(slugOf(text), reading.ids),
    html: inlineHtml(action, reading.body, reading.toHtml),
    text: written,
    category: category.key,
    explanationHtml: blocksHtml(details.explanation, reading.body, reading.toHtml),
    sources: details.sources,
    ...(lesson && { lesson }),
    line,
  };
}

/** Lower-case letters and digits with single dashes between: "Close a standalone AWS account" → "close-a-standalone-aws-account". */
function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** Saved answers are keyed by id, so two actions whose text differs only in punctuation still need two. */
function uniqueId(slug: string, taken: Set<string>): string {
  const base = slug || "item";
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

function reportEmptyCategories(reading: ClassifyReading, categoriesLine: number) {
  for (const category of reading.categories) {
    if (reading.itemsWritten.has(category.key)) continue;
    const headingLine = reading.headingLines.get(category.key);
    const expected =
      headingLine === undefined
        ? `a \`## ${category.label}\` heading with list items under it`
        : `list items under \`## ${category.label}\` (line ${headingLine})`;
    reading.problems.push({
      line: categoriesLine,
      message: `category ${describeCategory(category)} has no items: expected ${expected}, found none`,
    });
  }
}
