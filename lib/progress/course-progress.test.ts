import { describe, expect, it } from "vitest";
import { EMPTY_ATTEMPTS, recordAttempt, type AttemptsStore } from "../quiz/saved";
import { courseProgress, type OutlineLesson } from "./course-progress";
import { EMPTY_PROGRESS, recordSlide, type ReadingProgress } from "./reading";

const LESSONS: Record<string, OutlineLesson> = {
  intro: { title: "Intro", slides: 3 },
  later: { title: "Later", slides: 5 },
  lab: { title: "Lab", slides: 2, guide: true },
  // A lesson slugged like an Object.prototype property is a lesson like any other.
  constructor: { title: "Constructor", slides: 1 },
};
const PASS_MARKS = { sort: 0.8, choose: 0.5, none: 0 };

function read(...slides: [slug: string, slide: number, total: number][]): ReadingProgress {
  return slides.reduce((progress, [slug, slide, total]) => recordSlide(progress, slug, slide, total, 1), EMPTY_PROGRESS);
}

function scored(...rounds: [slug: string, correct: number, total: number][]): AttemptsStore {
  return rounds.reduce(
    (store, [slug, correct, total], seed) => recordAttempt(store, slug, seed, { correct, total, percent: Math.floor((correct / total) * 100) }),
    EMPTY_ATTEMPTS,
  );
}

describe("progress through the whole course", () => {
  it("counts nothing done in a fresh browser, and counts lessons without guides", () => {
    expect(courseProgress(EMPTY_PROGRESS, EMPTY_ATTEMPTS, LESSONS, PASS_MARKS)).toEqual({ lessonsRead: 0, lessons: 3, quizzesPassed: 0, quizzes: 3 });
  });

  it("counts a lesson read to its end, not one read part way, nor a guide, nor a lesson no longer in the course", () => {
    const progress = read(["intro", 3, 3], ["later", 4, 5], ["lab", 2, 2], ["gone", 1, 1], ["constructor", 1, 1]);
    expect(courseProgress(progress, EMPTY_ATTEMPTS, LESSONS, PASS_MARKS)).toMatchObject({ lessonsRead: 2, lessons: 3 });
  });

  it("measures a lesson against its length now: one that grew since is no longer read", () => {
    const progress = read(["intro", 3, 3], ["later", 5, 5]);
    const grown = { ...LESSONS, later: { title: "Later", slides: 6 } };
    expect(courseProgress(progress, EMPTY_ATTEMPTS, grown, PASS_MARKS).lessonsRead).toBe(1);
  });

  it("counts a quiz passed when its best round reached its pass mark now, as the results grade it", () => {
    const attempts = scored(["sort", 8, 10], ["choose", 4, 10], ["gone", 10, 10]);
    expect(courseProgress(EMPTY_PROGRESS, attempts, LESSONS, PASS_MARKS)).toMatchObject({ quizzesPassed: 1, quizzes: 3 });
    // A later, worse round does not undo a pass; the pass mark raised since does.
    const worse = recordAttempt(attempts, "sort", 99, { correct: 1, total: 10, percent: 10 });
    expect(courseProgress(EMPTY_PROGRESS, worse, LESSONS, PASS_MARKS).quizzesPassed).toBe(1);
    expect(courseProgress(EMPTY_PROGRESS, worse, LESSONS, { ...PASS_MARKS, sort: 0.9 }).quizzesPassed).toBe(0);
  });

  it("passes a quiz with pass mark 0 on any finished round, but not on a round of no questions", () => {
    expect(courseProgress(EMPTY_PROGRESS, scored(["none", 0, 3]), LESSONS, PASS_MARKS).quizzesPassed).toBe(1);
    const empty = recordAttempt(EMPTY_ATTEMPTS, "none", 1, { correct: 0, total: 0, percent: 0 });
    expect(courseProgress(EMPTY_PROGRESS, empty, LESSONS, PASS_MARKS).quizzesPassed).toBe(0);
  });
});
