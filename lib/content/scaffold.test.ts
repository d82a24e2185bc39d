import fc from "fast-check";
import { readFrontMatter } from "./front-matter";
import { describe, expect, it } from "vitest";
import { buildCourse, type CourseEntry, type SourceFile } from "./course";
import { formatContentError } from "./errors";
import { planNewFile, slugFromTitle, yamlString, type NewFileRequest } from "./scaffold";
import { slugFromPath } from "./slug";

/** A content file with front matter and one slide. */
function md(path: string, front: Record<string, string | number>, body = "Some text.\n"): SourceFile {
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  return { path, source: `---\n${lines.join("\n")}\n---\n\n${body}` };
}

const CHOICE_BODY = "## Question 1\n\nWhich?\n\n- A) This\n  - Correct: Because.\n- B) That\n  - Incorrect: Because not.\n";

/** An old Jekyll course: Section-3 has lessons 2 and 10, and pages that must not count as lessons. */
const JEKYLL: SourceFile[] = [
  md("_posts/2024-1-1-intro.md", { layout: "posts", title: "Intro", section: "Section-3", lesson: 2 }),
  md("_posts/2024-1-2-later.md", { layout: "posts", title: "Later", section: "Section-3", lesson: 10 }),
  md("_posts/2024-1-3-elsewhere.md", { layout: "posts", title: "Elsewhere", section: "Section-4", lesson: 30 }),
  md("_posts/2024-1-4-no-section.md", { layout: "posts", title: "No section", lesson: 7 }),
  md("_hands_on/2024-1-5-lab.md", { layout: "hands_on", title: "Lab", section: "Section-3", lesson: 40 }),
  md("_quizzes/2024-1-6-check.md", { layout: "quiz", title: "Check", section: "Section-3", lesson: 50 }, CHOICE_BODY),
  md("_sections/section-3.md", { name: "Section-3", title: "Files" }),
];

/** A course of plain folders: `part-1/Section-3` holds Section-3, `week-1` is a folder section. */
const PLAIN: SourceFile[] = [
  md("welcome.md", { title: "Welcome" }),
  md("week-1/intro.md", { title: "Week one" }),
  md("part-1/Section-3/two.md", { title: "Two", section: "Section-3", lesson: 2 }),
];
const PLAIN_FOLDERS = ["part-1", "part-1/Section-3", "week-1", "images"];

const TODAY = new Date(2024, 2, 5, 12); // 5 March 2024, local time

function jekyll(overrides: Partial<NewFileRequest> & Pick<NewFileRequest, "kind" | "title">): NewFileRequest {
  return { files: JEKYLL, hasPostsFolder: true, existingFolders: ["_posts", "_hands_on", "_quizzes", "_sections"], today: TODAY, ...overrides };
}

function plain(overrides: Partial<NewFileRequest> & Pick<NewFileRequest, "kind" | "title">): NewFileRequest {
  return { files: PLAIN, hasPostsFolder: false, existingFolders: PLAIN_FOLDERS, today: TODAY, ...overrides };
}

function planned(request: NewFileRequest): { path: string; content: string; href: string } {
  const plan = planNewFile(request);
  if ("error" in plan) throw new Error(`expected a plan, got the error: ${plan.error}`);
  return plan;
}

function errorOf(request: NewFileRequest): string {
  const plan = planNewFile(request);
  if (!("error" in plan)) throw new Error(`expected an error, got ${plan.path}`);
  expect(plan.error).not.toContain("\n");
  return plan.error;
}

/** Adds the planned file to the course, checks the course still builds, and returns the new entry. */
function added(request: NewFileRequest): CourseEntry {
  const { path, content } = planned(request);
  const { course, errors } = buildCourse([...request.files, { path, source: content }]);
  expect(errors.map(formatContentError)).toEqual([]);
  const entry = course.sequence.find((candidate) => candidate.file === path);
  expect(entry).toBeDefined();
  expect(entry!.slug).toBe(slugFromPath(path));
  return entry!;
}

describe("where the new file goes", () => {
  it("puts a lesson of a Jekyll course in _posts/, named after today without zero padding", () => {
    const plan = planned(jekyll({ kind: "lesson", title: "Reading files", section: "Section-3" }));
    expect(plan.path).toBe("_posts/2024-3-5-reading-files.md");
    expect(plan.content).toMatch(/^---\nlayout: posts\ntitle: Reading files\nsection: Section-3\nlesson: 11\n---\n/);
  });

  it("names the page the new file becomes, from its slug without the date", () => {
    expect(planned(jekyll({ kind: "lesson", title: "Reading files", section: "Section-3" })).href).toBe("/lessons/reading-files/1");
    expect(planned(jekyll({ kind: "classify", title: "Sort: files?" })).href).toBe("/quizzes/sort-files");
    expect(planned(plain({ kind: "quiz", title: "Week check", section: "week-1" })).href).toBe("/quizzes/week-check");
  });

  it("dates the file with two-digit months and days as they are", () => {
    const plan = planned(jekyll({ kind: "lesson", title: "Year end", today: new Date(2025, 11, 31, 23, 59) }));
    expect(plan.path).toBe("_posts/2025-12-31-year-end.md");
  });

  it("puts quizzes of a Jekyll course in _quizzes/ with `layout: quiz`", () => {
    for (const kind of ["quiz", "classify"] as const) {
      const plan = planned(jekyll({ kind, title: `A ${kind}`, section: "Section-3" }));
      expect(plan.path).toBe(`_quizzes/2024-3-5-a-${kind}.md`);
      expect(plan.content).toMatch(/^---\nlayout: quiz\n/);
    }
  });

  it("uses a Jekyll course's quizzes/ folder when it has no _quizzes/", () => {
    expect(planned(jekyll({ kind: "quiz", title: "Q", existingFolders: ["_posts", "quizzes"] })).path).toBe("quizzes/2024-3-5-q.md");
    expect(planned(jekyll({ kind: "quiz", title: "Q", existingFolders: ["_posts"] })).path).toBe("_quizzes/2024-3-5-q.md");
  });

  it("puts a file of a plain course in the existing folder named after the section, even a nested one", () => {
    expect(planned(plain({ kind: "lesson", title: "Reading files", section: "Section-3" })).path).toBe("part-1/Section-3/reading-files.md");
    expect(planned(plain({ kind: "quiz", title: "Week check", section: "week-1" })).path).toBe("week-1/week-check.md");
  });

  it("makes a new folder named after a new section, and uses the top of the course without one", () => {
    expect(planned(plain({ kind: "lesson", title: "Shells", section: "Section 4" })).path).toBe("Section 4/shells.md");
    expect(planned(plain({ kind: "lesson", title: "Shells" })).path).toBe("shells.md");
    expect(planned(plain({ kind: "classify", title: "Sort it" })).path).toBe("sort-it.md");
  });

  it("prefers, among folders of the section's name, the one holding the section's pages", () => {
    const folders = ["a", "a/Section-3", "Section-3", ...PLAIN_FOLDERS];
    expect(planned(plain({ kind: "lesson", title: "Three", section: "Section-3", existingFolders: folders })).path).toBe("part-1/Section-3/three.md");
    expect(planned(plain({ kind: "lesson", title: "Three", section: "Section-9", existingFolders: ["x/Section-9", "Section-9"] })).path).toBe("Section-9/three.md");
  });

  it("never uses a Jekyll or quizzes folder as a section folder", () => {
    expect(planned(plain({ kind: "lesson", title: "Three", section: "week-1", existingFolders: ["quizzes/week-1"] })).path).toBe("week-1/three.md");
    expect(errorOf(plain({ kind: "lesson", title: "Three", section: "quizzes" }))).toMatch(/cannot be a folder name/);
    expect(errorOf(plain({ kind: "lesson", title: "Three", section: "../up" }))).toMatch(/cannot be a folder name/);
    expect(errorOf(plain({ kind: "lesson", title: "Three", section: ".hidden" }))).toMatch(/cannot be a folder name/);
  });

  it("gives the file the slug of the title: lower case, dashes for anything but letters and digits", () => {
    expect(slugFromTitle("  Root user: what's *really* allowed?  ")).toBe("root-user-what-s-really-allowed");
    expect(slugFromTitle("snake_case and Café")).toBe("snake-case-and-café");
    expect(planned(plain({ kind: "lesson", title: "Über: Straße #2" })).path).toBe("über-straße-2.md");
  });
});

describe("lesson numbers", () => {
  it("numbers a lesson one after the section's highest lesson, numerically (2 and 10 → 11)", () => {
    expect(added(jekyll({ kind: "lesson", title: "Reading files", section: "Section-3" })).lessonNumber).toBe(11);
  });

  it("counts only the section's own lessons, not guides, quizzes or other sections", () => {
    expect(added(jekyll({ kind: "lesson", title: "Four", section: "Section-4" })).lessonNumber).toBe(31);
    expect(added(jekyll({ kind: "lesson", title: "Top" })).lessonNumber).toBe(8);
  });

  it("numbers the first lesson of a section 1", () => {
    expect(added(jekyll({ kind: "lesson", title: "First", section: "Section-99" })).lessonNumber).toBe(1);
    expect(added(plain({ kind: "lesson", title: "First", section: "week-1" })).lessonNumber).toBe(1);
  });

  it("gives a quiz no number", () => {
    const plan = planned(jekyll({ kind: "quiz", title: "Check two", section: "Section-3" }));
    expect(plan.content).not.toMatch(/^lesson:/m);
  });
});

describe("the templates pass the app's own checks", () => {
  it.each([
    ["Jekyll", jekyll],
    ["plain", plain],
  ] as const)("lesson, %s layout: two slides, the right section and number", (_, layout) => {
    const entry = added(layout({ kind: "lesson", title: "Reading files", section: "Section-3" }));
    expect(entry).toMatchObject({ kind: "lesson", title: "Reading files", sectionKey: "Section-3" });
    expect(entry.slides).toHaveLength(2);
    expect(entry.lessonNumber).toBe(layout === jekyll ? 11 : 3);
  });

  it.each([
    ["Jekyll", jekyll],
    ["plain", plain],
  ] as const)("multiple-choice quiz, %s layout: two questions", (_, layout) => {
    const { content } = planned(layout({ kind: "quiz", title: "Check", section: "Section-3", files: [] }));
    expect(content).toMatch(/^## Question 1:$/m);
    expect(content).toMatch(/^- A\) .+\n {2}- Correct: /m);
    expect(content).toMatch(/^ {2}- Incorrect: /m);
    expect(content).toContain("<!-- pagebreak -->\n\n## Question 2");
    const entry = added(layout({ kind: "quiz", title: "Check", section: "Section-3", files: [] }));
    expect(entry).toMatchObject({ kind: "quiz", sectionKey: "Section-3", quiz: { format: "choice", itemCount: 2 } });
    expect(entry.lessonNumber).toBeUndefined();
  });

  it.each([
    ["Jekyll", jekyll],
    ["plain", plain],
  ] as const)("classification quiz, %s layout: two categories, an item with a source under each", (_, layout) => {
    const { content } = planned(layout({ kind: "classify", title: "Sort", section: "Section-3" }));
    expect(content).toMatch(/^kind: classify$/m);
    expect(content).toMatch(/^categories:\n {2}first: First category\n {2}second: Second category$/m);
    expect(content.match(/^ {2}- Source: \[.+\]\(https:\/\/.+\)$/gm)).toHaveLength(2);
    const entry = added(layout({ kind: "classify", title: "Sort", section: "Section-3" }));
    expect(entry).toMatchObject({ kind: "quiz", sectionKey: "Section-3", quiz: { format: "classify", itemCount: 2 } });
  });

  it("writes a quiz's `--lesson` as the lesson's slug, which the course then accepts", () => {
    const entry = added(jekyll({ kind: "quiz", title: "Intro check", section: "Section-3", lesson: "intro" }));
    expect(entry.lessonSlug).toBe("intro");
    expect(added(plain({ kind: "classify", title: "Sort two", lesson: "two" })).lessonSlug).toBe("two");
  });
});

describe("titles YAML could misread", () => {
  it.each([
    "Lesson 3: the shell",
    `It's "quoted"`,
    "'Single' and \"double\"",
    "#hashtag lesson",
    "- a dash first",
    "true",
    "2024 review",
    "null",
    "key: value # not a comment",
    "[brackets] and {braces}",
    "A & B | C > D",
    "   Spaces   around   ",
  ])("keeps %j as the title", (title) => {
    const entry = added(jekyll({ kind: "lesson", title }));
    expect(entry.title).toBe(title.replace(/\s+/g, " ").trim());
  });

  it("writes simple titles plainly and quotes the rest", () => {
    expect(yamlString("Reading files")).toBe("Reading files");
    expect(yamlString("Quiz: file permissions")).toBe("'Quiz: file permissions'");
    expect(yamlString("It's here")).toBe("It's here");
    expect(yamlString("'Quoted'")).toBe("'''Quoted'''");
    expect(yamlString("Yes")).toBe("'Yes'");
    expect(yamlString("014")).toBe("'014'");
  });

  it("reads back every text exactly (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (text) => {
        fc.pre(!/\p{Cc}/u.test(text) && !/[\u2028\u2029\uFEFF\u0085]/.test(text));
        const parts = readFrontMatter("x.md", `---\nvalue: ${yamlString(text)}\n---\n`);
        expect("data" in parts && parts.data.value).toBe(text);
      }),
    );
  });

  it("keeps a section name that YAML would read as a number as text", () => {
    const entry = added(plain({ kind: "lesson", title: "Zero", section: "014" }));
    expect(entry.sectionKey).toBe("014");
  });
});

describe("what it refuses", () => {
  it("refuses a slug another page already uses, in any folder or layout", () => {
    expect(errorOf(jekyll({ kind: "lesson", title: "Intro", section: "Section-3" }))).toBe(
      'slug "intro" is already used by _posts/2024-1-1-intro.md; choose another title',
    );
    expect(errorOf(jekyll({ kind: "lesson", title: "Check!" }))).toMatch(/^slug "check" is already used by _quizzes\/2024-1-6-check\.md/);
    expect(errorOf(plain({ kind: "quiz", title: "Two", section: "week-1" }))).toMatch(/already used by part-1\/Section-3\/two\.md/);
  });

  it("refuses a slug held by a file the course cannot read yet", () => {
    const files = [...PLAIN, { path: "drafts/broken.md", source: "---\ntitle: [\n---\n" }];
    expect(errorOf(plain({ kind: "lesson", title: "Broken", files }))).toMatch(/already used by drafts\/broken\.md/);
  });

  it("refuses a file that already exists", () => {
    const files = [...PLAIN, { path: "Section-7/reading-files.md", source: "no front matter" }];
    expect(errorOf(plain({ kind: "lesson", title: "Reading files", section: "Section-7", files }))).toBe("Section-7/reading-files.md already exists");
  });

  it("refuses a `--lesson` that names no lesson, or names a quiz", () => {
    expect(errorOf(jekyll({ kind: "quiz", title: "Q", lesson: "nope" }))).toMatch(/^--lesson "nope": no lesson has the slug "nope"/);
    expect(errorOf(jekyll({ kind: "classify", title: "Q", lesson: "check" }))).toMatch(/"check" is a quiz/);
    expect(errorOf(jekyll({ kind: "quiz", title: "Q", lesson: "" }))).toMatch(/^--lesson: expected the slug/);
  });

  it("refuses `--lesson` on a lesson", () => {
    expect(errorOf(jekyll({ kind: "lesson", title: "L", lesson: "intro" }))).toMatch(/use it with quiz or classify/);
  });

  it("refuses an empty title or section, and titles that give no usable file name", () => {
    expect(errorOf(jekyll({ kind: "lesson", title: "  " }))).toBe("expected a title, found nothing");
    expect(errorOf(jekyll({ kind: "lesson", title: "Ok", section: " " }))).toBe("--section: expected a section name, found nothing");
    expect(errorOf(jekyll({ kind: "lesson", title: "?!" }))).toMatch(/expected letters or digits/);
    expect(errorOf(jekyll({ kind: "lesson", title: "ReadMe" }))).toMatch(/README\.md, which Pagebreak skips/);
    expect(errorOf(plain({ kind: "lesson", title: "2024-3-14 recap" }))).toMatch(/starts with a date/);
    expect(errorOf(jekyll({ kind: "lesson", title: "Bell \u0007" }))).toMatch(/control character/);
  });
});

describe("`--lesson`", () => {
  it("accepts the lesson's file name, and files the quiz in the lesson's section when no section is given", () => {
    const plan = planned(jekyll({ kind: "quiz", title: "Later check", lesson: "2024-1-2-Later.md" }));
    expect(plan.content).toMatch(/^section: Section-3\nlesson: later$/m);
  });

  it("accepts a lesson number of the quiz's section and writes that lesson's slug (a number would mean the section's quiz number)", () => {
    const plan = planned(jekyll({ kind: "quiz", title: "Ten check", section: "Section-3", lesson: "10" }));
    expect(plan.content).toMatch(/^section: Section-3\nlesson: later$/m);
    const entry = added(jekyll({ kind: "quiz", title: "Ten check", section: "Section-3", lesson: "10" }));
    expect(entry).toMatchObject({ lessonSlug: "later", lessonNumber: undefined });
    expect(errorOf(jekyll({ kind: "quiz", title: "Ten check", section: "Section-4", lesson: "10" }))).toMatch(/no lesson has that number in section "Section-4"/);
  });

  it("keeps the explicit section over the lesson's", () => {
    expect(added(jekyll({ kind: "quiz", title: "Mixed", section: "Section-4", lesson: "intro" })).sectionKey).toBe("Section-4");
  });
});

describe("a course with errors", () => {
  it("still plans from the pages it could read", () => {
    const files = [...JEKYLL, { path: "_posts/2024-2-1-bad.md", source: "---\ntitle: Bad\nlesson: three\n---\n\nText.\n" }];
    expect(buildCourse(files).errors).toHaveLength(1);
    const plan = planned(jekyll({ kind: "lesson", title: "Next", section: "Section-3", files }));
    expect(plan.content).toMatch(/^lesson: 11$/m);
  });
});
