import { describe, expect, it } from "vitest";
import { buildCourse, findEntry, type Course, type SourceFile } from "./course";
import { formatContentError } from "./errors";
import { nextLink, quizLinks, quizzesAfter, sectionAnchors } from "./navigation";

/** A lesson (or guide, with `kind: hands-on`) of two slides. */
function lesson(filePath: string, front: Record<string, string | number>): SourceFile {
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  return { path: filePath, source: `---\n${lines.join("\n")}\n---\n\n## One\n\nFirst.\n\n<!-- pagebreak -->\n\n## Two\n\nSecond.\n` };
}

/** A one-question multiple-choice quiz. */
function quiz(filePath: string, front: Record<string, string | number>): SourceFile {
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  const body = "## Question 1\n\nWhich?\n\n- A) This\n  - Correct: Because.\n- B) That\n  - Incorrect: Because not.\n";
  return { path: filePath, source: `---\n${lines.join("\n")}\n---\n\n${body}` };
}

function build(files: SourceFile[]): Course {
  const { course, errors } = buildCourse(files);
  expect(errors.map(formatContentError)).toEqual([]);
  return course;
}

/** The slugs of the quizzes offered after each lesson and guide, leaving out those offered none. */
function offered(course: Course): Record<string, string[]> {
  return Object.fromEntries(
    course.sequence.flatMap((entry) => {
      const slugs = entry.kind === "quiz" ? [] : quizzesAfter(course, entry).map((found) => found.slug);
      return slugs.length > 0 ? [[entry.slug, slugs]] : [];
    }),
  );
}

/** Section 9 of the old course: twelve lessons, a guide after the last, and two numbered quizzes. */
const SECTION_9 = [
  ...Array.from({ length: 12 }, (_, i) => lesson(`_posts/2023-9-${i + 1}-s9-l${i + 1}.md`, { title: `Lesson ${i + 1}`, section: "Section-9", lesson: i + 1 })),
  lesson("_hands_on/2023-9-13-s9-lab.md", { title: "Lab", section: "Section-9", lesson: 12 }),
  quiz("_quizzes/2023-9-20-s9-quiz-2.md", { title: "Section 9 Quiz-2", section: "Section-9", lesson: 2 }),
  quiz("_quizzes/2023-9-20-s9-quiz-1.md", { title: "Section 9 Quiz-1", section: "Section-9", lesson: 1 }),
];

describe("which quizzes are offered after a lesson", () => {
  it("offers a section's numbered quizzes after its last lesson, in number order, not after the lesson of that number", () => {
    const course = build(SECTION_9);
    expect(offered(course)).toEqual({ "s9-l12": ["s9-quiz-1", "s9-quiz-2"] });
  });

  it("does not offer a numbered quiz from another section", () => {
    const course = build([
      ...SECTION_9,
      lesson("_posts/2023-10-1-s10-l1.md", { title: "S10 lesson", section: "Section-10", lesson: 1 }),
      quiz("_quizzes/2023-10-2-s10-quiz-1.md", { title: "Section 10 Quiz-1", section: "Section-10", lesson: 1 }),
    ]);
    expect(offered(course)).toEqual({ "s9-l12": ["s9-quiz-1", "s9-quiz-2"], "s10-l1": ["s10-quiz-1"] });
  });

  it("counts only lessons as the section's last, not a guide or a quiz after it", () => {
    const course = build([
      lesson("_posts/a.md", { title: "A", section: "S", lesson: 3 }),
      lesson("_hands_on/loose.md", { title: "Loose guide", section: "S" }),
      quiz("_quizzes/q.md", { title: "Q", section: "S", lesson: 1 }),
    ]);
    expect(course.sections[0]!.items.map((item) => item.entry.slug)).toEqual(["a", "loose"]);
    expect(offered(course)).toEqual({ a: ["q"] });
  });

  it("offers a numbered quiz in a section without lessons after no lesson (it stays in the outline and in course order)", () => {
    const course = build([
      lesson("_posts/a.md", { title: "A", section: "S", lesson: 1 }),
      lesson("_hands_on/guide.md", { title: "Guide", section: "Labs", lesson: 1 }),
      quiz("_quizzes/q.md", { title: "Q", section: "Labs", lesson: 1 }),
    ]);
    expect(offered(course)).toEqual({});
    expect(course.sections.find((section) => section.key === "Labs")!.quizzes.map((entry) => entry.slug)).toEqual(["q"]);
  });

  it("offers a quiz that names a lesson, by slug or by file name, after that lesson, in any section", () => {
    const course = build([
      ...SECTION_9,
      quiz("_quizzes/by-slug.md", { title: "By slug", section: "Section-9", lesson: "s9-l3" }),
      quiz("_quizzes/by-file.md", { title: "By file", section: "Other", lesson: "2023-9-1-S9-L1.md" }),
      quiz("_quizzes/last.md", { title: "Named last", section: "Section-9", lesson: "s9-l12" }),
    ]);
    expect(offered(course)).toEqual({
      "s9-l1": ["by-file"],
      "s9-l3": ["by-slug"],
      "s9-l12": ["s9-quiz-1", "s9-quiz-2", "last"],
    });
  });

  it("offers a quiz that names a guide after that guide", () => {
    const course = build([...SECTION_9, quiz("_quizzes/lab-quiz.md", { title: "Lab quiz", section: "Section-9", lesson: "s9-lab" })]);
    expect(quizzesAfter(course, findEntry(course, "s9-lab")!).map((entry) => entry.slug)).toEqual(["lab-quiz"]);
  });

  it("offers nothing after a lesson no quiz names, in a course without quizzes", () => {
    const course = build([lesson("_posts/a.md", { title: "A", lesson: 1 }), lesson("_posts/b.md", { title: "B", lesson: 2 })]);
    expect(offered(course)).toEqual({});
  });
});

describe("the links under a lesson's last slide", () => {
  it("leaves a title's own \"Quiz:\" out of the link, which already says \"Take the quiz: \"", () => {
    const course = build([
      lesson("_posts/a.md", { title: "A", section: "S", lesson: 1 }),
      quiz("_quizzes/q1.md", { title: "'Quiz: root user privileges'", section: "S", lesson: "a" }),
      quiz("_quizzes/q2.md", { title: "quiz - networks", section: "S", lesson: "a" }),
      quiz("_quizzes/q3.md", { title: "Section 9 Quiz-1", section: "S", lesson: 1 }),
      quiz("_quizzes/q4.md", { title: "'Quiz:'", section: "S", lesson: "a" }),
      quiz("_quizzes/q5.md", { title: "Quizzical", section: "S", lesson: "a" }),
    ]);
    const links = quizLinks(course, findEntry(course, "a")!);
    expect(Object.fromEntries(links.map((link) => [link.href, link.title]))).toEqual({
      "/quizzes/q1": "root user privileges",
      "/quizzes/q2": "networks",
      "/quizzes/q3": "Section 9 Quiz-1",
      // Nothing would be left: the title stays whole.
      "/quizzes/q4": "Quiz:",
      "/quizzes/q5": "Quizzical",
    });
  });

  it("leads on past the quizzes it already offers", () => {
    const course = build([
      ...SECTION_9,
      lesson("_posts/2023-10-1-s10-l1.md", { title: "S10 lesson", section: "Section-10", lesson: 1 }),
    ]);
    // The guide comes after the section's last lesson in course order, then the two quizzes.
    expect(nextLink(course, findEntry(course, "s9-l12")!)?.href).toBe("/lessons/s9-lab/1");
    expect(nextLink(course, findEntry(course, "s9-lab")!)).toMatchObject({ href: "/quizzes/s9-quiz-1", kindLabel: "Quiz" });
    expect(nextLink(course, findEntry(course, "s9-quiz-2")!)?.href).toBe("/lessons/s10-l1/1");
    const withoutLab = build(SECTION_9.filter((file) => !file.path.includes("lab")));
    expect(nextLink(withoutLab, findEntry(withoutLab, "s9-l12")!)).toBeUndefined();
    expect(nextLink(withoutLab, findEntry(withoutLab, "s9-l11")!)?.href).toBe("/lessons/s9-l12/1");
  });
});

describe("section anchors for the outline's jump list", () => {
  it("names each section's heading after the section, uniquely, and never after an id the page has", () => {
    const course = build([
      lesson("welcome.md", { title: "Welcome" }),
      lesson("_posts/a.md", { title: "A", section: "Section-2" }),
      lesson("_posts/b.md", { title: "B", section: "section 2" }),
      lesson("_posts/c.md", { title: "C", section: "Main" }),
      lesson("_posts/d.md", { title: "D", section: "'Café Ünïcode / Week 3!'" }),
      lesson("_posts/e.md", { title: "E", section: "'\"><script>'" }),
    ]);
    expect(course.sections.map((section) => section.key)).toEqual(["", "\"><script>", "Café Ünïcode / Week 3!", "Main", "section 2", "Section-2"]);
    expect(sectionAnchors(course.sections)).toEqual(["lessons", "script", "café-ünïcode-week-3", "main-2", "section-2", "section-2-2"]);
  });
});
