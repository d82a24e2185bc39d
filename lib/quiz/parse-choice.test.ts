import { describe, expect, it } from "vitest";
import { fixture, parserFor, partsOf } from "./__fixtures__/quiz-source";
import { looksLikeChoiceQuiz, parseChoiceQuiz } from "./parse";
import type { ChoiceQuiz } from "./types";

const FILE = "_quizzes/2023-1-9-s14-quiz.md";

const { quizOf, errorsOf } = parserFor(FILE, parseChoiceQuiz);

/** A choice quiz whose body starts on line 4. */
function choice(body: string): string {
  return `---\ntitle: Section 14 quiz\n---\n${body}`;
}

/** A well-formed question, to put next to the one under test. */
const GOOD_QUESTION = "- A) Yes\n  - Correct: It is.\n- B) No\n  - Incorrect: It is not.\n";

/** The shape of a quiz's questions: id, line, multiple, and each option as `id correct|wrong: text`. */
function outline(quiz: ChoiceQuiz) {
  return quiz.questions.map((question) => ({
    id: question.id,
    line: question.line,
    multiple: question.multiple,
    options: question.options.map((option) => `${option.id} ${option.correct ? "correct" : "wrong"}: ${option.html}`),
  }));
}

describe("parseChoiceQuiz on the course's quiz files", () => {
  it("reads choice-colon.md (`## Question 1:` headings, prompt on the heading, a Source line)", () => {
    const quiz = quizOf(fixture("choice-colon.md"));
    expect(quiz).toEqual({
      kind: "choice",
      title: "Section 14 quiz",
      introHtml: "",
      mode: "practice",
      pass: 0.8,
      shuffle: true,
      questions: [
        {
          id: "q1",
          promptHtml: "<p>Which user has complete access to all AWS services and resources in an account?</p>",
          options: [
            {
              id: "a",
              html: "An IAM user with AdministratorAccess",
              text: "An IAM user with AdministratorAccess",
              line: 10,
              correct: false,
              explanationHtml: "<p>Administrators can be limited by policies and cannot do root-only tasks.</p>",
            },
            { id: "b", html: "The root user", text: "The root user", line: 12, correct: true, explanationHtml: "<p>The root user is created with the account and has complete access.</p>" },
            { id: "c", html: "The billing contact", text: "The billing contact", line: 14, correct: false, explanationHtml: "<p>Contacts are not identities at all.</p>" },
          ],
          multiple: false,
          sources: [{ url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html", label: "AWS account root user" }],
          line: 6,
        },
        {
          id: "q2",
          promptHtml: "<p>What should you do with the root user's access keys?</p>",
          options: [
            { id: "a", html: "Delete them", text: "Delete them", line: 23, correct: true, explanationHtml: "<p>The root user should have no access keys.</p>" },
            { id: "b", html: "Rotate them every 90 days", text: "Rotate them every 90 days", line: 25, correct: false, explanationHtml: "<p>Rotating keeps a key that should not exist.</p>" },
          ],
          multiple: false,
          sources: [],
          line: 21,
        },
      ],
    });
  });

  it("reads choice-plain.md (`## Question 1`, labels `A.` `(a)` `c -`, bold and lower-case notes, a bare `Incorrect`)", () => {
    const quiz = quizOf(fixture("choice-plain.md"));
    expect(quiz.questions.map((question) => question.promptHtml)).toEqual([
      "<p>Which user should you use for <strong>everyday</strong> work?</p>",
      "<p>Why turn on multi-factor authentication for the root user?</p>",
    ]);
    expect(outline(quiz)).toEqual([
      {
        id: "q1",
        line: 8,
        multiple: false,
        options: ["a wrong: The root user", "b correct: An IAM Identity Center user with only the permissions the work needs"],
      },
      {
        id: "q2",
        line: 19,
        multiple: false,
        options: [
          "a correct: So a stolen password alone cannot sign in",
          "b wrong: Because AWS charges less for accounts with MFA",
          "c wrong: To allow <code>root</code> to use the CLI",
        ],
      },
    ]);
    expect(quiz.questions.flatMap((question) => question.options.map((option) => option.explanationHtml))).toEqual([
      "<p>Keep the root user for the few tasks only it can do.</p>",
      "<p>Least privilege limits what a mistake can break.</p>",
      // The paragraph after the note belongs to the explanation too.
      "<p>a second factor is needed as well.</p>\n<p>Hardware keys resist phishing best.</p>",
      "<p>MFA has no effect on the bill.</p>",
      "",
    ]);
  });

  it("reads choice-mixed-3-and-4-options.md", () => {
    expect(outline(quizOf(fixture("choice-mixed-3-and-4-options.md")))).toEqual([
      { id: "q1", line: 4, multiple: false, options: ["a correct: AWS CloudTrail", "b wrong: Amazon CloudWatch", "c wrong: AWS Config"] },
      {
        id: "q2",
        line: 17,
        multiple: false,
        options: ["a correct: The credential report", "b wrong: The billing dashboard", "c wrong: Amazon Inspector", "d wrong: AWS Artifact"],
      },
    ]);
  });

  it("reads choice-select-all.md as a question with several correct options, and its settings", () => {
    const quiz = quizOf(fixture("choice-select-all.md"));
    expect(quiz).toMatchObject({ title: "Root-only tasks", mode: "exam", shuffle: false, pass: 0.75 });
    expect(outline(quiz)).toEqual([
      {
        id: "q1",
        line: 8,
        multiple: true,
        options: [
          "a correct: Register as a seller in the Reserved Instance Marketplace",
          "b wrong: Launch an EC2 instance",
          "c correct: Enable MFA Delete on an S3 bucket",
          "d wrong: Create an IAM user",
        ],
      },
    ]);
    expect(quiz.questions[0]!.promptHtml).toBe("<p>Which of these are root-only? (Select all that apply)</p>");
  });

  it("reads choice-pagebreak-in-option.md, dropping the marker indented under the last option", () => {
    const quiz = quizOf(fixture("choice-pagebreak-in-option.md"));
    expect(outline(quiz)).toEqual([
      { id: "q1", line: 4, multiple: false, options: ["a correct: A service control policy", "b wrong: An IAM permissions boundary"] },
      { id: "q2", line: 15, multiple: false, options: ["a wrong: Yes", "b correct: No"] },
    ]);
    expect(quiz.questions[0]!.options[1]!.explanationHtml).toBe("<p>Boundaries attach to IAM users and roles, never to the root user.</p>");
  });

  it("reads the same quizzes from CRLF files", () => {
    for (const name of ["choice-colon.md", "choice-plain.md", "choice-pagebreak-in-option.md"]) {
      const lf = fixture(name);
      expect(quizOf(lf.replace(/\n/g, "\r\n")), name).toEqual(quizOf(lf));
    }
  });
});

describe("parseChoiceQuiz: questions", () => {
  it("reads the intro before the first question, ## headings included", () => {
    const quiz = quizOf(choice(`Ten questions on **root**.\n\n## Before you start\n\nTake your time.\n\n## Question 1\n\nSure?\n\n${GOOD_QUESTION}`));
    expect(quiz.introHtml).toBe("<p>Ten questions on <strong>root</strong>.</p>\n<h2>Before you start</h2>\n<p>Take your time.</p>");
    expect(quiz.questions.map((question) => [question.id, question.line])).toEqual([["q1", 10]]);
  });

  it("accepts `Question N` with `.` or `)`, any case, and keeps the markup of a prompt written on the heading", () => {
    const quiz = quizOf(choice(`## question 3. Is *root* special?\n\n${GOOD_QUESTION}\n## QUESTION 4)\n\nWell?\n\n${GOOD_QUESTION}`));
    expect(quiz.questions.map((question) => [question.id, question.promptHtml])).toEqual([
      ["q3", "<p>Is <em>root</em> special?</p>"],
      ["q4", "<p>Well?</p>"],
    ]);
  });

  it("joins a prompt on the heading with the paragraphs, code and lists under it", () => {
    const quiz = quizOf(choice(`## Question 1: Consider this policy.\n\n\`\`\`\n{}\n\`\`\`\n\n- It is empty\n- It is valid JSON\n\nWhat does it allow?\n\n${GOOD_QUESTION}`));
    expect(quiz.questions[0]!.promptHtml).toBe(
      '<p>Consider this policy.</p>\n<div class="code-block"><div class="code-block-bar"></div><pre tabindex="0"><code>{}\n</code></pre></div>\n<ul>\n<li>It is empty</li>\n<li>It is valid JSON</li>\n</ul>\n<p>What does it allow?</p>',
    );
    expect(quiz.questions[0]!.options).toHaveLength(2);
  });

  it("gives questions that share a number distinct ids, without an error", () => {
    const quiz = quizOf(choice(`## Question 1\n\nA?\n\n${GOOD_QUESTION}\n## Question 1\n\nB?\n\n${GOOD_QUESTION}\n## Question 1\n\nC?\n\n${GOOD_QUESTION}`));
    expect(quiz.questions.map((question) => question.id)).toEqual(["q1", "q1-2", "q1-3"]);
  });

  it("collects Source lines from anywhere in the question: above, after, or under an option", () => {
    const body = [
      "## Question 1",
      "",
      "Which?",
      "",
      "Source: [Prompt source](https://example.com/prompt)",
      "",
      "- A) Yes",
      "  - Correct: Because.",
      "  - Sources: <https://docs.aws.amazon.com/a>, [B](https://example.com/b)",
      "- B) No",
      "  - Incorrect: Because not.",
      "",
      "Sources:",
      "",
      "- [Listed](https://example.com/listed)",
      "- www.example.org",
      "",
    ].join("\n");
    const question = quizOf(choice(body)).questions[0]!;
    expect(question.sources).toEqual([
      { url: "https://example.com/prompt", label: "Prompt source" },
      { url: "https://example.com/listed", label: "Listed" },
      { url: "http://www.example.org", label: "www.example.org" },
      { url: "https://docs.aws.amazon.com/a", label: "docs.aws.amazon.com" },
      { url: "https://example.com/b", label: "B" },
    ]);
    expect(question.promptHtml).toBe("<p>Which?</p>");
    expect(question.options[0]!.explanationHtml).toBe("<p>Because.</p>");
  });

  it("keeps one Lesson line from anywhere a Source line may be: above, under an option, or after the options", () => {
    const lessonAt = (placed: string) => quizOf(choice(placed)).questions[0]!.lesson;
    expect(lessonAt(`## Question 1\n\nWhich?\n\nLesson: [Root](../_posts/root.md#2)\n\n${GOOD_QUESTION}`)).toEqual({ href: "../_posts/root.md#2", line: 8 });
    expect(lessonAt("## Question 1\n\nWhich?\n\n- A) Yes\n  - Correct: It is.\n  - Lesson: [Root](../_posts/root.md#3)\n- B) No\n  - Incorrect: No.\n")).toEqual({
      href: "../_posts/root.md#3",
      line: 10,
    });
    const after = quizOf(choice(`## Question 1\n\nWhich?\n\n${GOOD_QUESTION}\nLesson: [Root](../_posts/root.md#mfa)\n\nSource: [Docs](https://example.com)\n`)).questions[0]!;
    expect(after).toMatchObject({ lesson: { href: "../_posts/root.md#mfa", line: 13 }, sources: [{ url: "https://example.com", label: "Docs" }] });
    expect(after.options.map((option) => option.explanationHtml)).toEqual(["<p>It is.</p>", "<p>It is not.</p>"]);
    expect(lessonAt(`## Question 1\n\nWhich?\n\n${GOOD_QUESTION}`)).toBeUndefined();
  });

  it("continues the options in a list right after them (the author switched bullet marker)", () => {
    const quiz = quizOf(choice("## Question 1\n\nWhich?\n\n- A) One\n  - Correct: Yes.\n\n* B) Two\n  * Incorrect: No.\n"));
    expect(outline(quiz)[0]!.options).toEqual(["a correct: One", "b wrong: Two"]);
  });

  it("takes a note written as a paragraph after the option text, and keeps the option's letters out of its text", () => {
    const quiz = quizOf(choice("## Question 1\n\nWhich?\n\n- **A)** One\n\n  Correct. It is one.\n- A.B. Two\n  - Incorrect: Not one.\n"));
    expect(outline(quiz)[0]!.options).toEqual(["a correct: One", "b wrong: A.B. Two"]);
    expect(quiz.questions[0]!.options[0]!.explanationHtml).toBe("<p>It is one.</p>");
  });

  it("gives options ids a, b, … z, aa, ab… in source order", () => {
    const options = Array.from({ length: 28 }, (_, index) => `- Option ${index + 1}\n  - ${index === 0 ? "Correct" : "Incorrect"}`).join("\n");
    const quiz = quizOf(choice(`## Question 1\n\nWhich?\n\n${options}\n`));
    expect(quiz.questions[0]!.options.map((option) => option.id).slice(24)).toEqual(["y", "z", "aa", "ab"]);
  });
});

describe("parseChoiceQuiz: errors", () => {
  it("reports a question without an options list, saying whether it found a list without notes", () => {
    expect(errorsOf(choice(`## Question 1\n\nWhich user?\n\n## Question 2\n\nWhich?\n\n- A) Root\n- B) Admin\n\n## Question 3\n\nOK?\n\n${GOOD_QUESTION}`))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected the options of Question 1 as a list, each option with a nested \`- Correct: …\` or \`- Incorrect: …\` note, found no list",
        "_quizzes/2023-1-9-s14-quiz.md:8:1: error: expected the options of Question 2 as a list, each option with a nested \`- Correct: …\` or \`- Incorrect: …\` note, found a list without notes (line 12)",
      ]
    `);
  });

  it("reports an option without a Correct/Incorrect note at its line, hinting when the note lost its indent", () => {
    expect(errorsOf(choice("## Question 1\n\nWhich?\n\n- A) Root\n  - Correct: Yes.\n- B) Admin\n  - Maybe: it depends.\n- C) Nobody\n- Incorrect: Nobody is nobody.\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:10:1: error: expected a nested \`- Correct: …\` or \`- Incorrect: …\` note under option B of Question 1, found none",
        "_quizzes/2023-1-9-s14-quiz.md:12:1: error: expected a nested \`- Correct: …\` or \`- Incorrect: …\` note under option C of Question 1, found none",
        "_quizzes/2023-1-9-s14-quiz.md:13:1: error: expected a nested \`- Correct: …\` or \`- Incorrect: …\` note under option D of Question 1, found none; indent the note under the option it belongs to",
      ]
    `);
  });

  it("reports a question without a correct option", () => {
    expect(errorsOf(choice("## Question 1\n\nWhich?\n\n- A) Root\n  - Incorrect: No.\n- B) Admin\n  - Incorrect: No.\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected at least one option of Question 1 noted \`Correct\`, found only \`Incorrect\` notes",
      ]
    `);
  });

  it("reports a question with fewer than 2 options", () => {
    expect(errorsOf(choice("## Question 1\n\nWhich?\n\n- A) Root\n  - Correct: Only choice.\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected at least 2 options for Question 1, found 1",
      ]
    `);
  });

  it("reports a file without questions, at its first line of content or its last line", () => {
    expect(errorsOf(choice("# Section 14 quiz\n\nWhich user?\n\n- A) Root\n  - Correct: Yes.\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected questions under \`## Question 1\`, \`## Question 2\`, … headings, found none",
      ]
    `);
    expect(errorsOf(choice("\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected questions under \`## Question 1\`, \`## Question 2\`, … headings, found none",
      ]
    `);
  });

  it("reports a `##` heading that is not a question once questions have started, skipping what is under it", () => {
    expect(errorsOf(choice(`## Question 1\n\nA?\n\n${GOOD_QUESTION}\n## Question two\n\nB?\n\n- A) Yes\n\n## Summary\n\nWell done.\n`))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:13:1: error: expected \`## Question N\`, found \`## Question two\`",
        "_quizzes/2023-1-9-s14-quiz.md:19:1: error: expected \`## Question N\`, found \`## Summary\`",
      ]
    `);
  });

  it("reports a malformed Lesson line and a question's second one, wherever it is", () => {
    const body = `## Question 1\n\nA?\n\nLesson: see the lesson\n\n${GOOD_QUESTION}\n## Question 2\n\nB?\n\nLesson: [One](a.md#1)\n\n- A) Yes\n  - Correct: It is.\n  - Lesson: [Two](a.md#2)\n- B) No\n  - Incorrect: No.\n\nLesson: [Three](a.md#3)\n`;
    expect(errorsOf(choice(body))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:8:1: error: expected a link after \`Lesson:\` to the slide that teaches the item (like \`Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)\`), found "Lesson: see the lesson"",
        "_quizzes/2023-1-9-s14-quiz.md:23:1: error: expected one \`Lesson:\` line for Question 2, found another (the first is on line 19)",
        "_quizzes/2023-1-9-s14-quiz.md:27:1: error: expected one \`Lesson:\` line for Question 2, found another (the first is on line 19)",
      ]
    `);
  });

  it("reports each block after the options but Source and Lesson lines", () => {
    expect(errorsOf(choice(`## Question 1\n\nA?\n\n${GOOD_QUESTION}\nAn afterthought.\n\nSource: [Docs](https://example.com)\n\n\`\`\`\ncode\n\`\`\`\n\n${GOOD_QUESTION}`))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:13:1: error: expected nothing but \`Source:\` and \`Lesson:\` lines after the options of Question 1, found a paragraph; move it above the options or under an option's note",
        "_quizzes/2023-1-9-s14-quiz.md:17:1: error: expected nothing but \`Source:\` and \`Lesson:\` lines after the options of Question 1, found a code block; move it above the options or under an option's note",
        "_quizzes/2023-1-9-s14-quiz.md:21:1: error: expected nothing but \`Source:\` and \`Lesson:\` lines after the options of Question 1, found a list; move it above the options or under an option's note",
      ]
    `);
  });

  it("reports a question without text and an option without text", () => {
    expect(errorsOf(choice("## Question 1\n\n- A)\n  - Correct: Yes.\n- B) No\n  - Incorrect: No.\n"))).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: expected the text of Question 1 after \`## Question 1:\` or in a paragraph under it, found none",
        "_quizzes/2023-1-9-s14-quiz.md:6:1: error: expected the text of option A of Question 1 after its letter, found nothing",
      ]
    `);
  });

  it("reports every problem of a file, front matter and body, top to bottom", () => {
    const source = `---\ntitle: Broken quiz\npass: "0.8"\nshuffle: "no"\n---\n## Question 1\n\nA?\n\n- A) Yes\n- B) No\n  - Incorrect: No.\n\n## Question 2\n\nB?\n\n- A) Only\n  - Incorrect: No.\n\n## Notes\n`;
    expect(errorsOf(source)).toMatchInlineSnapshot(`
      [
        "_quizzes/2023-1-9-s14-quiz.md:3:1: error: pass: expected a percentage from 0 to 100, found 0.8; for 80% write \`pass: 80\`",
        "_quizzes/2023-1-9-s14-quiz.md:4:1: error: shuffle: expected true or false, found the text "no"",
        "_quizzes/2023-1-9-s14-quiz.md:10:1: error: expected a nested \`- Correct: …\` or \`- Incorrect: …\` note under option A of Question 1, found none",
        "_quizzes/2023-1-9-s14-quiz.md:14:1: error: expected at least 2 options for Question 2, found 1",
        "_quizzes/2023-1-9-s14-quiz.md:14:1: error: expected at least one option of Question 2 noted \`Correct\`, found only \`Incorrect\` notes",
        "_quizzes/2023-1-9-s14-quiz.md:21:1: error: expected \`## Question N\`, found \`## Notes\`",
      ]
    `);
  });
});

describe("looksLikeChoiceQuiz", () => {
  it("is true for every choice fixture, LF or CRLF", () => {
    for (const name of ["choice-colon.md", "choice-plain.md", "choice-mixed-3-and-4-options.md", "choice-select-all.md", "choice-pagebreak-in-option.md"]) {
      const { body } = partsOf(name, fixture(name));
      expect(looksLikeChoiceQuiz(body), name).toBe(true);
      expect(looksLikeChoiceQuiz(body.replace(/\n/g, "\r\n")), `${name} (CRLF)`).toBe(true);
    }
  });

  it("is false for an ordinary lesson, a classify quiz and an empty body", () => {
    expect(looksLikeChoiceQuiz("## The root user\n\nIt can do anything.\n\n<!-- pagebreak -->\n\n## Securing it\n\nTurn on MFA.\n")).toBe(false);
    expect(looksLikeChoiceQuiz(partsOf("classify-basic.md", fixture("classify-basic.md")).body)).toBe(false);
    expect(looksLikeChoiceQuiz("")).toBe(false);
  });

  it("is false when only some pages start with a question, or a page has text before its question", () => {
    expect(looksLikeChoiceQuiz("## Question 1\n\nA?\n\n<!-- pagebreak -->\n\n## Recap\n\nDone.\n")).toBe(false);
    expect(looksLikeChoiceQuiz("Answer every question.\n\n## Question 1\n\nA?\n")).toBe(false);
    expect(looksLikeChoiceQuiz("### Question 1\n\nA?\n")).toBe(false);
  });

  it("skips a comment at the top of a page", () => {
    expect(looksLikeChoiceQuiz("<!-- draft -->\n\n## Question 1\n\nA?\n")).toBe(true);
  });
});
