import { describe, expect, it } from "vitest";
import { classifyQuiz } from "./__fixtures__/lesson-links-course";
import { checkCourse } from "./check";
import { lessonLineFor, lessonSuggestions } from "./lesson-suggestions";
import { formatContentError } from "./errors";

describe("lessonLineFor", () => {
  it("writes the link from the quiz's folder, escaping what would break it", () => {
    expect(lessonLineFor("_quizzes/q.md", "_posts/2024-3-14-root-user.md", 3, "Root-only actions")).toBe("Lesson: [Root-only actions](../_posts/2024-3-14-root-user.md#3)");
    expect(lessonLineFor("week 2/quizzes/q.md", "week 1/intro (draft).md", 2, "Use [brackets] #1")).toBe(
      "Lesson: [Use \\[brackets\\] #1](../../week%201/intro%20%28draft%29.md#2)",
    );
  });

  it("gives lines that, pasted under their items, pass the check and name the suggested slide", () => {
    const lesson = {
      path: "week 1/intro (draft).md",
      source: "---\ntitle: Intro\nsection: Week 1\n---\n## Keys [and] locks\n\nRotate access keys.\n\n<!-- pagebreak -->\n\n## Budgets\n\nA budget warns before the monthly bill grows.\n",
    };
    const quizWith = (lines: readonly string[]) => classifyQuiz("week 1/quizzes/q.md", [["Set a budget for the monthly bill", "Anyone can.", ...lines]], "Week 1");
    const before = checkCourse([lesson, quizWith([])], { fileExists: () => false });
    const [suggestion] = lessonSuggestions(before.course);
    expect(suggestion?.lessonLine).toBe("Lesson: [Budgets](../intro%20%28draft%29.md#2)");
    const after = checkCourse([lesson, quizWith([suggestion!.lessonLine!])], { fileExists: () => false });
    expect(after.findings.map(formatContentError)).toEqual([]);
    // Only the quiz's other action ("Launch an instance") is left without a Lesson: line, and no slide matches it.
    expect(lessonSuggestions(after.course)).toEqual([{ file: "week 1/quizzes/q.md", line: 14 }]);
  });
});
