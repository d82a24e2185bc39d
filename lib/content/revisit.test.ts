import { describe, expect, it } from "vitest";
import { parseClassifyQuiz } from "../quiz/parse";
import type { ClassifyQuiz } from "../quiz/types";
import { classifyQuiz, LAB, NETWORK_LESSON, ROOT_LESSON } from "./__fixtures__/lesson-links-course";
import { buildCourse, findEntry } from "./course";
import { lessonSuggestions } from "./lesson-suggestions";
import { withRevisits } from "./revisit";

const QUIZ = "_quizzes/2024-3-16-quiz.md";
const ITEMS = [
  ["Close the account", "Only root can.", "Lesson: [Root-only actions](../_posts/2024-3-14-root-user.md#root-only-actions)"],
  ["Register the root user's authenticator app", "The root user assigns its own MFA device."],
  ["Change the support plan", "Only root could.", "Lesson: [Gone](../_posts/2024-3-14-root-user.md#9)"],
  ["Filter traffic with a security group", "Any IAM identity with the permission."],
] as const;

function loaded() {
  const { course } = buildCourse([ROOT_LESSON, LAB, NETWORK_LESSON, classifyQuiz(QUIZ, ITEMS)]);
  const entry = findEntry(course, "quiz")!;
  const quiz = parseClassifyQuiz(entry.file, entry.quiz!.parts, () => "").quiz!;
  return { course, entry, quiz: withRevisits(course, entry, quiz) as ClassifyQuiz };
}

describe("withRevisits", () => {
  it("links each item to the slide its Lesson: line names, else to the best slide of the quiz's section, marked suggested", () => {
    const { quiz } = loaded();
    expect(quiz.items.map((item) => [item.text, item.revisit])).toEqual([
      ["Close the account", { href: "/lessons/root-user/2", title: "Root-only actions", suggested: false }],
      ["Register the root user's authenticator app", { href: "/lessons/lab/1", title: "Add MFA", suggested: true }],
      // A Lesson: line that names no slide gets no link: the check reports it, and a guess would hide it.
      ["Change the support plan", undefined],
      // The only slide about security groups is in another section.
      ["Filter traffic with a security group", undefined],
      ["Launch an instance", undefined],
    ]);
    // The browser gets the link, not the Lesson: line it came from.
    expect(quiz.items.filter((item) => "lesson" in item)).toEqual([]);
  });

  it("agrees with the suggestions the check prints", () => {
    const { course } = loaded();
    expect(lessonSuggestions(course)).toEqual([
      {
        file: QUIZ,
        line: 13,
        slide: { slug: "lab", slide: 1, title: "Add MFA", suggested: true },
        lessonLine: "Lesson: [Add MFA](../_hands_on/2024-3-15-lab.md#1)",
      },
      { file: QUIZ, line: 18 },
      { file: QUIZ, line: 21 },
    ]);
  });
});
