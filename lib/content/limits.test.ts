import { describe, expect, it } from "vitest";
import { checkCourse } from "./check";
import { formatContentError } from "./errors";
import { LIMITS } from "./limits";

/** Every finding of a course of one file, as `npm run check:content` prints it. */
function check(path: string, source: string): string[] {
  return checkCourse([{ path, source }], { fileExists: () => true }).findings.map(formatContentError);
}

const lesson = (body: string) => `---\ntitle: Big\n---\n\n${body}`;

describe("limits on untrusted course files", () => {
  it("refuses a file over the size limit before parsing it", () => {
    const findings = check("_posts/huge.md", lesson("word ".repeat(4 * 1024 * 1024)));
    expect(findings).toEqual(["_posts/huge.md:1:1: error: the file is 20.0 MB; expected at most 256 KB: split it into several lessons"]);
  });

  it("counts the size in UTF-8 bytes", () => {
    // 100,000 characters of three bytes each: 300,000 bytes.
    expect(check("_posts/wide.md", lesson("€".repeat(100_000)))[0]).toContain("the file is 293 KB; expected at most 256 KB");
    expect(check("_posts/fits.md", lesson("€".repeat(50_000))).filter((line) => line.includes("error"))).toEqual([]);
  });

  it("refuses 5,000 nested block quotes with a file:line error, not a stack overflow", () => {
    expect(check("_posts/quotes.md", lesson(`${">".repeat(5000)} deep\n`))).toEqual([
      "_posts/quotes.md:5:1: error: this line starts 5000 levels deep (indentation, lists and quotes); expected at most 16 levels of lists and quotes",
    ]);
  });

  it("refuses lists nested hundreds deep (indented the usual way) at the first line too deep", () => {
    const body = Array.from({ length: 200 }, (_, depth) => `${"  ".repeat(depth)}- item ${depth}`).join("\n");
    expect(check("_posts/lists.md", lesson(body))).toEqual([
      "_posts/lists.md:37:1: error: this line starts 33 levels deep (indentation, lists and quotes); expected at most 16 levels of lists and quotes",
    ]);
  });

  it("refuses lists nested 17 deep by the parsed tree, and accepts 16", () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- level ${level + 1}`).join("\n");
    expect(check("_posts/ok.md", lesson(nested(LIMITS.nesting))).filter((line) => line.includes("error"))).toEqual([]);
    expect(check("_posts/deep.md", lesson(nested(LIMITS.nesting + 1)))).toEqual([
      "_posts/deep.md:21:1: error: lists and block quotes are nested 17 deep here; expected at most 16",
    ]);
  });

  it("does not count indentation inside fenced code as nesting", () => {
    const code = "```json\n" + Array.from({ length: 80 }, (_, depth) => `${" ".repeat(depth * 2)}{`).join("\n") + "\n```\n";
    expect(check("_posts/code.md", lesson(code)).filter((line) => line.includes("error"))).toEqual([]);
  });

  it("refuses raw HTML nested deeper than the limit, which rendering would overflow", () => {
    const deep = `${"<div>".repeat(5000)}x${"</div>".repeat(5000)}\n`;
    expect(check("_posts/div.md", lesson(deep))).toEqual(["_posts/div.md:5:1: error: HTML elements are nested more than 16 deep here; expected at most 16"]);
    // Paragraphs and list items close themselves: many unclosed ones are not nesting.
    const flat = Array.from({ length: 100 }, (_, index) => `<p>paragraph ${index}`).join("\n") + "\n";
    expect(check("_posts/p.md", lesson(flat)).filter((line) => line.includes("error"))).toEqual([]);
  });

  it("refuses a paragraph of thousands of emphasis markers, whose parse is quadratic", () => {
    expect(check("_posts/stars.md", lesson(`${"*a".repeat(40_000)}\n`))).toEqual([
      "_posts/stars.md:5:1: error: this paragraph has more than 1000 emphasis and link markers (*, _, ~, [); expected fewer: split it, or put the text in a code block",
    ]);
    // The same markers spread over paragraphs are fine.
    const spread = Array.from({ length: 100 }, () => "*a* _b_ [c](https://example.com)").join("\n\n");
    expect(check("_posts/spread.md", lesson(spread)).filter((line) => line.includes("error"))).toEqual([]);
    // Markers in inline code are text, and a table is matched cell by cell: neither counts.
    const code = Array.from({ length: 600 }, () => "`AWS_ACCESS_KEY_ID` and `**kwargs`").join("\n");
    expect(check("_posts/code.md", lesson(code)).filter((line) => line.includes("error"))).toEqual([]);
    const table = `| name | note |\n| --- | --- |\n${Array.from({ length: 600 }, (_, row) => `| *row* ${row} | __bold__ |`).join("\n")}\n`;
    expect(check("_posts/table.md", lesson(table)).filter((line) => line.includes("error"))).toEqual([]);
  });

  it("refuses a lesson of more slides than the limit, pointing at the first one too many", () => {
    const slides = Array.from({ length: 600 }, (_, index) => `## Slide ${index + 1}\n\nText.\n`).join("\n<!-- pagebreak -->\n\n");
    const findings = check("_posts/slides.md", lesson(slides));
    expect(findings).toEqual([
      `_posts/slides.md:${5 + 6 * LIMITS.slidesPerLesson}:1: error: the lesson has 600 slides; expected at most 500 (slide 501 starts here): split it into several lessons`,
    ]);
  });

  it("refuses a quiz of more questions than the limit", () => {
    const questions = Array.from({ length: 600 }, (_, index) => `## Question ${index + 1}\n\nWhat?\n\n- A) yes\n  - Correct: yes.\n- B) no\n  - Incorrect: no.\n`).join("\n");
    const findings = check("quizzes/big.md", `---\ntitle: Big quiz\nkind: quiz\n---\n\n${questions}`);
    expect(findings).toEqual([
      `quizzes/big.md:${6 + 9 * LIMITS.quizItems}:1: error: the quiz has 600 questions; expected at most 500 (number 501 starts here): split it into several quizzes`,
    ]);
  });

  it("refuses a classification quiz of more actions than the limit", () => {
    const actions = Array.from({ length: 501 }, (_, index) => `- Action ${index + 1}\n  - Explanation: why.\n`).join("");
    const findings = check("quizzes/sort.md", `---\ntitle: Sort\nkind: classify\ncategories:\n  a: A\n  b: B\n---\n\n## A\n\n${actions}\n## B\n\n- Other\n  - Explanation: why.\n`);
    expect(findings).toEqual([`quizzes/sort.md:${11 + 2 * LIMITS.quizItems}:1: error: the quiz has 502 actions; expected at most 500 (number 501 starts here): split it into several quizzes`]);
  });
});
