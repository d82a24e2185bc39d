/**
 * Plans a new lesson or quiz file for `npm run new`: where it goes, what it is called and what it
 * holds. Pure: the caller reads the content folder and writes the file.
 */
import { buildCourse, type Course, type CourseEntry, type SourceFile } from "./course";
import { entryHref } from "./navigation";
import { DATE_PREFIX_RE, slugFromPath } from "./slug";

/** What `npm run new` can create. */
export const NEW_KINDS = ["lesson", "quiz", "classify"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export function isNewKind(value: string): value is NewKind {
  return (NEW_KINDS as readonly string[]).includes(value);
}

export interface NewFileRequest {
  kind: NewKind;
  title: string;
  /** `--section`: written into the front matter; in the plain layout, also the folder. */
  section?: string;
  /** `--lesson` (quizzes only): the slug, or number in the quiz's section, of the lesson the quiz tests. */
  lesson?: string;
  /** The course's current files, as `readSourceFiles` returns them. */
  files: readonly SourceFile[];
  /** The content folder has a `_posts/` folder: the old Jekyll layout. */
  hasPostsFolder: boolean;
  /** Every folder in the content folder, relative and `/`-separated (`week-1`, `part-2/week-3`). */
  existingFolders: readonly string[];
  /** Dates the file name in the Jekyll layout (local date). */
  today: Date;
}

/**
 * The file to write, relative to the content folder, and the page it becomes (`/lessons/<slug>/1`,
 * `/quizzes/<slug>`, without the base path); or why there is none: one line, for `new: …`.
 */
export type NewFilePlan = { path: string; content: string; href: string } | { error: string };

const PAGEBREAK = "<!-- pagebreak -->";
const SECTIONS_FOLDER = "_sections";
/** Folders whose names change what a file in them is: a section named like one cannot be its folder. */
const SPECIAL_FOLDERS = new Set(["_posts", "_quizzes", "quizzes", "_hands_on", SECTIONS_FOLDER]);

/**
 * The slug a title gives: lower case, every run of anything but letters and digits turned into
 * `-`, no `-` at either end. Always a slug `slugFromPath` keeps as it is.
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Plans the new file, or says why it cannot be created. Never plans over an existing file or slug. */
export function planNewFile(request: NewFileRequest): NewFilePlan {
  const { kind, files } = request;
  const title = request.title.replace(/\s+/g, " ").trim();
  if (title === "") return { error: "expected a title, found nothing" };
  if (/\p{Cc}/u.test(title)) return { error: `title ${JSON.stringify(title)}: expected text, found a control character` };

  let section = request.section?.trim();
  if (section !== undefined) {
    if (section === "") return { error: "--section: expected a section name, found nothing" };
    if (/\p{Cc}/u.test(section)) return { error: `--section ${JSON.stringify(section)}: expected a name, found a control character` };
  }
  if (request.lesson !== undefined && kind === "lesson") {
    return { error: "--lesson names the lesson a quiz tests: use it with quiz or classify (a new lesson gets the next free number)" };
  }

  const slug = slugFromTitle(title);
  if (slug === "") return { error: `title ${JSON.stringify(title)}: expected letters or digits to name the file after, found none` };
  if (slug === "readme") return { error: 'the title gives the file name README.md, which Pagebreak skips; choose another title' };

  // A course with errors still plans from every entry it could read.
  const { course } = buildCourse(files);

  let lesson: LessonReference | undefined;
  if (request.lesson !== undefined) {
    const found = findTestedLesson(course, request.lesson, section ?? "");
    if ("error" in found) return found;
    lesson = found;
    // A quiz on a lesson belongs with that lesson unless told otherwise.
    if (section === undefined && lesson.sectionKey) section = lesson.sectionKey;
  }

  const folder = fileFolder(request, kind, section);
  if (typeof folder !== "string") return folder;
  const fileName = request.hasPostsFolder ? `${datePrefix(request.today)}${slug}.md` : `${slug}.md`;
  const path = folder ? `${folder}/${fileName}` : fileName;
  if (slugFromPath(path) !== slug) {
    // Only a title that starts with a date (`2024-3-14 recap`) can get here: the app drops it from file names.
    return { error: `title ${JSON.stringify(title)}: its slug "${slug}" starts with a date, which Pagebreak drops from file names; reword the title` };
  }

  const existing = files.find((file) => file.path === path);
  if (existing) return { error: `${path} already exists` };
  const clash = slugOwner(course, files, slug);
  if (clash) return { error: `slug "${slug}" is already used by ${clash}; choose another title` };

  const lessonNumber = kind === "lesson" ? nextLessonNumber(course, section ?? "") : undefined;
  const content = template({ kind, title, section, lessonNumber, lesson, jekyll: request.hasPostsFolder });

  // The template must pass the app's own checks, wherever it lands.
  const check = buildCourse([...files, { path, source: content }]);
  const problem = check.errors.find((error) => error.file === path);
  if (problem) return { error: `${path} would not pass the content check: line ${problem.line}: ${problem.message}` };
  const entry = check.course.sequence.find((candidate) => candidate.file === path);
  const expectedKind = kind === "lesson" ? "lesson" : "quiz";
  if (!entry || entry.kind !== expectedKind) return { error: `${path} would not be read as a ${expectedKind}; choose another section` };
  return { path, content, href: entryHref(entry) };
}

/** `lesson:` as the quiz will write it: the tested lesson's slug. */
interface LessonReference {
  value: string;
  sectionKey: string;
}

function findTestedLesson(course: Course, written: string, sectionKey: string): LessonReference | { error: string } {
  const value = written.trim();
  if (value === "") return { error: "--lesson: expected the slug of a lesson, found nothing" };
  // A lesson's number in the quiz's section is written as that lesson's slug: in a quiz,
  // `lesson: 18` would mean "quiz 18 of the section", offered after the section's last lesson.
  if (/^-?\d+(\.\d+)?$/.test(value)) {
    const number = Number(value);
    const lesson = course.sequence.find((entry) => entry.kind === "lesson" && entry.sectionKey === sectionKey && entry.lessonNumber === number);
    if (!lesson) return { error: `--lesson ${value}: no lesson has that number in ${sectionKey ? `section "${sectionKey}"` : "the top-level section"}; give the lesson's slug instead` };
    return { value: lesson.slug, sectionKey };
  }
  // The app accepts a lesson's file name as well (`2024-3-14-Root-User.md`): both give its slug.
  const slug = slugFromPath(value);
  const lesson = course.sequence.find((entry) => entry.slug === slug);
  if (!lesson) return { error: `--lesson ${JSON.stringify(value)}: no lesson has the slug "${slug}" (the lesson's address is /lessons/<slug>/1)` };
  if (lesson.kind === "quiz") return { error: `--lesson ${JSON.stringify(value)}: "${slug}" is a quiz (${lesson.file}), not a lesson` };
  return { value: slug, sectionKey: lesson.sectionKey };
}

/** The folder the file goes in, relative to the content folder ("" for the top). */
function fileFolder(request: NewFileRequest, kind: NewKind, section: string | undefined): string | { error: string } {
  if (request.hasPostsFolder) {
    if (kind === "lesson") return "_posts";
    // A Jekyll course may keep its quizzes in `quizzes/` (the app reads both): use the one it has.
    return request.existingFolders.includes("quizzes") && !request.existingFolders.includes("_quizzes") ? "quizzes" : "_quizzes";
  }
  if (section === undefined) return "";
  if (/[/\\]/.test(section) || section.startsWith(".") || SPECIAL_FOLDERS.has(section)) {
    return { error: `--section ${JSON.stringify(section)}: cannot be a folder name in this course (no "/", "\\", leading "." or Jekyll folder names); choose another section name` };
  }
  const candidates = request.existingFolders.filter((folder) => {
    const names = folder.split("/");
    return names[names.length - 1] === section && !names.some((name) => SPECIAL_FOLDERS.has(name) || name.startsWith("."));
  });
  if (candidates.length === 0) return section;
  // Several folders of that name: the one holding most of the section's pages, then the shallowest.
  const { course } = buildCourse(request.files);
  const held = (folder: string) => course.sequence.filter((entry) => entry.sectionKey === section && entry.file.startsWith(`${folder}/`)).length;
  const depth = (folder: string) => folder.split("/").length;
  return [...candidates].sort((a, b) => held(b) - held(a) || depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/** Jekyll's `YYYY-M-D-`, without zero padding, like the course's own files. */
function datePrefix(today: Date): string {
  const prefix = `${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}-`;
  return DATE_PREFIX_RE.test(prefix) ? prefix : "";
}

/** The file that already has this slug: a page of the course, or a file it could not read (it would clash once fixed). */
function slugOwner(course: Course, files: readonly SourceFile[], slug: string): string | undefined {
  const entry: CourseEntry | undefined = course.sequence.find((candidate) => candidate.slug === slug);
  if (entry) return entry.file;
  return files.find((file) => !file.path.split("/").slice(0, -1).includes(SECTIONS_FOLDER) && slugFromPath(file.path) === slug)?.path;
}

/** One more than the highest `lesson:` number among the section's lessons; 1 when there are none. */
function nextLessonNumber(course: Course, sectionKey: string): number {
  const numbers = course.sequence
    .filter((entry) => entry.kind === "lesson" && entry.sectionKey === sectionKey && entry.lessonNumber !== undefined)
    .map((entry) => entry.lessonNumber!);
  return numbers.length === 0 ? 1 : Math.max(1, Math.floor(Math.max(...numbers)) + 1);
}

/** Text YAML reads back as exactly this string: plain when that is safe, else single-quoted. */
export function yamlString(value: string): string {
  const plain = /^\p{L}[\p{L}\p{M}\p{N} _.,()!?'-]*$/u.test(value) && !value.endsWith(" ") && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

interface TemplateInput {
  kind: NewKind;
  title: string;
  section?: string;
  lessonNumber?: number;
  lesson?: LessonReference;
  jekyll: boolean;
}

function template(input: TemplateInput): string {
  const front: string[] = [];
  if (input.jekyll) front.push(`layout: ${input.kind === "lesson" ? "posts" : "quiz"}`);
  front.push(`title: ${yamlString(input.title)}`);
  // A multiple-choice quiz in `_quizzes/` is one by its folder, as in the course's own files.
  if (input.kind === "classify") front.push("kind: classify");
  if (input.kind === "quiz" && !input.jekyll) front.push("kind: quiz");
  if (input.section !== undefined) front.push(`section: ${yamlString(input.section)}`);
  if (input.lessonNumber !== undefined) front.push(`lesson: ${input.lessonNumber}`);
  if (input.lesson !== undefined) front.push(`lesson: ${yamlString(input.lesson.value)}`);
  if (input.kind === "classify") front.push("categories:", "  first: First category", "  second: Second category");
  const body = input.kind === "lesson" ? LESSON_BODY : input.kind === "quiz" ? CHOICE_BODY : CLASSIFY_BODY;
  return `---\n${front.join("\n")}\n---\n\n${body}`;
}

const LESSON_BODY = `## First slide

Write the first slide here. The lesson's title is already shown at the top of the page, so start
each slide with a \`##\` heading of its own.

${PAGEBREAK}

## Second slide

The pagebreak comment above this heading, alone on its line, ends one slide and starts the next.
Add one between every two slides. Replace this guidance with your own text.
`;

const CHOICE_BODY = `Write a sentence or two here: it is shown on the quiz's start screen. Each question starts with a
\`## Question N\` heading; each option needs a nested \`Correct:\` or \`Incorrect:\` note, and at least
one option must be correct.

## Question 1:

Write the question here.

- A) A right answer
  - Correct: Say why this answer is right. Learners see it after they answer.
- B) A wrong answer
  - Incorrect: Say why this answer is wrong.
- C) Another wrong answer
  - Incorrect: Say why this answer is wrong too.

Source: [The page that backs this answer](https://example.com/)

${PAGEBREAK}

## Question 2: Write a question with more than one right answer here. (Select all that apply.)

- A) A right answer
  - Correct: Mark every right answer \`Correct\`: learners then tick all of them.
- B) Another right answer
  - Correct: Say why this one is right too.
- C) A wrong answer
  - Incorrect: Say why this answer is wrong.
`;

const CLASSIFY_BODY = `Write a sentence or two here: it is shown on the quiz's start screen. Learners sort each action into
one of the categories in the front matter. Under each category's \`##\` heading, list the actions that
belong in it, each with its explanation and a \`Source:\` link nested under it.

## First category

- An action that belongs in the first category
  - Say why it belongs here. Learners see this after they answer.
  - Source: [The page that backs this answer](https://example.com/)

## Second category

- An action that belongs in the second category
  - Say why it belongs here.
  - Source: [The page that backs this answer](https://example.com/)
`;
