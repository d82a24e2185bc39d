import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkContentFolder, loadQuiz, renderEntry } from "./load";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const LESSON = String.raw`---
title: Addresses
---

## Root paths

![a](/%2Fevil.example/a.png) ![b](/%5Cevil.example/b.png) ![c](/\evil.example/c.png) ![d](//evil.example/d.png)

<img src="/%2Fevil.example/e.png" alt="e"> <img src="/\evil.example/f.png" alt="f"> <img src="/&#9;/evil.example/g.png" alt="g"> <a href="/%2F%2Fevil.example/">h</a>

![own](images/own%20file.png) [public](/icon.svg?v=1#top) [lesson](lesson.md)
`;

describe("renderEntry: the URLs a lesson's root paths resolve to (BASE_PATH \"\")", () => {
  let course: string;
  const saved = process.env.CONTENT_DIR;

  beforeAll(() => {
    course = mkdtempSync(path.join(tmpdir(), "pagebreak-urls-"));
    mkdirSync(path.join(course, "images"));
    writeFileSync(path.join(course, "images", "own file.png"), "PNG");
    writeFileSync(path.join(course, "lesson.md"), LESSON);
    process.env.CONTENT_DIR = course;
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
    rmSync(course, { recursive: true, force: true });
  });

  it("stay on this site, percent-encoded as written: none becomes //host or /\\host", () => {
    const { course: built } = checkContentFolder(course);
    const entry = built.sequence.find((candidate) => candidate.file === "lesson.md");
    expect(entry).toBeDefined();
    const html = renderEntry(built, entry!).join("\n");
    const urls = [...html.matchAll(/ (?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls).toEqual([
      "/%2Fevil.example/a.png",
      "/%5Cevil.example/b.png",
      "/%5Cevil.example/c.png",
      // Written as another site's address, like https://evil.example/d.png: an external image.
      "//evil.example/d.png",
      "/%2Fevil.example/e.png",
      "/%5Cevil.example/f.png",
      "/%09/evil.example/g.png",
      "/%2F%2Fevil.example/",
      "/content-assets/images/own%20file.png",
      "/icon.svg?v=1#top",
      "/lessons/lesson/1",
    ]);
  });
});

describe("checkContentFolder: which Markdown files are the course", () => {
  let course: string;

  beforeAll(() => {
    course = mkdtempSync(path.join(tmpdir(), "pagebreak-docs-"));
    mkdirSync(path.join(course, "week-1"));
    const lesson = (title: string) => `---\ntitle: ${title}\n---\n\n## ${title}\n\nText.\n`;
    // A README holds Markdown that is not a lesson (no title, examples of mistakes).
    writeFileSync(path.join(course, "README.md"), "# Quick start\n\n<!-- page break -->\n");
    writeFileSync(path.join(course, "week-1", "readme.md"), "# Notes for week 1\n");
    writeFileSync(path.join(course, "reference-card.md"), lesson("Reference card"));
    writeFileSync(path.join(course, "week-1", "REFERENCE.md"), lesson("Week 1 reference"));
  });

  afterAll(() => rmSync(course, { recursive: true, force: true }));

  it("skips every README.md, in any folder and any case; every other Markdown file is content", () => {
    const { course: built, findings, fileCount } = checkContentFolder(course);
    expect(findings).toEqual([]);
    expect(built.sequence.map((entry) => entry.file).sort()).toEqual(["reference-card.md", "week-1/REFERENCE.md"]);
    expect(fileCount).toBe(2);
  });
});

describe("loadQuiz: each quiz is parsed once per loaded course", () => {
  const dir = path.join(import.meta.dirname, "__fixtures__", "jekyll-course");

  it("gives the same quiz for the same entry, and parses afresh for a course loaded again", () => {
    const first = checkContentFolder(dir).course;
    const entry = first.sequence.find((candidate) => candidate.quiz)!;
    const quiz = loadQuiz(first, entry);
    expect(quiz).toBeDefined();
    expect(loadQuiz(first, entry)).toBe(quiz);
    const again = checkContentFolder(dir).course;
    const sameFile = again.sequence.find((candidate) => candidate.file === entry.file)!;
    const reparsed = loadQuiz(again, sameFile);
    expect(reparsed).not.toBe(quiz);
    expect(reparsed).toEqual(quiz);
  });
});
