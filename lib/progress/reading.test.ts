import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_PROGRESS,
  READING_PROGRESS_VERSION,
  parseReadingProgress,
  recordSlide,
  withReached,
  storedReadingProgress,
  type LessonProgress,
  type ReadingProgress,
} from "./reading";
import { lastUnfinished, lessonStatus } from "./lesson-status";

function progressOf(lessons: ReadingProgress["lessons"]): ReadingProgress {
  return { version: READING_PROGRESS_VERSION, lessons };
}

/** The progress parseReadingProgress read (failing the test when it refused the whole value). */
function parsed(raw: string | null): ReadingProgress {
  const read = parseReadingProgress(raw);
  if (!read) throw new Error(`refused: ${raw}`);
  return read.progress;
}

const KNOWN_LESSON_FIELDS = ["furthest", "last", "total", "at"];

/** A valid version 2 record, as stored. */
const validRecord = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.nat())
  .map(([furthest, last, total, at]) => ({ furthest, last, total, at }));

/** Field names a newer version might add: anything but the ones this version reads. */
const unknownName = (known: string[]) => fc.string({ minLength: 1, maxLength: 8 }).filter((name) => !known.includes(name));

describe("parseReadingProgress", () => {
  it("reads nothing saved as empty progress", () => {
    expect(parseReadingProgress(null)).toEqual({ progress: EMPTY_PROGRESS });
    expect(EMPTY_PROGRESS).toEqual({ version: 2, lessons: {} });
  });

  it("round-trips what recordSlide produced", () => {
    let progress = recordSlide(EMPTY_PROGRESS, "intro", 2, 5, 1000);
    progress = recordSlide(progress, "café-ünïcode", 1, 3, 2000);
    progress = recordSlide(progress, "intro", 4, 5, 3000);
    const read = parsed(JSON.stringify(storedReadingProgress(progress)));
    expect(read).toEqual(progress);
    expect(read).toEqual({
      version: 2,
      lessons: { intro: { furthest: 4, last: 4, total: 5, at: 3000 }, "café-ünïcode": { furthest: 1, last: 1, total: 3, at: 2000 } },
    });
  });

  it("round-trips any valid progress", () => {
    const record = fc
      .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }))
      .map(([furthest, last, total]) => ({ furthest, last, total, at: furthest * 1000 }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), record), (lessons) => {
        const progress = progressOf(lessons);
        expect(parseReadingProgress(JSON.stringify(progress))).toEqual({ progress });
      }),
    );
  });

  it.each([
    ["corrupted JSON", '{"version":1,"lessons":{'],
    ["not JSON at all", "undefined"],
    ["empty text", ""],
    ["JSON null", "null"],
    ["a number", "1"],
    ["a list", "[]"],
    ["an unknown newer version", '{"version":3,"lessons":{}}'],
    ["an older, unversioned shape", '{"lessons":{"intro":{"furthest":1,"last":1,"total":2}}}'],
    ["the version as text", '{"version":"2","lessons":{}}'],
    ["no lessons", '{"version":2}'],
    ["lessons that are null", '{"version":2,"lessons":null}'],
    ["lessons that are a list", '{"version":2,"lessons":[{"furthest":1,"last":1,"total":2,"at":0}]}'],
  ])("is undefined for %s, so the caller can set it aside", (_name, raw) => {
    expect(parseReadingProgress(raw)).toBeUndefined();
  });

  it("migrates version 1, which did not record when a lesson was read", () => {
    const raw = '{"version":1,"lessons":{"intro":{"furthest":2,"last":1,"total":4}}}';
    expect(parseReadingProgress(raw)).toEqual({ progress: progressOf({ intro: { furthest: 2, last: 1, total: 4, at: 0 } }) });
  });

  it("hands back the damaged lesson records, as stored, and reads the others", () => {
    const damaged = {
      "zero-slide": { furthest: 0, last: 1, total: 4, at: 5 },
      fraction: { furthest: 1.5, last: 1, total: 4, at: 5 },
      "text-number": { furthest: "2", last: 1, total: 4, at: 5 },
      "text-furthest": { furthest: "x", last: 1, total: 4, at: 5 },
      "missing-total": { furthest: 2, last: 1, at: 5 },
      "missing-time": { furthest: 2, last: 1, total: 4 },
      "null-record": null,
      "number-record": 3,
      "list-record": [2, 1, 4, 5],
    };
    const raw = JSON.stringify({ version: 2, lessons: { good: { furthest: 2, last: 1, total: 4, at: 5 }, ...damaged, also: { furthest: 3, last: 3, total: 3, at: 7 } } });
    expect(parseReadingProgress(raw)).toEqual({
      progress: progressOf({ good: { furthest: 2, last: 1, total: 4, at: 5 }, also: { furthest: 3, last: 3, total: 3, at: 7 } }),
      damaged: { version: 2, lessons: damaged },
    });
  });

  it("hands back damaged version 1 records in a version 1 value", () => {
    const raw = '{"version":1,"lessons":{"ok":{"furthest":1,"last":1,"total":2},"bad":{"furthest":"x","last":1,"total":2}}}';
    expect(parseReadingProgress(raw)?.damaged).toEqual({ version: 1, lessons: { bad: { furthest: "x", last: 1, total: 2 } } });
  });

  it("keeps fields it does not know, in the value and in lesson records, and writes them back unchanged", () => {
    const raw =
      '{"version":2,"lessons":{"intro":{"furthest":2,"last":1,"total":4,"at":5,"bookmarks":[3],"note":{"text":"ask about MFA"}}},' +
      '"__proto__":"a field, not a prototype","device":"tablet"}';
    const progress = parsed(raw);
    expect(progress.unknownFields).toEqual(JSON.parse('{"device":"tablet","__proto__":"a field, not a prototype"}'));
    expect(progress.lessons.intro).toEqual({ furthest: 2, last: 1, total: 4, at: 5, unknownFields: { bookmarks: [3], note: { text: "ask about MFA" } } });
    expect(JSON.parse(JSON.stringify(storedReadingProgress(progress)))).toEqual(JSON.parse(raw));
    const next = recordSlide(progress, "intro", 4, 4, 9);
    expect(JSON.parse(JSON.stringify(storedReadingProgress(next)))).toEqual({
      ...JSON.parse(raw),
      lessons: { intro: { furthest: 4, last: 4, total: 4, at: 9, bookmarks: [3], note: { text: "ask about MFA" } } },
    });
  });

  it("writes back any unknown fields unchanged (parse, then store)", () => {
    const extras = (known: string[]) => fc.dictionary(unknownName(known), fc.jsonValue(), { maxKeys: 3 });
    const lesson = fc.tuple(validRecord, extras(KNOWN_LESSON_FIELDS)).map(([record, extra]) => ({ ...extra, ...record }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), lesson), extras(["version", "lessons"]), (lessons, extra) => {
        const stored = { ...extra, version: 2, lessons };
        const text = JSON.stringify(stored);
        expect(JSON.parse(JSON.stringify(storedReadingProgress(parsed(text))))).toEqual(JSON.parse(text));
      }),
    );
  });

  it("loses no lesson entry: each is read or handed back as damaged, exactly as stored", () => {
    const entry = fc.oneof(validRecord, fc.jsonValue(), fc.record({ furthest: fc.jsonValue(), last: fc.jsonValue(), total: fc.jsonValue(), at: fc.jsonValue() }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), entry), fc.constantFrom(1, 2), (lessons, version) => {
        const raw = JSON.stringify({ version, lessons });
        const read = parseReadingProgress(raw)!;
        const original = JSON.parse(raw).lessons as Record<string, unknown>;
        const damaged = read.damaged?.lessons ?? {};
        expect([...Object.keys(read.progress.lessons), ...Object.keys(damaged)].sort()).toEqual(Object.keys(original).sort());
        for (const [slug, value] of Object.entries(damaged)) expect(value).toEqual(original[slug]);
        expect(read.damaged === undefined || read.damaged.version === version).toBe(true);
        // What is read, stored again, is the original record (version 1 records gain `at: 0`).
        const kept = storedReadingProgress(read.progress).lessons as Record<string, LessonProgress>;
        for (const [slug, record] of Object.entries(kept)) expect(record).toEqual(version === 1 ? { ...(original[slug] as object), at: 0 } : original[slug]);
      }),
    );
  });

  it("keeps a lesson slugged like an Object property as an ordinary record", () => {
    const raw = '{"version":2,"lessons":{"__proto__":{"furthest":2,"last":2,"total":3,"at":1},"constructor":{"furthest":1,"last":1,"total":3,"at":2}}}';
    const progress = parsed(raw);
    expect(Object.keys(progress.lessons).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(progress.lessons)).toBe(Object.prototype);
    expect(lessonStatus(progress, "__proto__", 3)).toEqual({ state: "in-progress", resumeAt: 2, furthest: 2, total: 3 });
    expect(lessonStatus(progress, "constructor", 3)).toEqual({ state: "in-progress", resumeAt: 1, furthest: 1, total: 3 });
    expect(JSON.parse(JSON.stringify(storedReadingProgress(progress)))).toEqual(JSON.parse(raw));
  });
});

describe("recordSlide", () => {
  it("records the furthest and the last slide shown", () => {
    const progress = recordSlide(EMPTY_PROGRESS, "intro", 3, 5, 10);
    expect(progress.lessons.intro).toEqual({ furthest: 3, last: 3, total: 5, at: 10 });
    const back = recordSlide(progress, "intro", 1, 5, 20);
    expect(back.lessons.intro).toEqual({ furthest: 3, last: 1, total: 5, at: 20 });
  });

  it("does not change the progress it was given", () => {
    const before = recordSlide(EMPTY_PROGRESS, "intro", 2, 5);
    const snapshot = structuredClone(before);
    recordSlide(before, "intro", 4, 5);
    recordSlide(before, "other", 1, 2);
    expect(before).toEqual(snapshot);
    expect(EMPTY_PROGRESS).toEqual({ version: 2, lessons: {} });
  });

  it("returns the same object when nothing changed, so nothing is saved", () => {
    const progress = recordSlide(EMPTY_PROGRESS, "intro", 2, 5);
    expect(recordSlide(progress, "intro", 2, 5)).toBe(progress);
    expect(recordSlide(progress, "intro", 1, 5)).not.toBe(progress);
  });

  it("keeps other lessons", () => {
    const progress = recordSlide(recordSlide(EMPTY_PROGRESS, "a", 2, 3, 1), "b", 1, 4, 2);
    expect(progress.lessons).toEqual({ a: { furthest: 2, last: 2, total: 3, at: 1 }, b: { furthest: 1, last: 1, total: 4, at: 2 } });
  });

  it("never moves furthest backwards, whatever the order slides are shown in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((total) => fc.tuple(fc.constant(total), fc.array(fc.integer({ min: 1, max: total }), { minLength: 1 }))), ([total, slides]) => {
        let progress = EMPTY_PROGRESS;
        let previous = 0;
        for (const slide of slides) {
          progress = recordSlide(progress, "lesson", slide, total);
          const record = progress.lessons.lesson!;
          expect(record.furthest).toBeGreaterThanOrEqual(previous);
          expect(record.last).toBe(slide);
          previous = record.furthest;
        }
        expect(previous).toBe(Math.max(...slides));
      }),
    );
  });

  it("does not let a lesson slugged `constructor` read Object's constructor as progress", () => {
    expect(recordSlide(EMPTY_PROGRESS, "constructor", 2, 4, 9).lessons.constructor).toEqual({ furthest: 2, last: 2, total: 4, at: 9 });
  });
});

describe("lessonStatus", () => {
  it("is not-started for a lesson never opened", () => {
    expect(lessonStatus(EMPTY_PROGRESS, "intro", 5)).toEqual({ state: "not-started" });
    expect(lessonStatus(recordSlide(EMPTY_PROGRESS, "other", 1, 2), "intro", 5)).toEqual({ state: "not-started" });
  });

  it("is not-started for slugs that are Object properties", () => {
    for (const slug of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(lessonStatus(EMPTY_PROGRESS, slug, 5), slug).toEqual({ state: "not-started" });
    }
  });

  it("is in-progress, resuming at the last slide shown, before the end is reached", () => {
    let progress = recordSlide(EMPTY_PROGRESS, "intro", 4, 5);
    progress = recordSlide(progress, "intro", 2, 5);
    expect(lessonStatus(progress, "intro", 5)).toEqual({ state: "in-progress", resumeAt: 2, furthest: 4, total: 5 });
  });

  it("is finished once the last slide was reached, even after going back", () => {
    const progress = recordSlide(recordSlide(EMPTY_PROGRESS, "intro", 5, 5), "intro", 1, 5);
    expect(lessonStatus(progress, "intro", 5)).toEqual({ state: "finished" });
  });

  it("is part way again when the lesson grew, even if the learner had finished it", () => {
    const progress = recordSlide(EMPTY_PROGRESS, "intro", 5, 5);
    expect(lessonStatus(progress, "intro", 5)).toEqual({ state: "finished" });
    expect(lessonStatus(progress, "intro", 8)).toEqual({ state: "updated", resumeAt: 5, total: 8 });
  });

  it("is not finished when the lesson was cut short before the learner reached its old end", () => {
    // Read to slide 3 of 30; the lesson has 2 slides now. Slide 3 is past its end, but the
    // learner never reached the end of either version.
    const progress = progressOf({ intro: { furthest: 3, last: 3, total: 30, at: 1 } });
    expect(lessonStatus(progress, "intro", 2)).toEqual({ state: "updated", resumeAt: 2, total: 2 });
    const shrank = progressOf({ intro: { furthest: 6, last: 6, total: 8, at: 1 } });
    expect(lessonStatus(shrank, "intro", 4)).toEqual({ state: "updated", resumeAt: 4, total: 4 });
    const partWay = progressOf({ intro: { furthest: 3, last: 7, total: 8, at: 1 } });
    expect(lessonStatus(partWay, "intro", 5)).toEqual({ state: "updated", resumeAt: 5, total: 5 });
  });

  it("stays finished when the learner reached the end as it was and as it is now", () => {
    const progress = progressOf({ intro: { furthest: 30, last: 12, total: 30, at: 1 } });
    expect(lessonStatus(progress, "intro", 2)).toEqual({ state: "finished" });
    expect(lessonStatus(progress, "intro", 30)).toEqual({ state: "finished" });
    expect(lessonStatus(progress, "intro", 31)).toEqual({ state: "updated", resumeAt: 12, total: 31 });
  });

  it("always resumes at a slide the lesson has now, and is finished only by the rule", () => {
    const record = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }))
      .map(([furthest, last, total]): LessonProgress => ({ furthest, last, total, at: 1 }));
    fc.assert(
      fc.property(record, fc.integer({ min: 1, max: 40 }), (lesson, total) => {
        const status = lessonStatus(progressOf({ intro: lesson }), "intro", total);
        expect(status.state === "finished").toBe(lesson.furthest >= lesson.total && lesson.furthest >= total);
        if (status.state === "in-progress" || status.state === "updated") {
          expect(status.resumeAt).toBeGreaterThanOrEqual(1);
          expect(status.resumeAt).toBeLessThanOrEqual(total);
          expect(status.state === "updated").toBe(lesson.total !== total);
        }
        if (status.state === "in-progress") expect(status.furthest).toBeLessThan(total);
      }),
    );
  });

  it("does not change the saved record (display only)", () => {
    const progress = progressOf({ intro: { furthest: 3, last: 3, total: 30, at: 1 } });
    const snapshot = structuredClone(progress);
    lessonStatus(progress, "intro", 2);
    lastUnfinished(progress, { intro: 2 });
    expect(progress).toEqual(snapshot);
  });
});

describe("recordSlide after the lesson changed", () => {
  it("does not count slides of the old version as the end of the new one", () => {
    // Read to slide 3 of 30; now 2 slides. Opening slide 1 is not the end of the lesson.
    let progress = progressOf({ intro: { furthest: 3, last: 3, total: 30, at: 1 } });
    progress = recordSlide(progress, "intro", 1, 2, 2);
    expect(progress.lessons.intro).toEqual({ furthest: 1, last: 1, total: 2, at: 2 });
    expect(lessonStatus(progress, "intro", 2)).toEqual({ state: "in-progress", resumeAt: 1, furthest: 1, total: 2 });
    progress = recordSlide(progress, "intro", 2, 2, 3);
    expect(lessonStatus(progress, "intro", 2)).toEqual({ state: "finished" });
  });

  it("carries over how far the learner got, short of the new end", () => {
    const grown = recordSlide(progressOf({ intro: { furthest: 5, last: 5, total: 5, at: 1 } }), "intro", 1, 8, 2);
    expect(grown.lessons.intro).toEqual({ furthest: 5, last: 1, total: 8, at: 2 });
    const finished = recordSlide(progressOf({ intro: { furthest: 30, last: 30, total: 30, at: 1 } }), "intro", 1, 2, 2);
    expect(lessonStatus(finished, "intro", 2)).toEqual({ state: "finished" });
  });
});

describe("lastUnfinished", () => {
  const totals = { a: 5, b: 4, done: 4 };

  it("is the unfinished lesson read most recently, at its last slide", () => {
    let progress = recordSlide(EMPTY_PROGRESS, "a", 2, 5, 100);
    progress = recordSlide(progress, "b", 3, 4, 300);
    progress = recordSlide(progress, "done", 4, 4, 500);
    expect(lastUnfinished(progress, totals)).toEqual({ slug: "b", slide: 3 });
    expect(lastUnfinished(recordSlide(progress, "a", 1, 5, 400), totals)).toEqual({ slug: "a", slide: 1 });
  });

  it("is undefined with nothing unfinished, or only migrated records with no time", () => {
    expect(lastUnfinished(EMPTY_PROGRESS, totals)).toBeUndefined();
    expect(lastUnfinished(parsed('{"version":1,"lessons":{"a":{"furthest":1,"last":1,"total":3}}}'), totals)).toBeUndefined();
  });

  it("resumes at a slide the lesson still has, and only counts what is unfinished as the lesson is now", () => {
    const progress = progressOf({
      a: { furthest: 12, last: 12, total: 30, at: 300 },
      b: { furthest: 4, last: 4, total: 4, at: 200 },
    });
    // `a` had 30 slides and has 5: slide 12 is gone, and the learner never finished it.
    expect(lastUnfinished(progress, totals)).toEqual({ slug: "a", slide: 5 });
    // `b` was finished at 4 slides; now it has 6, so it is unfinished again.
    expect(lastUnfinished(progress, { b: 6 })).toEqual({ slug: "b", slide: 4 });
    expect(lastUnfinished(progress, { b: 4 })).toBeUndefined();
  });

  it("skips lessons no longer in the course, rather than offering none", () => {
    const progress = progressOf({ gone: { furthest: 1, last: 1, total: 3, at: 900 }, a: { furthest: 2, last: 2, total: 5, at: 100 } });
    expect(lastUnfinished(progress, totals)).toEqual({ slug: "a", slide: 2 });
    expect(lastUnfinished(progress, { constructor: 3 })).toBeUndefined();
  });

  it("never names a slide outside the lesson as it is now", () => {
    const lesson = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1000 }))
      .map(([furthest, last, total, at]): LessonProgress => ({ furthest, last, total, at }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b", "c"), lesson), fc.dictionary(fc.constantFrom("a", "b", "d"), fc.integer({ min: 1, max: 40 })), (lessons, now) => {
        const found = lastUnfinished(progressOf(lessons), now);
        if (!found) return;
        expect(Object.hasOwn(now, found.slug)).toBe(true);
        expect(found.slide).toBeGreaterThanOrEqual(1);
        expect(found.slide).toBeLessThanOrEqual(now[found.slug]!);
      }),
    );
  });
});

describe("withReached", () => {
  it("raises a lesson's furthest slide and nothing else, and leaves what already reaches that far", () => {
    const read = recordSlide(recordSlide(EMPTY_PROGRESS, "a", 2, 7, 10), "b", 5, 5, 20);
    const raised = withReached(read, "a", 3, 7);
    expect(raised.lessons.a).toEqual({ ...read.lessons.a, furthest: 3 });
    expect(raised.lessons.b).toBe(read.lessons.b);
    expect(withReached(raised, "a", 2, 7)).toBe(raised);
    // A record of another length of the lesson is left to recordSlide's rules.
    expect(withReached(read, "a", 3, 8)).toBe(read);
    expect(withReached(EMPTY_PROGRESS, "c", 4, 6).lessons.c).toEqual({ furthest: 4, last: 4, total: 6, at: 0 });
  });
});
