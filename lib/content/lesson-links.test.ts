import { describe, expect, it } from "vitest";
import { LAB, NETWORK_LESSON, ROOT_LESSON, classifyQuiz } from "./__fixtures__/lesson-links-course";
import { buildCourse, type SourceFile } from "./course";
import { resolveLessonLine } from "./lesson-links";

const QUIZ = "_quizzes/2024-3-16-quiz.md";

function courseOf(...extra: SourceFile[]) {
  return buildCourse([ROOT_LESSON, LAB, NETWORK_LESSON, classifyQuiz(QUIZ, [["Close the account", "Only root can."]]), ...extra]).course;
}

const resolve = (href: string, ...extra: SourceFile[]) => resolveLessonLine(courseOf(...extra), QUIZ, href);

describe("resolveLessonLine", () => {
  it("finds slide 1 without a fragment, a slide by its number, and the slide holding a heading", () => {
    expect(resolve("../_posts/2024-3-14-root-user.md")).toEqual({ found: { slug: "root-user", slide: 1, title: "Overview of root user access", suggested: false } });
    expect(resolve("../_posts/2024-3-14-root-user.md#3")).toEqual({ found: { slug: "root-user", slide: 3, title: "Best practices", suggested: false } });
    expect(resolve("../_posts/2024-3-14-root-user.md#root-only-actions")).toEqual({ found: { slug: "root-user", slide: 2, title: "Root-only actions", suggested: false } });
    expect(resolve("/_hands_on/2024-3-15-lab.md#add-mfa")).toEqual({ found: { slug: "lab", slide: 1, title: "Add MFA", suggested: false } });
    // Any section: an author may point at any lesson; only suggestions keep to the quiz's section.
    expect(resolve("../_posts/2024-4-1-networks.md")).toMatchObject({ found: { slug: "networks", slide: 1 } });
  });

  it("says what is wrong with a link that names no slide", () => {
    const problems = [
      "../_posts/2024-3-14-root-user.md#9",
      "../_posts/2024-3-14-root-user.md#0",
      "../_posts/2024-3-14-root-user.md#best-practise",
      "../_posts/2024-3-14-root-user.md#networking",
      "../_posts/2024-3-14-root-usr.md#2",
      "2024-3-14-root-user.md",
      "../_posts/gone.md",
      "2024-3-16-quiz.md",
      "https://example.com/lesson",
      "#2",
      "../../outside.md",
    ].map((href) => [href, (resolve(href) as { problem?: string }).problem]);
    expect(Object.fromEntries(problems)).toMatchInlineSnapshot(`
      {
        "#2": "expected a link to a lesson's Markdown file in this course (like ../_posts/lesson.md#3), found only an anchor: write the lesson's file before it",
        "../../outside.md": "expected a link to a lesson's Markdown file in this course (like ../_posts/lesson.md#3), found a path outside the course folder",
        "../_posts/2024-3-14-root-user.md#0": "no slide 0: the lesson has 3 slides, numbered from 1",
        "../_posts/2024-3-14-root-user.md#9": "no slide 9: the lesson has 3 slides",
        "../_posts/2024-3-14-root-user.md#best-practise": "no heading #best-practise in _posts/2024-3-14-root-user.md (did you mean #best-practices?)",
        "../_posts/2024-3-14-root-user.md#networking": "no heading #networking in _posts/2024-3-14-root-user.md: link a slide by its number (#1 to #3) or by a heading's anchor, like #overview-of-root-user-access",
        "../_posts/2024-3-14-root-usr.md#2": "expected a lesson or hands-on guide at _posts/2024-3-14-root-usr.md, found none (did you mean ../_posts/2024-3-14-root-user.md?)",
        "../_posts/gone.md": "expected a lesson or hands-on guide at _posts/gone.md, found none",
        "2024-3-14-root-user.md": "expected a lesson or hands-on guide at _quizzes/2024-3-14-root-user.md, found none (did you mean ../_posts/2024-3-14-root-user.md?)",
        "2024-3-16-quiz.md": "expected a lesson or hands-on guide, found the quiz _quizzes/2024-3-16-quiz.md",
        "https://example.com/lesson": "expected a link to a lesson's Markdown file in this course (like ../_posts/lesson.md#3), found a web address",
      }
    `);
  });

  it("names a lesson that could not be loaded rather than calling it missing", () => {
    const broken = { path: "_posts/2024-3-20-broken.md", source: "---\ntitle: [unclosed\n---\nText.\n" };
    expect(resolve("../_posts/2024-3-20-broken.md#2", broken)).toEqual({ problem: "_posts/2024-3-20-broken.md could not be loaded: fix its errors first" });
  });
});
