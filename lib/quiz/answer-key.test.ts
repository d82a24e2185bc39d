import { describe, expect, it } from "vitest";
import { answerKey, firstWords, formatAnswerKey, type AnswerKey } from "./answer-key";
import type { ChoiceQuiz, ClassifyQuiz } from "./types";

const SETTINGS = { introHtml: "", mode: "practice", pass: 0.8, shuffle: true } as const;

const CLASSIFY: ClassifyQuiz = {
  ...SETTINGS,
  kind: "classify",
  title: "Root or delegable?",
  categories: [
    { key: "root-only", label: "Root user only" },
    { key: "delegable", label: "Delegable to IAM" },
  ],
  items: [
    {
      id: "close",
      html: "",
      text: "Close a  standalone\naccount",
      category: "root-only",
      explanationHtml: "Only the root user can close it.",
      sources: [{ url: "https://docs.aws.amazon.com/close", label: "Closing" }],
      revisit: { href: "/lessons/root-user/3", title: "Closing the account", suggested: false },
      line: 12,
    },
    { id: "launch", html: "", text: "Launch an EC2 instance", category: "delegable", explanationHtml: "", sources: [], line: 20 },
  ],
};

const CHOICE: ChoiceQuiz = {
  ...SETTINGS,
  kind: "choice",
  title: "Root user quiz",
  questions: [
    {
      id: "q1",
      promptHtml: "Which of these can only the root user do?",
      multiple: true,
      options: [
        { id: "a", html: "", text: "Close the account", correct: true, line: 8, explanationHtml: "Closing is root-only." },
        { id: "b", html: "", text: "Launch an instance", correct: false, line: 10, explanationHtml: "Any allowed IAM user can." },
        { id: "c", html: "", text: "Change the support plan", correct: true, line: 12, explanationHtml: "" },
      ],
      sources: [
        { url: "https://docs.aws.amazon.com/a", label: "A" },
        { url: "https://repost.aws/b", label: "B" },
      ],
      revisit: { href: "/lessons/account-basics/2", title: "Account tasks", suggested: true },
      line: 6,
    },
  ],
};

describe("answerKey", () => {
  it("gives each action its category's label, its explanation on one line, its sources and slide", () => {
    const key = answerKey(CLASSIFY);
    expect(key.title).toBe("Root or delegable?");
    expect(key.rows).toEqual([
      {
        number: 1,
        item: "Close a standalone account",
        answer: "Root user only",
        explanation: "Only the root user can close it.",
        sources: [{ url: "https://docs.aws.amazon.com/close", label: "Closing" }],
        slide: { href: "/lessons/root-user/3", title: "Closing the account", suggested: false },
        line: 12,
      },
      { number: 2, item: "Launch an EC2 instance", answer: "Delegable to IAM", explanation: "", sources: [], line: 20 },
    ]);
  });

  it("gives a question every right option, lettered as written, and their notes, not the wrong ones'", () => {
    const [row] = answerKey(CHOICE).rows;
    expect(row!.answer).toBe("A) Close the account; C) Change the support plan");
    expect(row!.explanation).toBe("Closing is root-only.");
    expect(row!.slide?.suggested).toBe(true);
  });
});

describe("firstWords", () => {
  it("keeps a text that fits, and cuts a longer one after a whole word, with …", () => {
    expect(firstWords("Only the root user", 18)).toBe("Only the root user");
    expect(firstWords("Only the root user can close it.", 16)).toBe("Only the root…");
    expect(firstWords("Only the root user can", 14)).toBe("Only the root…");
    expect(firstWords("Only the root, user", 15)).toBe("Only the root…");
    // One long word is cut inside it rather than leaving nothing.
    expect(firstWords("organizations:CloseAccount lets", 12)).toBe("organizatio…");
  });
});

describe("formatAnswerKey", () => {
  const LONG = "word ".repeat(60).trim();
  const wide: AnswerKey = {
    title: "Wide quiz",
    kind: "classify",
    rows: Array.from({ length: 12 }, (_, index) => ({
      number: index + 1,
      item: `Item ${index + 1} ${LONG}`,
      answer: `Answer ${LONG}`,
      explanation: `Because ${LONG}`,
      sources: [{ url: "https://example.com/", label: "Example" }],
      slide: { href: `/lessons/a-rather-long-lesson-slug-${index % 2}/${index + 1}`, title: "T", suggested: index === 3 },
      line: 10 + index,
    })),
  };

  it("fits 100 columns however long the text, cutting the explanation to its first words", () => {
    const lines = formatAnswerKey(wide).trimEnd().split("\n");
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
    const row = lines.find((line) => line.startsWith(" 1  "))!;
    expect(row).toMatch(/Because word word .*…/);
    expect(row).toMatch(/ 1 {8}1\/1$/);
  });

  it("fits a narrower width too", () => {
    for (const line of formatAnswerKey(wide, 90).trimEnd().split("\n")) expect(line.length, line).toBeLessThanOrEqual(90);
  });

  it("names the slides' lessons under the table and marks a suggested slide", () => {
    const text = formatAnswerKey(wide);
    expect(text).toContain("\nSlide: lesson/slide, the lessons being\n  1  /lessons/a-rather-long-lesson-slug-0\n  2  /lessons/a-rather-long-lesson-slug-1\n");
    expect(text.split("\n").find((line) => line.startsWith(" 4  "))).toMatch(/2\/4\*$/);
    expect(text).toContain("* suggested from the course's text: the item has no Lesson: line");
  });

  it("prints short rows whole, with — for what an item lacks", () => {
    expect(formatAnswerKey(answerKey(CLASSIFY))).toBe(
      [
        "Root or delegable?: answer key, 2 actions",
        "",
        "#  Item                        Answer            Explanation                       Sources  Slide",
        "-  --------------------------  ----------------  --------------------------------  -------  -----",
        "1  Close a standalone account  Root user only    Only the root user can close it.  1        1/3",
        "2  Launch an EC2 instance      Delegable to IAM  —                                 —        —",
        "",
        "Slide: lesson/slide, the lessons being",
        "  1  /lessons/root-user",
        "",
      ].join("\n"),
    );
  });
});
