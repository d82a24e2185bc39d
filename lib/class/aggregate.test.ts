import { describe, expect, it } from "vitest";
import { buildDashboard, type CourseOutline, type EventRow } from "./aggregate";
import type { EventBody } from "./events";
import { csvField, dashboardCsv, xapiStatements } from "./exports";

const course: CourseOutline = {
  lessons: [{ slug: "intro", title: "Intro", slides: 3 }],
  quizzes: [
    {
      slug: "mc",
      title: "Choices",
      items: [
        { id: "q1", text: "Pick the root-only task", options: [{ id: "a", text: "Close the account", correct: true }, { id: "b", text: "Create a user", correct: false }, { id: "c", text: "Read billing", correct: false }] },
        { id: "q2", text: "Second", options: [{ id: "a", text: "Yes", correct: true }, { id: "b", text: "No", correct: false }] },
      ],
    },
  ],
  slideTitles: { "/lessons/intro/2": "Why root matters" },
};
const learners = [
  { id: "ada", displayName: "Ada" },
  { id: "bob", displayName: "=Bob" },
];

let clock = 0;
function row(learnerId: string, body: EventBody): EventRow {
  return { learnerId, body: JSON.stringify(body), occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)) };
}

describe("buildDashboard", () => {
  it("rates an item by each learner's first answer, hardest first, with the wrong options picked", () => {
    const dashboard = buildDashboard(course, learners, [
      row("ada", { kind: "answer", quiz: "mc", item: "q1", answer: ["a"], correct: true }),
      row("bob", { kind: "answer", quiz: "mc", item: "q1", answer: ["c"], correct: false }),
      // A retry does not change bob's first answer.
      row("bob", { kind: "answer", quiz: "mc", item: "q1", answer: ["a"], correct: true }),
      row("ada", { kind: "answer", quiz: "mc", item: "q2", answer: ["b"], correct: false }),
      row("bob", { kind: "answer", quiz: "mc", item: "q2", answer: ["b"], correct: false }),
    ]);
    expect(dashboard.items.map((item) => [item.item, item.answered, item.wrong, item.errorRate])).toEqual([
      ["q2", 2, 2, 1],
      ["q1", 2, 1, 0.5],
    ]);
    expect(dashboard.items[1]!.wrongOptions).toEqual([
      { id: "c", text: "Read billing", picked: 1 },
      { id: "b", text: "Create a user", picked: 0 },
    ]);
  });

  it("takes the first answer by when it happened, not when it arrived", () => {
    const late = row("ada", { kind: "answer", quiz: "mc", item: "q1", answer: ["b"], correct: false });
    const early = { ...row("ada", { kind: "answer", quiz: "mc", item: "q1", answer: ["a"], correct: true }), occurredAt: new Date(0) };
    expect(buildDashboard(course, learners, [late, early]).items[0]!.wrong).toBe(0);
  });

  it("keeps the furthest slide per learner and lesson, capped at the lesson's length", () => {
    const dashboard = buildDashboard(course, learners, [
      row("ada", { kind: "progress", lesson: "intro", slide: 3, total: 3 }),
      row("ada", { kind: "progress", lesson: "intro", slide: 1, total: 3 }),
      row("bob", { kind: "progress", lesson: "intro", slide: 9, total: 9 }),
    ]);
    expect(dashboard.progress.ada!.intro).toEqual({ reached: 3, slides: 3, finished: true });
    expect(dashboard.progress.bob!.intro).toEqual({ reached: 3, slides: 3, finished: true });
    const none = buildDashboard(course, learners, []);
    expect(none.progress.ada!.intro).toEqual({ reached: 0, slides: 3, finished: false });
  });

  it("counts revisited slides and scores per quiz, ignoring events of learners no longer in the class", () => {
    const dashboard = buildDashboard(course, learners, [
      row("ada", { kind: "revisit", href: "/lessons/intro/2" }),
      row("ada", { kind: "revisit", href: "/lessons/intro/2" }),
      row("bob", { kind: "revisit", href: "/lessons/intro/1" }),
      row("gone", { kind: "revisit", href: "/lessons/intro/1" }),
      row("ada", { kind: "attempt", quiz: "mc", correct: 1, total: 2, percent: 50 }),
      row("ada", { kind: "attempt", quiz: "mc", correct: 2, total: 2, percent: 100 }),
      row("bob", { kind: "attempt", quiz: "mc", correct: 0, total: 2, percent: 0 }),
    ]);
    expect(dashboard.revisits).toEqual([
      { href: "/lessons/intro/2", title: "Why root matters", visits: 2, learners: 1 },
      { href: "/lessons/intro/1", title: "/lessons/intro/1", visits: 1, learners: 1 },
    ]);
    expect(dashboard.scores[0]).toMatchObject({ attempts: 3, averageLast: 50 });
    expect(dashboard.scores[0]!.learners.map((learner) => [learner.displayName, learner.best, learner.last])).toEqual([
      ["Ada", 100, 100],
      ["=Bob", 0, 0],
    ]);
  });

  it("leaves out a stored body that no longer parses", () => {
    const dashboard = buildDashboard(course, learners, [{ learnerId: "ada", body: "{not json", occurredAt: new Date() }, { learnerId: "ada", body: '{"kind":"answer"}', occurredAt: new Date() }]);
    expect(dashboard.items).toEqual([]);
  });
});

describe("exports", () => {
  it("quotes CSV fields and keeps a display name from running as a spreadsheet formula", () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField(-1)).toBe("-1");
    const dashboard = buildDashboard(course, learners, [row("bob", { kind: "attempt", quiz: "mc", correct: 0, total: 2, percent: 0 })]);
    expect(dashboardCsv(dashboard)).toContain("score,'=Bob,mc,0,0,1\r\n");
  });

  it("writes one xAPI statement a line, with the event id as the statement id", () => {
    const lines = xapiStatements("http://localhost:3000/", "ABCDEFGHJK", [
      { id: "0b9f4a8e-2c1d-4e5f-8a9b-1c2d3e4f5a6b", learnerId: "ada", displayName: "Ada", body: JSON.stringify({ kind: "answer", quiz: "mc", item: "q1", answer: ["a", "c"], correct: false }), occurredAt: new Date(0) },
    ])
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        id: "0b9f4a8e-2c1d-4e5f-8a9b-1c2d3e4f5a6b",
        actor: { objectType: "Agent", name: "Ada", account: { homePage: "http://localhost:3000", name: "ada" } },
        verb: { id: "http://adlnet.gov/expapi/verbs/answered", display: { "en-US": "answered" } },
        object: { objectType: "Activity", id: "http://localhost:3000/quizzes/mc#q1" },
        result: { success: false, response: "a[,]c" },
        context: { extensions: { "http://localhost:3000/xapi/class": "ABCDEFGHJK" } },
        timestamp: "1970-01-01T00:00:00.000Z",
      },
    ]);
  });
});
