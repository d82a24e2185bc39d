import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReadingProgress } from "../progress/reading";
import { parseAttempts, recordAttempt, storedAttempts, EMPTY_ATTEMPTS, type AttemptsStore } from "../quiz/saved";
import { withAnswer } from "../review/record";
import { EMPTY_SCHEDULE, parseReviewSchedule, storedReviewSchedule } from "../review/saved";
import { exportData, readDataFile, type DataFile, type StorageSnapshot } from "./file";
import { ATTEMPTS_KEY, OUTLINE_FOLDS_KEY, READING_KEY, REVIEW_KEY, SEEN_KEY, THEME_KEY } from "./keys";
import { mergeDataFile } from "./merge";

const NOW = new Date(Date.UTC(2026, 11, 1, 12));
const SLUGS = ["intro", "root", "iam", "__proto__", "constructor"];

/** Entries with unique keys, made into an object that keeps a key named `__proto__` as data. */
function entriesOf<T>(value: fc.Arbitrary<T>, maxLength = 4) {
  return fc.uniqueArray(fc.tuple(fc.constantFrom(...SLUGS), value), { selector: ([key]) => key, maxLength }).map((list) => Object.fromEntries(list));
}

const lesson = fc
  .integer({ min: 1, max: 12 })
  .chain((total) => fc.record({ furthest: fc.integer({ min: 1, max: total }), last: fc.integer({ min: 1, max: total }), total: fc.constant(total), at: fc.nat(10 ** 12) }));

const reading = entriesOf(lesson).map((lessons) => JSON.stringify({ version: 2, lessons }));

const score = fc.integer({ min: 1, max: 10 }).chain((total) =>
  fc.integer({ min: 0, max: total }).map((correct) => ({ correct, total, percent: Math.floor((correct / total) * 100) })),
);

/** Attempts as a browser records them: rounds with scores, one after another. */
const attempts = fc
  .array(fc.tuple(fc.constantFrom(...SLUGS), fc.nat(), score), { maxLength: 8 })
  .map((rounds) => rounds.reduce<AttemptsStore>((store, [slug, seed, result]) => recordAttempt(store, slug, seed, result), EMPTY_ATTEMPTS));

/** A review schedule as answers make it. */
const review = fc
  .array(fc.tuple(fc.constantFrom(...SLUGS), fc.constantFrom("one", "two"), fc.constantFrom("k1", "k2"), fc.boolean(), fc.nat(10 ** 10)), { maxLength: 6 })
  .map((answers) =>
    answers.reduce(
      (schedule, [quiz, itemId, answerKey, correct, offset]) => withAnswer(schedule, { quiz, itemId, answerKey, correct, now: new Date(1.7e12 + offset) }).schedule,
      EMPTY_SCHEDULE,
    ),
  );

const session = fc.record({ savedAt: fc.nat(10 ** 12), index: fc.nat(3) }).map(({ savedAt, index }) => ({
  version: 1,
  quiz: "a=x|b=y",
  session: { mode: "practice", phase: "asking", order: ["a", "b", "c", "d"], index, answers: {}, seed: 1, fullRound: true },
  savedAt,
}));

/** One browser's Pagebreak keys. */
const snapshot: fc.Arbitrary<StorageSnapshot> = fc
  .record({
    reading: fc.option(reading, { nil: undefined }),
    attempts: fc.option(attempts, { nil: undefined }),
    review: fc.option(review, { nil: undefined }),
    sessions: entriesOf(session),
    theme: fc.option(fc.constantFrom("system", "light", "dark"), { nil: undefined }),
    folds: fc.option(fc.uniqueArray(fc.constantFrom("Section 1", "Section 2")), { nil: undefined }),
    other: fc.option(fc.constantFrom("pagebreak:set-aside:pagebreak:reading:1", "pagebreak:from-the-future"), { nil: undefined }),
  })
  .map((parts) => {
    const keys: [string, string][] = [];
    if (parts.reading) keys.push([READING_KEY, parts.reading]);
    if (parts.attempts) keys.push([ATTEMPTS_KEY, JSON.stringify(storedAttempts(parts.attempts))]);
    if (parts.review) keys.push([REVIEW_KEY, JSON.stringify(storedReviewSchedule(parts.review))]);
    for (const [slug, envelope] of Object.entries(parts.sessions)) keys.push([`pagebreak:quiz:${slug}`, JSON.stringify(envelope)]);
    if (parts.theme) keys.push([THEME_KEY, parts.theme]);
    if (parts.folds) keys.push([OUTLINE_FOLDS_KEY, JSON.stringify({ version: 1, folded: parts.folds })]);
    if (parts.other) keys.push([parts.other, "{\"kept\":true}"]);
    return Object.fromEntries(keys);
  });

/** The file a browser's keys export to, read back as an import reads it. */
function fileOf(keys: StorageSnapshot, browser: string): DataFile {
  const read = readDataFile(JSON.stringify(exportData(keys, browser, NOW)));
  if (!read.ok) throw new Error(read.problem);
  return read.file;
}

function imported(keys: StorageSnapshot, file: DataFile, browser: string): StorageSnapshot {
  return { ...keys, ...mergeDataFile(keys, file, browser, NOW).texts };
}

function lessonsOf(keys: StorageSnapshot) {
  return parseReadingProgress(keys[READING_KEY] ?? null)?.progress.lessons ?? {};
}

function attemptsOf(keys: StorageSnapshot) {
  return parseAttempts(keys[ATTEMPTS_KEY] ?? null)?.store.quizzes ?? {};
}

/** A file's data with the per-browser counts of rounds (`from`) left out, which a new browser adds. */
function withoutFrom(file: DataFile) {
  const store = file.data.quizAttempts as { quizzes?: Record<string, Record<string, unknown>> } | undefined;
  const quizzes = Object.entries(store?.quizzes ?? {}).map(([slug, { from: _from, ...entry }]) => [slug, entry]);
  return { ...file.data, ...(store ? { quizAttempts: { ...store, quizzes: Object.fromEntries(quizzes) } } : {}) };
}

describe("mergeDataFile", () => {
  it("writes nothing when the same file is imported a second time", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (here, there) => {
        const file = fileOf(there, "there");
        const once = imported(here, file, "here");
        expect(mergeDataFile(once, file, "here", NOW).texts).toEqual({});
      }),
    );
  });

  it("restores the exported data exactly into an empty browser", () => {
    fc.assert(
      fc.property(snapshot, (there) => {
        const file = fileOf(there, "there");
        const restored = imported({}, file, "new");
        expect(withoutFrom(fileOf(restored, "new"))).toEqual(withoutFrom(file));
        // The rounds counted from the other browser are as many as it had.
        for (const [slug, entry] of Object.entries(attemptsOf(restored))) expect(entry.count).toBe(attemptsOf(there)[slug]?.count);
      }),
    );
  });

  it("never moves the furthest slide of a lesson back, and keeps every lesson of both", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (here, there) => {
        const merged = lessonsOf(imported(here, fileOf(there, "there"), "here"));
        for (const side of [here, there]) {
          for (const [slug, record] of Object.entries(lessonsOf(side))) expect(merged[slug]?.furthest).toBeGreaterThanOrEqual(record.furthest);
        }
      }),
    );
  });

  it("never loses an attempt: each quiz has at least the rounds of either side, and rounds add up across browsers", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (here, there) => {
        const merged = attemptsOf(imported(here, fileOf(there, "there"), "here"));
        for (const [slug, entry] of Object.entries(attemptsOf(here))) expect(merged[slug]?.count).toBe(entry.count + (attemptsOf(there)[slug]?.count ?? 0));
        for (const [slug, entry] of Object.entries(attemptsOf(there))) expect(merged[slug]?.count).toBeGreaterThanOrEqual(entry.count);
      }),
    );
  });

  it("keeps the review card reviewed later", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (here, there) => {
        const merged = parseReviewSchedule(imported(here, fileOf(there, "there"), "here")[REVIEW_KEY] ?? null)?.schedule.cards ?? {};
        for (const side of [here, there]) {
          for (const [id, entry] of Object.entries(parseReviewSchedule(side[REVIEW_KEY] ?? null)?.schedule.cards ?? {})) {
            expect(merged[id]?.card.last_review.getTime()).toBeGreaterThanOrEqual(entry.card.last_review.getTime());
          }
        }
      }),
    );
  });

  it("counts a browser's own rounds once when they come back in another browser's file", () => {
    const laptop = { [ATTEMPTS_KEY]: JSON.stringify(storedAttempts(recordAttempt(recordAttempt(EMPTY_ATTEMPTS, "root", 1, { correct: 1, total: 2, percent: 50 }), "root", 2, { correct: 2, total: 2, percent: 100 }))) };
    const phone = imported({}, fileOf(laptop, "laptop"), "phone");
    const phoneLater = { ...phone, [ATTEMPTS_KEY]: JSON.stringify(storedAttempts(recordAttempt(parseAttempts(phone[ATTEMPTS_KEY]!)!.store, "root", 3, { correct: 0, total: 2, percent: 0 }))) };
    const back = imported(laptop, fileOf(phoneLater, "phone"), "laptop");
    expect(attemptsOf(back).root).toMatchObject({ count: 3, from: { phone: 1 }, best: { percent: 100 }, last: { percent: 100 } });
    // And the phone, taking the laptop's file again, still has three.
    expect(attemptsOf(imported(phoneLater, fileOf(back, "laptop"), "phone")).root?.count).toBe(3);
  });

  it("keeps this browser's theme and folds, takes the file's where it has none, and the newer quiz session", () => {
    const here = {
      [THEME_KEY]: "dark",
      "pagebreak:quiz:root": JSON.stringify({ version: 1, quiz: "f", session: { index: 1 }, savedAt: 200 }),
      "pagebreak:quiz:iam": JSON.stringify({ version: 1, quiz: "f", session: { index: 1 }, savedAt: 200 }),
    };
    const there = {
      [THEME_KEY]: "light",
      [OUTLINE_FOLDS_KEY]: JSON.stringify({ version: 1, folded: ["Section 2"] }),
      "pagebreak:quiz:root": JSON.stringify({ version: 1, quiz: "f", session: { index: 2 }, savedAt: 300 }),
      "pagebreak:quiz:iam": JSON.stringify({ version: 1, quiz: "f", session: { index: 0 }, savedAt: 100 }),
      "pagebreak:set-aside:pagebreak:reading:5": "not json",
    };
    const { texts, summary } = mergeDataFile(here, fileOf(there, "there"), "here", NOW);
    expect(texts).toEqual({
      [OUTLINE_FOLDS_KEY]: there[OUTLINE_FOLDS_KEY],
      "pagebreak:quiz:root": there["pagebreak:quiz:root"],
      "pagebreak:set-aside:pagebreak:reading:5": "not json",
      // A copy set aside (and told about) in the other browser raises no notice here.
      [SEEN_KEY]: JSON.stringify(["pagebreak:set-aside:pagebreak:reading:5"]),
    });
    expect(summary).toEqual({ lessons: 0, attempts: 0, sessions: 1, reviewCards: 0, outlineFolds: true, other: 1 });
  });

  it("sets this browser's unreadable data aside instead of writing over it", () => {
    const here = { [READING_KEY]: "{not json", [THEME_KEY]: "purple" };
    const there = { [READING_KEY]: JSON.stringify({ version: 2, lessons: { root: { furthest: 2, last: 2, total: 3, at: 5 } } }), [THEME_KEY]: "light" };
    const { texts } = mergeDataFile(here, fileOf(there, "there"), "here", NOW);
    expect(texts).toEqual({
      [`pagebreak:set-aside:${READING_KEY}:${NOW.getTime()}`]: "{not json",
      [READING_KEY]: there[READING_KEY],
      [`pagebreak:set-aside:${THEME_KEY}:${NOW.getTime()}`]: "purple",
      [THEME_KEY]: "light",
    });
  });
});
