import { afterEach, describe, expect, it, vi } from "vitest";
import { buildCourse, type SourceFile } from "../content/course";
import { parseMarkdown } from "../content/split";
import { readSourceFiles } from "../content/load";
import { buildSearchRecords } from "./records";
import { plainText } from "./plain-text";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const LESSON = `---
title: Root user
description: What only the root user can do.
---

## Intro

The **root** user owns the account.

<!-- pagebreak -->

## Close the account

Only root can *close* an account.

<!-- notes
secret speaker words
-->

<!-- pagebreak -->

\`\`\`bash
aws iam list-users
\`\`\`
`;

const QUIZ = `---
title: Root or delegable?
kind: classify
categories:
  root-only: Root user only
  delegable: Delegable to IAM
---
Sort each action.

## Root user only
- Close a standalone account
  - Closing needs the root user's sign-in.

## Delegable to IAM
- Launch an instance
  - Any IAM user with ec2 permissions can.
`;

function course(files: SourceFile[]) {
  const { course: built, errors } = buildCourse(files);
  expect(errors).toEqual([]);
  return built;
}

const files: SourceFile[] = [
  { path: "_posts/2024-1-1-root-user.md", source: LESSON },
  { path: "_quizzes/2024-1-2-root-or-delegable.md", source: QUIZ },
];

async function recordsWith(env: { basePath?: string; trailingSlash?: boolean }) {
  vi.resetModules();
  vi.stubEnv("PAGEBREAK_BASE_PATH", env.basePath ?? "");
  vi.stubEnv("PAGEBREAK_TRAILING_SLASH", env.trailingSlash ? "1" : "");
  const { buildSearchRecords: build } = await import("./records");
  return build(course(files));
}

afterEach(() => vi.unstubAllEnvs());

describe("plainText", () => {
  it("keeps blocks apart, code as written and raw HTML as its words", () => {
    const tree = parseMarkdown("# Intro\n\nHello *wor*ld\n\n- one\n- two\n\n```js\nlet a = 1;\n```\n\n<details><summary>More</summary>inside</details>\n\n![alt words](x.png)\n\nPress <kbd>Space</kbd> or <kbd>→</kbd>.");
    expect(plainText(tree)).toBe("Intro\nHello world\none\ntwo\nlet a = 1;\nMore inside\nalt words\nPress Space or →.");
  });
});

describe("buildSearchRecords", () => {
  it("gives the bundled course and the Jekyll fixture one record per slide and per quiz, each at its own address", () => {
    for (const dir of ["content", "lib/content/__fixtures__/jekyll-course"]) {
      const built = course(readSourceFiles(dir));
      const records = buildSearchRecords(built);
      const slides = built.sequence.reduce((sum, entry) => sum + entry.slides.length, 0);
      const quizzes = built.sequence.filter((entry) => entry.quiz).length;
      expect(records.length, dir).toBe(slides + quizzes);
      expect(new Set(records.map((record) => record.url)).size, dir).toBe(records.length);
    }
  });

  it("finds each slide once, at its own address, and no speaker notes", () => {
    const records = buildSearchRecords(course(files));
    const slides = records.filter((record) => record.meta.kind === "Lesson");
    expect(slides.map((record) => record.url)).toEqual(["/lessons/root-user/1", "/lessons/root-user/2", "/lessons/root-user/3"]);
    expect(new Set(records.filter((record) => record.url.startsWith("/lessons/")).map((record) => record.url)).size).toBe(3);
    expect(slides.map((record) => record.meta.title)).toEqual(["Intro", "Close the account", "aws iam list-users"]);
    expect(slides.every((record) => record.meta.lesson === "Root user" && record.language === "en")).toBe(true);
    expect(records.some((record) => record.content.includes("secret"))).toBe(false);
    expect(records.some((record) => record.url.includes("/all"))).toBe(false);
    // Pagefind keeps one record per URL: a second one at the same address would replace the first.
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
  });

  it("puts the lesson's title and description with its first slide only", () => {
    const [first, second] = buildSearchRecords(course(files));
    expect(first?.content).toBe("Root user\nWhat only the root user can do.\nIntro\nThe root user owns the account.");
    expect(second?.content).toBe("Close the account\nOnly root can close an account.");
  });

  it("indexes a quiz's items and explanations as one record at the quiz's page", () => {
    const quiz = buildSearchRecords(course(files)).filter((record) => record.meta.kind === "Quiz");
    expect(quiz).toEqual([
      {
        url: "/quizzes/root-or-delegable",
        content: "Root or delegable?\nSort each action.\nClose a standalone account\nClosing needs the root user's sign-in.\nLaunch an instance\nAny IAM user with ec2 permissions can.",
        language: "en",
        meta: { title: "Root or delegable?", lesson: "Root or delegable?", kind: "Quiz", label: "Quiz" },
      },
    ]);
  });

  it("gives every address under BASE_PATH, with the static export's trailing slash", async () => {
    const records = await recordsWith({ basePath: "/course", trailingSlash: true });
    expect([...new Set(records.map((record) => record.url))]).toEqual([
      "/course/lessons/root-user/1/",
      "/course/lessons/root-user/2/",
      "/course/lessons/root-user/3/",
      "/course/quizzes/root-or-delegable/",
    ]);
  });
});
