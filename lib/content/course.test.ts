import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { buildCourse, findEntry, nextEntry, type Course, type SourceFile } from "./course";
import { ContentErrorList, formatContentError, sortContentErrors } from "./errors";
import { readSourceFiles } from "./load";
import { pageDescription } from "./navigation";
import { slugFromPath } from "./slug";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
// Only that marker is replaced: the loader itself runs for real against the fixture on disk.
vi.mock("server-only", () => ({}));

const FIXTURE_DIR = fileURLToPath(new URL("./__fixtures__/jekyll-course", import.meta.url));

/** A content file with Jekyll-style front matter and two slides. */
function md(filePath: string, front: Record<string, string | number>, body?: string): SourceFile {
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  const title = String(front.title ?? filePath);
  const content = body ?? `## ${title}\n\nFirst slide.\n\n<!-- pagebreak -->\n\n## More\n\nSecond slide.\n`;
  return { path: filePath, source: `---\n${lines.join("\n")}\n---\n\n${content}` };
}

/** A valid quiz file: multiple choice, or classification when `kind: classify`. */
function quizMd(filePath: string, front: Record<string, string | number>): SourceFile {
  const body =
    front.kind === "classify"
      ? "## Yes\n\n- An action\n  - Why.\n\n## No\n\n- Another action\n  - Why not.\n"
      : "## Question 1\n\nWhich?\n\n- A) This\n  - Correct: Because.\n- B) That\n  - Incorrect: Because not.\n";
  return md(filePath, front.kind === "classify" ? { ...front, categories: "{ yes: Yes, no: No }" } : front, body);
}

function build(files: SourceFile[]): Course {
  const { course, errors } = buildCourse(files);
  expect(errors.map(formatContentError)).toEqual([]);
  return course;
}

function errorsOf(files: SourceFile[]): string[] {
  return sortContentErrors(buildCourse(files).errors).map(formatContentError);
}

/** A section's outline as slugs: each lesson followed by its hands-on guides in brackets. */
function outline(course: Course): Record<string, string[]> {
  return Object.fromEntries(
    course.sections.map((section) => [
      section.title,
      [
        ...section.items.map((item) => (item.handsOn.length ? `${item.entry.slug} [${item.handsOn.map((h) => h.slug).join(", ")}]` : item.entry.slug)),
        ...section.quizzes.map((quiz) => `quiz ${quiz.slug}`),
      ],
    ]),
  );
}

describe("the Jekyll fixture course, read from disk", () => {
  const files = readSourceFiles(FIXTURE_DIR);
  const { course, errors } = buildCourse(files);

  it("reads every Markdown file but the README", () => {
    const onDisk = (readdirSync(FIXTURE_DIR, { recursive: true, encoding: "utf8" }) as string[])
      .map((relative) => relative.split(path.sep).join("/").normalize("NFC"))
      .filter((relative) => relative.endsWith(".md"));
    expect(onDisk).toContain("README.md");
    expect(files.map((file) => file.path).sort()).toEqual(onDisk.filter((relative) => relative !== "README.md").sort());
    for (const file of files) {
      expect(file.source).toBe(readFileSync(path.join(FIXTURE_DIR, file.path), "utf8"));
    }
  });

  it("builds without errors", () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it("does not turn the README into a page (it would be an error: it has no front matter)", () => {
    expect(course.sequence.map((entry) => entry.file)).not.toContain("README.md");
    expect(findEntry(course, "readme")).toBeUndefined();
    const readme = { path: "README.md", source: readFileSync(path.join(FIXTURE_DIR, "README.md"), "utf8") };
    expect(buildCourse([...files, readme]).errors.map((error) => error.file)).toEqual(["README.md"]);
  });

  it("orders sections by name numerically, titling the one without a section file", () => {
    expect(course.sections.map((section) => [section.key, section.title])).toEqual([
      ["Section-2", "Basics"],
      ["Section-10", "Section 10"],
    ]);
    expect(course.sections[0]!.description).toBe("The first steps: what the course covers and how to work through it.");
    expect(course.sections[1]!.description).toBeUndefined();
  });

  it("orders lessons by number (1, 2, 3, 10), guides by order under their lesson, quizzes last", () => {
    expect(outline(course)).toEqual({
      Basics: ["intro", "s2-lesson-2 [s2-lab-a, s2-lab-b]", "café-ünïcode", "s2-lesson-10", "quiz s2-quiz"],
      "Section 10": ["s10-first"],
    });
    const basics = course.sections[0]!;
    expect(basics.items.map((item) => item.entry.lessonNumber)).toEqual([1, 2, 3, 10]);
    expect(basics.items.map((item) => item.entry.title)).toEqual([
      "Section 2, lesson 1: Welcome to the course",
      "Section 2, lesson 2: Accounts and users",
      "Section 2, lesson 3: Café names and Ünïcode file names",
      "Section 2, lesson 10: Reviewing what you built",
    ]);
    expect(basics.items[1]!.handsOn.map((guide) => [guide.kind, guide.order, guide.title])).toEqual([
      ["hands-on", 1, "Hands-on A: Create an everyday user"],
      ["hands-on", 2, "Hands-on B: Turn on multi-factor authentication"],
    ]);
    expect(basics.quizzes.map((quiz) => [quiz.kind, quiz.title])).toEqual([["quiz", "Section 2 quiz"]]);
  });

  it("has the course sequence: each lesson, its guides, then the section's quiz", () => {
    expect(course.sequence.map((entry) => entry.slug)).toEqual([
      "intro",
      "s2-lesson-2",
      "s2-lab-a",
      "s2-lab-b",
      "café-ünïcode",
      "s2-lesson-10",
      "s2-quiz",
      "s10-first",
    ]);
    expect(nextEntry(course, "s2-lesson-2")?.slug).toBe("s2-lab-a");
    expect(nextEntry(course, "s2-quiz")?.slug).toBe("s10-first");
    expect(nextEntry(course, "s10-first")).toBeUndefined();
  });

  it("loads the lesson with a non-ASCII file name under its lower-cased slug", () => {
    const file = "_posts/2023-1-8-café-Ünïcode.md";
    expect(slugFromPath(file)).toBe("café-ünïcode");
    const entry = findEntry(course, "café-ünïcode");
    expect(entry).toMatchObject({ file, kind: "lesson", sectionKey: "Section-2", lessonNumber: 3, date: "2023-01-08" });
    expect(entry!.slides.map((slide) => slide.heading)).toEqual(["Café names and Ünïcode", "Why it matters"]);
  });

  it("gives every lesson and guide at least two slides, each starting at its line in the file", () => {
    for (const entry of course.sequence.filter((candidate) => candidate.kind !== "quiz")) {
      expect(entry.slides.length, entry.file).toBeGreaterThanOrEqual(2);
      const lines = readFileSync(path.join(FIXTURE_DIR, entry.file), "utf8").split("\n");
      const firstHeading = lines.findIndex((line) => /^#{1,6} /.test(line)) + 1;
      expect(entry.slides[0]!.startLine, entry.file).toBe(firstHeading);
    }
  });
});

describe("buildCourse: ordering", () => {
  it("orders lessons by number, never as text", () => {
    const course = build([
      md("_posts/2023-1-1-ten.md", { layout: "posts", title: "Ten", section: "Section-1", lesson: 10 }),
      md("_posts/2023-1-2-one.md", { layout: "posts", title: "One", section: "Section-1", lesson: 1 }),
      md("_posts/2023-1-3-two.md", { layout: "posts", title: "Two", section: "Section-1", lesson: "'2'" }),
    ]);
    expect(course.sequence.map((entry) => entry.lessonNumber)).toEqual([1, 2, 10]);
  });

  it("breaks ties by order, then date, then title", () => {
    const course = build([
      md("_posts/2023-1-9-late.md", { title: "Late", section: "S", lesson: 1 }),
      md("_posts/2023-1-2-early.md", { title: "Early", section: "S", lesson: 1 }),
      md("_posts/2023-1-9-b.md", { title: "Same day B", section: "S", lesson: 1 }),
      md("_posts/2023-1-9-a.md", { title: "Same day A", section: "S", lesson: 1 }),
      md("_posts/2024-1-1-ordered-2.md", { title: "Ordered 2", section: "S", lesson: 1, order: 2 }),
      md("_posts/2025-1-1-ordered-10.md", { title: "Ordered 10", section: "S", lesson: 1, order: 10 }),
      md("_posts/2099-1-1-ordered-1.md", { title: "Ordered 1", section: "S", lesson: 1, order: 1 }),
      md("_posts/2000-1-1-unnumbered.md", { title: "Unnumbered", section: "S" }),
    ]);
    expect(course.sequence.map((entry) => entry.title)).toEqual([
      "Ordered 1",
      "Ordered 2",
      "Ordered 10",
      "Early",
      "Late",
      "Same day A",
      "Same day B",
      // Entries without a lesson number come after the numbered ones.
      "Unnumbered",
    ]);
  });

  it("orders sections by their file's order, then naturally by name", () => {
    const course = build([
      md("_sections/intro.md", { name: "Intro", title: "Introduction", order: 2 }),
      md("_sections/first.md", { name: "Zeta", title: "Comes first", order: 1 }),
      md("_posts/a.md", { title: "In Section 10", section: "Section-10", lesson: 1 }),
      md("_posts/b.md", { title: "In Section 2", section: "Section-2", lesson: 1 }),
      md("_posts/c.md", { title: "In Intro", section: "Intro", lesson: 1 }),
      md("_posts/d.md", { title: "In Zeta", section: "Zeta", lesson: 1 }),
      md("_posts/e.md", { title: "In Section 9", section: 9, lesson: 1 }),
    ]);
    expect(course.sections.map((section) => section.title)).toEqual(["Comes first", "Introduction", "9", "Section 2", "Section 10"]);
  });

  it("takes a missing section from the nearest folder that is not a Jekyll `_folder`", () => {
    const course = build([
      md("week-2/lesson.md", { title: "Week 2 lesson", lesson: 1 }),
      md("week-10/_posts/w10-lesson.md", { title: "Week 10 lesson", lesson: 1 }),
      quizMd("week-2/quizzes/check.md", { title: "Week 2 check" }),
      md("_posts/2023-1-1-welcome.md", { title: "Welcome", lesson: 1 }),
      md("start.md", { title: "Start here", lesson: 2 }),
    ]);
    expect(course.sections.map((section) => [section.key, section.title])).toEqual([
      ["", "Lessons"],
      ["week-2", "Week 2"],
      ["week-10", "Week 10"],
    ]);
    expect(outline(course)).toEqual({
      Lessons: ["welcome", "start"],
      "Week 2": ["lesson", "quiz check"],
      "Week 10": ["w10-lesson"],
    });
  });

  it("lets `section:` override the folder", () => {
    const course = build([md("week-2/moved.md", { title: "Moved", section: "Section-5", lesson: 1 })]);
    expect(course.sections.map((section) => section.key)).toEqual(["Section-5"]);
  });

  it("knows quizzes by folder or kind and lists them after the section's lessons", () => {
    const course = build([
      quizMd("_quizzes/2023-1-1-q1.md", { title: "Quiz in _quizzes", section: "S", lesson: 1 }),
      quizMd("quizzes/q2.md", { title: "Quiz in quizzes", section: "S" }),
      quizMd("_posts/q3.md", { title: "Quiz by kind", section: "S", kind: "quiz" }),
      quizMd("_posts/q4.md", { title: "Classify by kind", section: "S", kind: "classify" }),
      md("_posts/2023-1-9-last.md", { title: "Last lesson", section: "S", lesson: 99 }),
      md("_posts/guide.md", { title: "Guide by kind", section: "S", lesson: 99, kind: "hands-on" }),
      md("_hands_on/lesson-kind.md", { title: "Lesson by kind", section: "S", lesson: 50, kind: "lesson" }),
    ]);
    expect(course.sequence.map((entry) => [entry.slug, entry.kind])).toEqual([
      ["lesson-kind", "lesson"],
      ["last", "lesson"],
      ["guide", "hands-on"],
      ["q1", "quiz"],
      ["q4", "quiz"],
      ["q3", "quiz"],
      ["q2", "quiz"],
    ]);
  });

  it("reads a quiz's `lesson:` as a slug or a number, and knows each quiz's format", () => {
    const course = build([
      md("_posts/root-user.md", { title: "Root user", section: "S", lesson: 4 }),
      quizMd("_quizzes/q.md", { title: "Quiz", section: "S", lesson: "root-user" }),
      quizMd("_quizzes/sort.md", { title: "Sort", section: "S", lesson: 4, kind: "classify" }),
    ]);
    expect(findEntry(course, "q")).toMatchObject({ kind: "quiz", lessonSlug: "root-user", lessonNumber: undefined, quiz: { format: "choice", itemCount: 1 } });
    expect(findEntry(course, "sort")).toMatchObject({ kind: "quiz", quiz: { format: "classify", itemCount: 2 } });
  });

  it("reports a quiz that names a lesson the course does not have", () => {
    expect(errorsOf([quizMd("_quizzes/q.md", { title: "Quiz", section: "S", lesson: "no-such-lesson" })])).toMatchInlineSnapshot(`
      [
        "_quizzes/q.md:4:1: error: lesson: expected the slug of a lesson in this course, found "no-such-lesson" (no lesson has that slug)",
      ]
    `);
  });

  it("knows an old-course quiz beside the lessons by its `## Question N` pages, and reports its mistakes", () => {
    const quiz = quizMd("_posts/2023-1-1-quiz.md", { layout: "posts", title: "Quiz", section: "S" });
    expect(findEntry(build([quiz]), "quiz")?.kind).toBe("quiz");
    const broken = { ...quiz, source: quiz.source.replace("  - Correct: Because.", "  - Incorrect: Not this.") };
    expect(errorsOf([broken])).toMatchInlineSnapshot(`
      [
        "_posts/2023-1-1-quiz.md:7:1: error: expected at least one option of Question 1 noted \`Correct\`, found only \`Incorrect\` notes",
      ]
    `);
  });

  it("keeps a hands-on guide without its lesson as an item of its own, in lesson order", () => {
    const course = build([
      md("_posts/one.md", { title: "One", section: "S", lesson: 1 }),
      md("_hands_on/orphan.md", { title: "Orphan guide", section: "S", lesson: 2 }),
      md("_hands_on/loose.md", { title: "Loose guide", section: "S" }),
      md("_posts/three.md", { title: "Three", section: "S", lesson: 3 }),
    ]);
    expect(outline(course)).toEqual({ S: ["one", "orphan", "three", "loose"] });
    expect(course.sequence.map((entry) => entry.slug)).toEqual(["one", "orphan", "three", "loose"]);
  });

  it("does not attach guides to a lesson of the same number in another section", () => {
    const course = build([
      md("_posts/a1.md", { title: "A1", section: "A", lesson: 1 }),
      md("_posts/b1.md", { title: "B1", section: "B", lesson: 1 }),
      md("_hands_on/b1-lab.md", { title: "B1 lab", section: "B", lesson: 1 }),
    ]);
    expect(outline(course)).toEqual({ A: ["a1"], B: ["b1 [b1-lab]"] });
  });

  it("sorts any lesson numbers numerically, whatever the file order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }), (numbers) => {
        // Names that sort the other way as text, so a lexical sort would fail.
        const files = numbers.map((lesson, i) => md(`_posts/2023-1-1-l${i}-${99_999 - lesson}.md`, { title: `Lesson ${lesson} (${i})`, section: "S", lesson }));
        const { course, errors } = buildCourse(files);
        expect(errors).toEqual([]);
        const inOutline = course.sections[0]!.items.map((item) => item.entry.lessonNumber!);
        expect(inOutline).toEqual([...numbers].sort((a, b) => a - b));
        expect(course.sequence.map((entry) => entry.slug)).toEqual(course.sections[0]!.items.map((item) => item.entry.slug));
      }),
      { numRuns: 60 },
    );
  });
});

describe("buildCourse: files", () => {
  it("reads CRLF files with the same slides and lines as LF files", () => {
    const lf = md("_posts/crlf.md", { layout: "posts", title: "CRLF", section: "S", lesson: 4 });
    const course = build([{ ...lf, source: lf.source.replace(/\n/g, "\r\n") }]);
    const entry = findEntry(course, "crlf")!;
    const lfEntry = findEntry(build([lf]), "crlf")!;
    expect(entry.lessonNumber).toBe(4);
    expect(entry.slides.map((slide) => [slide.heading, slide.startLine, slide.endLine])).toEqual([
      ["CRLF", 8, 10],
      ["More", 14, 16],
    ]);
    expect(lfEntry.slides.map((slide) => [slide.heading, slide.startLine, slide.endLine])).toEqual([
      ["CRLF", 8, 10],
      ["More", 14, 16],
    ]);
  });

  it("reads a file that starts with a byte order mark", () => {
    const file = md("_posts/bom.md", { layout: "posts", title: "BOM", section: "S", lesson: 1 });
    const entry = findEntry(build([{ ...file, source: `\uFEFF${file.source}` }]), "bom")!;
    expect(entry.title).toBe("BOM");
    // Four keys between the `---` lines, a blank line, then the heading on line 8.
    expect(entry.slides[0]!.startLine).toBe(8);
  });

  it("keeps a section file's body as its description", () => {
    const course = build([
      { path: "_sections/s.md", source: "---\nlayout: section\nname: S\n---\n\nWhat this section is about.\n" },
      md("_posts/a.md", { title: "A", section: "S", lesson: 1 }),
    ]);
    expect(course.sections[0]).toMatchObject({ title: "S", description: "What this section is about." });
  });

  it("ignores a section file no lesson uses", () => {
    const course = build([md("_sections/empty.md", { name: "Empty", title: "Empty" }), md("_posts/a.md", { title: "A", section: "S" })]);
    expect(course.sections.map((section) => section.key)).toEqual(["S"]);
  });

  it("finds entries by slug and the next one in course order", () => {
    const course = build([md("_posts/a.md", { title: "A", lesson: 1 }), md("_posts/b.md", { title: "B", lesson: 2 })]);
    expect(findEntry(course, "b")?.title).toBe("B");
    expect(findEntry(course, "c")).toBeUndefined();
    expect(nextEntry(course, "a")?.slug).toBe("b");
    expect(nextEntry(course, "b")).toBeUndefined();
    expect(nextEntry(course, "c")).toBeUndefined();
  });
});

describe("buildCourse: errors", () => {
  it("lesson that is a word", () => {
    expect(errorsOf([md("_posts/2023-1-1-words.md", { layout: "posts", title: "Words", section: "Section-14", lesson: "eighteen" })])).toMatchInlineSnapshot(`
      [
        "_posts/2023-1-1-words.md:5:1: error: lesson: expected a number, found the text "eighteen"",
      ]
    `);
  });

  it("lesson that is a word on a hands-on guide", () => {
    expect(errorsOf([md("_hands_on/lab.md", { layout: "hands_on", title: "Lab", lesson: "two", order: 1 })])).toMatchInlineSnapshot(`
      [
        "_hands_on/lab.md:4:1: error: lesson: expected a number, found the text "two"",
      ]
    `);
  });

  it("file with front matter only", () => {
    expect(errorsOf([{ path: "_posts/2023-1-1-empty.md", source: "---\nlayout: posts\ntitle: Empty\nlesson: 1\n---\n" }])).toMatchInlineSnapshot(`
      [
        "_posts/2023-1-1-empty.md:5:1: error: expected lesson content after the front matter, found none (the file would have no slides)",
      ]
    `);
  });

  it("file with nothing but pagebreaks and comments after the front matter", () => {
    const source = "---\nlayout: posts\ntitle: Breaks\n---\n\n<!-- pagebreak -->\n\n<!-- TODO -->\n\n<!-- pagebreak -->\n";
    expect(errorsOf([{ path: "_posts/breaks.md", source }])).toMatchInlineSnapshot(`
      [
        "_posts/breaks.md:10:1: error: expected lesson content after the front matter, found none (the file would have no slides)",
      ]
    `);
  });

  it("empty file", () => {
    expect(errorsOf([{ path: "_posts/2023-1-1-blank.md", source: "" }])).toMatchInlineSnapshot(`
      [
        "_posts/2023-1-1-blank.md:1:1: error: the file is empty: expected front matter with a \`title\`, then the content",
      ]
    `);
  });

  it("file without front matter", () => {
    expect(errorsOf([{ path: "_posts/notes.md", source: "# Notes\n\nSome text.\n\n<!-- pagebreak -->\n\nMore.\n" }])).toMatchInlineSnapshot(`
      [
        "_posts/notes.md:1:1: error: title: expected text, found nothing; add \`title: …\` between two \`---\` lines at the top of the file",
      ]
    `);
  });

  it("YAML syntax error", () => {
    const source = "---\nlayout: posts\ntitle: Broken\nsection: Section-1\n lesson: 2\n---\n\n# Broken\n";
    expect(errorsOf([{ path: "_posts/broken.md", source }])).toMatchInlineSnapshot(`
      [
        "_posts/broken.md:5:1: error: front matter: this line is indented, so YAML reads it as part of the key above: start a top-level key at the beginning of the line (the line reads:  lesson: 2)",
      ]
    `);
  });

  it("duplicate slugs, naming both files", () => {
    const errors = errorsOf([
      md("_posts/2023-1-1-a.md", { layout: "posts", title: "First A", section: "S", lesson: 1 }),
      md("_posts/2024-2-2-a.md", { layout: "posts", title: "Second A", section: "S", lesson: 2 }),
    ]);
    expect(errors).toMatchInlineSnapshot(`
      [
        "_posts/2024-2-2-a.md:1:1: error: slug "a" is already used by _posts/2023-1-1-a.md: rename one of the two files",
      ]
    `);
  });

  it("duplicate slugs that differ only in case or folder", () => {
    const errors = errorsOf([md("_posts/Intro.md", { title: "Intro" }), md("_hands_on/intro.md", { title: "Intro lab" })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("_hands_on/intro.md");
    expect(errors[0]).toContain("_posts/Intro.md");
  });

  it("keeps the first of two files with the same slug in the course", () => {
    const { course } = buildCourse([md("_posts/2023-1-1-a.md", { title: "First A" }), md("_posts/2024-2-2-a.md", { title: "Second A" })]);
    expect(course.sequence.map((entry) => entry.title)).toEqual(["First A"]);
  });

  it("two section files with the same name", () => {
    const errors = errorsOf([
      md("_sections/one.md", { layout: "section", name: "Section-2", title: "Basics" }),
      md("_sections/two.md", { layout: "section", title: "Also basics", name: "Section-2" }),
      md("_posts/a.md", { title: "A", section: "Section-2" }),
    ]);
    expect(errors).toMatchInlineSnapshot(`
      [
        "_sections/two.md:4:1: error: section "Section-2" is already described by _sections/one.md",
      ]
    `);
  });

  it("section file without a name", () => {
    expect(errorsOf([md("_sections/section-2.md", { layout: "section", title: "Basics" }), md("_posts/a.md", { title: "A" })])).toMatchInlineSnapshot(`
      [
        "_sections/section-2.md:1:1: error: name: expected text or a number, found nothing",
      ]
    `);
  });

  it("reports every error of every bad file, not just the first, and still builds the good ones", () => {
    const files = [
      md("_posts/2023-1-1-good.md", { layout: "posts", title: "Good", section: "Section-1", lesson: 1 }),
      md("_posts/2023-1-2-no-title.md", { layout: "posts", section: "Section-1", lesson: 2 }),
      md("_posts/2023-1-3-number-title.md", { layout: "posts", title: 42, section: "Section-1", lesson: 3 }),
      md("_posts/2023-1-4-word-lesson.md", { layout: "posts", title: "Word lesson", section: "Section-1", lesson: "eighteen" }),
      md("_posts/2023-1-5-essay.md", { layout: "posts", title: "Essay", section: "Section-1", kind: "essay", order: "soon" }),
      { path: "_posts/2023-1-6-yaml.md", source: "---\nlayout: posts\ntitle: [unclosed\n---\n# Hi\n" },
      { path: "_posts/2023-1-7-empty.md", source: "---\nlayout: posts\ntitle: Empty\n---\n" },
      md("_sections/nameless.md", { layout: "section", title: "Nameless" }),
      md("_posts/2024-1-1-also-good.md", { layout: "posts", title: "Also good", section: "Section-1", lesson: 4 }),
    ];
    const { course, errors } = buildCourse(files);
    expect(new ContentErrorList(errors).message).toMatchInlineSnapshot(`
      "The course has 8 errors:
      _posts/2023-1-2-no-title.md:1:1: error: title: expected text, found nothing
      _posts/2023-1-3-number-title.md:3:1: error: title: expected text, found the number 42
      _posts/2023-1-4-word-lesson.md:5:1: error: lesson: expected a number, found the text "eighteen"
      _posts/2023-1-5-essay.md:5:1: error: kind: expected one of "lesson", "hands-on", "quiz", "classify", found the text "essay"
      _posts/2023-1-5-essay.md:6:1: error: order: expected a number, found the text "soon"
      _posts/2023-1-6-yaml.md:3:8: error: front matter: the list that "[" opens is never closed with "]" (if the brackets are part of the text, quote it): write title: '[unclosed' instead of title: [unclosed
      _posts/2023-1-7-empty.md:4:1: error: expected lesson content after the front matter, found none (the file would have no slides)
      _sections/nameless.md:1:1: error: name: expected text or a number, found nothing"
    `);
    expect(course.sequence.map((entry) => entry.file)).toEqual(["_posts/2023-1-1-good.md", "_posts/2024-1-1-also-good.md"]);
  });

  it("points each error at the line of the offending key", () => {
    const source = ["---", "layout: posts", "permalink: /x/", "section: Section-1", "title: 7", "tags: [a]", "lesson: eighteen", "---", "# X"].join("\n");
    const { errors } = buildCourse([{ path: "_posts/x.md", source }]);
    expect(errors.map((error) => error.line)).toEqual([5]);
    const fixed = source.replace("title: 7", "title: Seven");
    expect(buildCourse([{ path: "_posts/x.md", source: fixed }]).errors.map((error) => [error.line, error.message])).toEqual([
      [7, 'lesson: expected a number, found the text "eighteen"'],
    ]);
  });
});

describe("ContentErrorList", () => {
  it("lists errors sorted by file, then line, one per line, as file:line:column: error: message", () => {
    const list = new ContentErrorList([
      { file: "b.md", line: 9, message: "nine" },
      { file: "a.md", line: 10, message: "ten" },
      { file: "b.md", line: 2, message: "two" },
      { file: "a.md", line: 3, message: "three" },
    ]);
    expect(list.name).toBe("ContentErrorList");
    expect(list).toBeInstanceOf(Error);
    expect(list.message).toBe("The course has 4 errors:\na.md:3:1: error: three\na.md:10:1: error: ten\nb.md:2:1: error: two\nb.md:9:1: error: nine");
    expect(list.errors.map((error) => error.line)).toEqual([3, 10, 2, 9]);
    expect(new ContentErrorList([{ file: "a.md", line: 1, column: 7, message: "one" }]).message).toBe("The course has 1 error:\na.md:1:7: error: one");
  });
});

describe("buildCourse: quizzes name their lesson", () => {
  it("by slug or by the lesson's file name, and not by a quiz", () => {
    const lesson = md("_posts/2024-3-14-Root-User.md", { title: "Root user", section: "S", lesson: 1 });
    const byFileName = quizMd("_quizzes/a.md", { title: "A", section: "S", lesson: "2024-3-14-Root-User.md" });
    expect(findEntry(build([lesson, byFileName]), "a")?.lessonSlug).toBe("root-user");
    const pointsAtQuiz = quizMd("_quizzes/b.md", { title: "B", section: "S", lesson: "a" });
    expect(errorsOf([lesson, byFileName, pointsAtQuiz])).toMatchInlineSnapshot(`
      [
        "_quizzes/b.md:4:1: error: lesson: expected the slug of a lesson in this course, found "a" (that is a quiz)",
      ]
    `);
  });
});

describe("pageDescription", () => {
  it("is the description, else the slide's first paragraph, cut at a word", () => {
    const long = "word ".repeat(60).trim();
    const course = build([
      md("_posts/a.md", { title: "A", description: "Given." }),
      md("_posts/b.md", { title: "B" }, `## One\n\nFirst paragraph here.\n\n<!-- pagebreak -->\n\n## Two\n\n${long}\n`),
      md("_posts/c.md", { title: "C" }, "## Only a heading\n"),
    ]);
    expect(pageDescription(findEntry(course, "a")!, 1)).toBe("Given.");
    expect(pageDescription(findEntry(course, "b")!, 1)).toBe("First paragraph here.");
    const cut = pageDescription(findEntry(course, "b")!, 2);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/^word( word)*…$/);
    expect(pageDescription(findEntry(course, "c")!)).toBe("C.");
  });
});
