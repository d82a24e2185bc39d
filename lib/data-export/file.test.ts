import { describe, expect, it } from "vitest";
import { exportData, readDataFile } from "./file";

const NOW = new Date(Date.UTC(2026, 11, 1, 12));
const READING = JSON.stringify({ version: 2, lessons: { root: { furthest: 3, last: 2, total: 5, at: 9 } } });

function fileWith(data: Record<string, unknown>, top: Record<string, unknown> = {}) {
  return JSON.stringify({ format: "pagebreak-data", version: 1, exportedAt: NOW.toISOString(), browser: "b", data: { quizSessions: {}, other: {}, ...data }, ...top });
}

function problem(text: string) {
  const read = readDataFile(text);
  return read.ok ? "accepted" : read.problem;
}

describe("exportData", () => {
  it("puts each store in its section as stored, and everything else under other, but not this browser's bookkeeping", () => {
    const file = exportData(
      {
        "pagebreak:reading": READING,
        "pagebreak:theme": "dark",
        "pagebreak:quiz:root": JSON.stringify({ version: 1, quiz: "f", session: {}, savedAt: 1 }),
        "pagebreak:quiz-attempts": "{damaged",
        "pagebreak:set-aside:pagebreak:review:1": "x",
        "pagebreak:browser": "id",
        "pagebreak:set-aside-seen": "[]",
        "someone-else": "not ours",
      },
      "id",
      NOW,
    );
    expect(file).toEqual({
      format: "pagebreak-data",
      version: 1,
      exportedAt: "2026-12-01T12:00:00.000Z",
      browser: "id",
      data: {
        reading: JSON.parse(READING),
        theme: "dark",
        quizSessions: { root: { version: 1, quiz: "f", session: {}, savedAt: 1 } },
        // A store this version cannot read whole travels as it is.
        other: { "pagebreak:quiz-attempts": "{damaged", "pagebreak:set-aside:pagebreak:review:1": "x" },
      },
    });
  });
});

describe("readDataFile", () => {
  it("accepts what exportData writes, a lesson slugged __proto__ included", () => {
    const reading = '{"version":2,"lessons":{"__proto__":{"furthest":1,"last":1,"total":2,"at":0}}}';
    const read = readDataFile(JSON.stringify(exportData({ "pagebreak:reading": reading }, "b", NOW)));
    expect(read.ok && Object.hasOwn(read.file.data.reading?.lessons as object, "__proto__")).toBe(true);
  });

  it("names what is wrong with a file it refuses, in one sentence", () => {
    expect(problem("{\"format\": \"pagebreak-da")).toMatchInlineSnapshot(`"This file is not a Pagebreak data file: it is not JSON (it may be damaged or cut short)."`);
    expect(problem("[1, 2]")).toMatchInlineSnapshot(`"This file is not a Pagebreak data file (it does not say “format”: “pagebreak-data”)."`);
    expect(problem(JSON.stringify({ format: "other" }))).toMatchInlineSnapshot(`"This file is not a Pagebreak data file (it does not say “format”: “pagebreak-data”)."`);
    expect(problem(fileWith({}, { version: 2 }))).toMatchInlineSnapshot(
      `"This file was saved by a newer version of Pagebreak (data format 2); this one reads format 1, so update Pagebreak to import it."`,
    );
    expect(problem(fileWith({}, { version: "1" }))).toMatchInlineSnapshot(`"This Pagebreak data file is damaged: version: expected 1."`);
    expect(problem(fileWith({ theme: "purple" }))).toMatchInlineSnapshot(`"This Pagebreak data file is damaged: data.theme: Invalid option: expected one of "system"|"light"|"dark"."`);
    expect(problem(fileWith({ reading: { version: 2, lessons: { root: { furthest: 0 } } } }))).toMatchInlineSnapshot(
      `"This Pagebreak data file is damaged: the reading progress of lesson “root” cannot be read."`,
    );
    expect(problem(fileWith({ reading: { version: 9, lessons: {} } }))).toMatchInlineSnapshot(`"This Pagebreak data file is damaged: its reading progress cannot be read."`);
    expect(problem(fileWith({ quizAttempts: { version: 1, quizzes: { root: { count: -1 } } } }))).toMatchInlineSnapshot(
      `"This Pagebreak data file is damaged: the attempts of quiz “root” cannot be read."`,
    );
    expect(problem(fileWith({ review: { version: 1, cards: { "a/b": {} } } }))).toMatchInlineSnapshot(`"This Pagebreak data file is damaged: the review card “a/b” cannot be read."`);
    expect(problem(fileWith({ quizSessions: { root: { version: 7 } } }))).toMatchInlineSnapshot(
      `"This Pagebreak data file is damaged: the saved session of quiz “root” cannot be read."`,
    );
    expect(problem(fileWith({ other: { "another-site": "x" } }))).toMatchInlineSnapshot(`"This Pagebreak data file is damaged: “another-site” is not a Pagebreak key holding text."`);
    expect(problem(fileWith({ other: { "pagebreak:browser": "steal-an-id" } }))).toMatchInlineSnapshot(
      `"This Pagebreak data file is damaged: “pagebreak:browser” is not a Pagebreak key holding text."`,
    );
  });
});
