import { describe, expect, it } from "vitest";
import { validateFrontMatter } from "@/lib/content/front-matter";
import { formatted, partsOf, toHtml } from "./__fixtures__/quiz-source";
import { parseChoiceQuiz, parseClassifyQuiz } from "./parse";
import { classifyQuizFrontMatterSchema, quizFrontMatterSchema } from "./schema";

const FILE = "quizzes/settings.md";

/** A one-question choice quiz with these front matter lines after its title. */
function choiceQuiz(frontMatter: string): string {
  return `---\ntitle: Settings\n${frontMatter}\n---\n## Question 1\n\nWhich?\n\n- A) This\n  - Correct: Yes.\n- B) That\n  - Incorrect: No.\n`;
}

function settingsOf(frontMatter: string) {
  const { quiz, errors } = parseChoiceQuiz(FILE, partsOf(FILE, choiceQuiz(frontMatter)), toHtml);
  expect(formatted(errors)).toEqual([]);
  return { mode: quiz?.mode, pass: quiz?.pass, shuffle: quiz?.shuffle };
}

function frontMatterErrors(frontMatter: string): string[] {
  const result = validateFrontMatter(quizFrontMatterSchema, FILE, partsOf(FILE, choiceQuiz(frontMatter)));
  return "errors" in result ? formatted(result.errors) : [];
}

describe("quiz front matter", () => {
  it("defaults to practice mode, a pass mark of 80% and shuffling", () => {
    expect(settingsOf("layout: quiz")).toEqual({ mode: "practice", pass: 0.8, shuffle: true });
  });

  it("reads the pass mark as a number or as percent text, as a fraction in the quiz", () => {
    expect(settingsOf("pass: 75").pass).toBe(0.75);
    expect(settingsOf('pass: "80%"').pass).toBe(0.8);
    expect(settingsOf("pass: 62.5 %").pass).toBe(0.625);
    expect(settingsOf("pass: 0").pass).toBe(0);
    expect(settingsOf("pass: 100").pass).toBe(1);
  });

  it("reads exam mode and shuffle off", () => {
    expect(settingsOf("mode: exam\nshuffle: false")).toEqual({ mode: "exam", pass: 0.8, shuffle: false });
  });

  it("accepts a lesson slug or number, and ignores a Jekyll categories list on a choice quiz", () => {
    expect(frontMatterErrors("lesson: root-user\ncategories: [aws, quiz]")).toEqual([]);
    expect(frontMatterErrors("lesson: 18")).toEqual([]);
  });

  it("reports a pass mark outside 0–100, a fraction, text that is no number, and unknown modes", () => {
    expect(frontMatterErrors("pass: 120")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: pass: expected a percentage from 0 to 100, found 120",
      ]
    `);
    expect(frontMatterErrors('pass: "120%"')).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: pass: expected a percentage from 0 to 100, found 120",
      ]
    `);
    expect(frontMatterErrors("pass: -5")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: pass: expected a percentage from 0 to 100, found -5",
      ]
    `);
    expect(frontMatterErrors("pass: 0.75")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: pass: expected a percentage from 0 to 100, found 0.75; for 75% write \`pass: 75\`",
      ]
    `);
    expect(frontMatterErrors("pass: eighty")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: pass: expected a number, found the text "eighty"",
      ]
    `);
    expect(frontMatterErrors("mode: test\nshuffle: sometimes")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:3:1: error: mode: expected one of "practice", "exam", found the text "test"",
        "quizzes/settings.md:4:1: error: shuffle: expected true or false, found the text "sometimes"",
      ]
    `);
  });
});

describe("classify quiz front matter", () => {
  function classifyErrors(frontMatter: string): string[] {
    const source = `---\ntitle: Sort\nkind: classify\n${frontMatter}\n---\n`;
    const result = validateFrontMatter(classifyQuizFrontMatterSchema, FILE, partsOf(FILE, source));
    return "errors" in result ? formatted(result.errors) : [];
  }

  it("reads categories in the order written, trimmed", () => {
    const source = "---\ntitle: Sort\nkind: classify\ncategories:\n  b: ' Second '\n  a: First\n---\n## Second\n\n- One\n\n## a\n\n- Two\n";
    const { quiz, errors } = parseClassifyQuiz(FILE, partsOf(FILE, source), toHtml);
    expect(formatted(errors)).toEqual([]);
    expect(quiz?.categories).toEqual([
      { key: "b", label: "Second" },
      { key: "a", label: "First" },
    ]);
  });

  it("reports categories that are not a mapping of text labels, or fewer than 2", () => {
    expect(classifyErrors("categories: root-only")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:4:1: error: categories: expected a mapping of category keys to labels (like \`root-only: Root user only\`, one per line), found the text "root-only"",
      ]
    `);
    expect(classifyErrors("categories:\n  - root-only\n  - delegable")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:4:1: error: categories: expected a mapping of category keys to labels (like \`root-only: Root user only\`, one per line), found a list",
      ]
    `);
    expect(classifyErrors("categories: {}")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:4:1: error: categories: expected at least 2 categories to sort items into, found none",
      ]
    `);
    expect(classifyErrors("categories:\n  root-only: Root user only\n  delegable:\n    label: Delegable")).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:4:1: error: categories.delegable: expected the label learners see (like \`root-only: Root user only\`), found a mapping",
      ]
    `);
  });

  it("says where categories go when a file has no front matter at all", () => {
    const result = validateFrontMatter(classifyQuizFrontMatterSchema, FILE, partsOf(FILE, "## Root user only\n\n- Close\n"));
    expect("errors" in result ? formatted(result.errors) : []).toMatchInlineSnapshot(`
      [
        "quizzes/settings.md:1:1: error: title: expected text, found nothing; add \`title: …\` between two \`---\` lines at the top of the file",
        "quizzes/settings.md:1:1: error: categories: expected a mapping of category keys to labels (like \`root-only: Root user only\`, one per line), found nothing; add \`categories: …\` between two \`---\` lines at the top of the file",
      ]
    `);
  });
});
