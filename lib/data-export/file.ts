/**
 * "Your data" as one JSON file: what `exportData` writes and what `readDataFile` accepts back. Pure:
 * both take and give plain values; lib/data-export/storage.ts is the browser glue.
 *
 * Each store goes into the file as it is stored (so the file reads like the browser's data and an
 * import into an empty browser puts back the same values). A file is checked whole before anything
 * is imported: one damaged part refuses the file, with one sentence that names the part.
 */

import { z } from "zod";
import { parseOutlineFolds } from "../progress/outline-folds";
import { parseReadingProgress } from "../progress/reading";
import { ATTEMPTS_VERSION, SAVED_SESSION_VERSION, parseAttempts } from "../quiz/saved";
import { parseReviewSchedule } from "../review/saved";
import { asRecord, parseJson } from "../stored-json";
import { THEME_CHOICES, parseThemeChoice, type ThemeChoice } from "../theme";
import { ATTEMPTS_KEY, LOCAL_ONLY_KEYS, OUTLINE_FOLDS_KEY, PAGEBREAK_PREFIX, READING_KEY, REVIEW_KEY, THEME_KEY, sessionSlug } from "./keys";

/** The `format` of a Pagebreak data file. */
export const DATA_FORMAT = "pagebreak-data";

/** Bump when the file's shape changes; a file of a higher version is refused, not half read. */
export const DATA_VERSION = 1;

/** Pagebreak's keys and their stored text, as localStorage holds them. */
export type StorageSnapshot = Readonly<Record<string, string>>;

/** A stored JSON object, as it is stored. */
type StoredObject = Record<string, unknown>;

/** What a data file carries: each store as stored, absent when the browser had none. */
export interface DataSections {
  /** `pagebreak:reading`: furthest and last slide per lesson. */
  reading?: StoredObject;
  /** `pagebreak:quiz-attempts`: best and last score and the number of rounds, per quiz. */
  quizAttempts?: StoredObject;
  /** `pagebreak:quiz:<slug>`: each quiz's session in progress, by slug. */
  quizSessions: Record<string, StoredObject>;
  /** `pagebreak:review`: the spaced-review schedule, one card per quiz item. */
  review?: StoredObject;
  /** `pagebreak:theme`: System, Light or Dark. */
  theme?: ThemeChoice;
  /** `pagebreak:outline-folds`: which outline sections are folded. */
  outlineFolds?: StoredObject;
  /**
   * Every other Pagebreak key, as text: set-aside copies of data that could not be read (kept so
   * nothing the browser holds is left out), keys a newer Pagebreak wrote, and a store this version
   * could not read whole.
   */
  other: Record<string, string>;
}

/** A Pagebreak data file. */
export interface DataFile {
  format: typeof DATA_FORMAT;
  version: typeof DATA_VERSION;
  /** When it was downloaded, ISO 8601. */
  exportedAt: string;
  /** The id of the browser it came from (BROWSER_KEY), so its quiz attempts are counted once. */
  browser: string;
  data: DataSections;
}

/** True when the store under `key` reads whole: nothing in it would be set aside. */
function readsWhole(raw: string, key: string): boolean {
  const read =
    key === READING_KEY ? parseReadingProgress(raw) : key === ATTEMPTS_KEY ? parseAttempts(raw) : key === REVIEW_KEY ? parseReviewSchedule(raw) : undefined;
  if (key === OUTLINE_FOLDS_KEY) {
    const folds = parseOutlineFolds(raw);
    return folds !== undefined && folds.setAside === undefined;
  }
  return read !== undefined && read.damaged === undefined;
}

/**
 * A quiz session envelope this version can carry: an object of the version it knows holding a
 * session object. Whether it fits the quiz as it is now is the quiz page's call when it opens.
 */
function isSessionEnvelope(value: unknown): value is StoredObject {
  const envelope = asRecord(value);
  return envelope !== undefined && envelope.version === SAVED_SESSION_VERSION && asRecord(envelope.session) !== undefined;
}

const SECTION_KEYS = { reading: READING_KEY, quizAttempts: ATTEMPTS_KEY, review: REVIEW_KEY, outlineFolds: OUTLINE_FOLDS_KEY } as const;

/** The file for a browser's data: every Pagebreak key but this browser's bookkeeping (LOCAL_ONLY_KEYS). */
export function exportData(snapshot: StorageSnapshot, browser: string, now: Date): DataFile {
  const data: DataSections = { quizSessions: {}, other: {} };
  const sessions: [string, StoredObject][] = [];
  const other: [string, string][] = [];
  for (const [key, raw] of Object.entries(snapshot)) {
    if (!key.startsWith(PAGEBREAK_PREFIX) || LOCAL_ONLY_KEYS.includes(key)) continue;
    const section = (Object.keys(SECTION_KEYS) as (keyof typeof SECTION_KEYS)[]).find((name) => SECTION_KEYS[name] === key);
    const slug = sessionSlug(key);
    const json = parseJson(raw);
    if (section && readsWhole(raw, key)) data[section] = json as StoredObject;
    else if (key === THEME_KEY && parseThemeChoice(raw)) data.theme = parseThemeChoice(raw);
    else if (slug !== undefined && isSessionEnvelope(json)) sessions.push([slug, json]);
    else other.push([key, raw]);
  }
  // fromEntries defines own properties: a quiz slugged `__proto__` stays data.
  data.quizSessions = Object.fromEntries(sessions);
  data.other = Object.fromEntries(other);
  return { format: DATA_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), browser, data };
}

/** What readDataFile made of a file: the file, or one sentence saying what is wrong with it. */
export type ReadDataFile = { ok: true; file: DataFile } | { ok: false; problem: string };

const storedObject = z.record(z.string(), z.unknown());

/** The file's outer shape; the stores inside are checked by their own parsers below. */
const FILE_SCHEMA = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  exportedAt: z.iso.datetime(),
  browser: z.string().min(1).max(200),
  data: z.object({
    reading: storedObject.optional(),
    quizAttempts: storedObject.optional(),
    quizSessions: z.record(z.string(), z.unknown()).optional(),
    review: storedObject.optional(),
    theme: z.enum(THEME_CHOICES as [ThemeChoice, ...ThemeChoice[]]).optional(),
    outlineFolds: storedObject.optional(),
    other: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The largest file read: localStorage itself holds about 5 MB. */
export const MAX_FILE_CHARACTERS = 10_000_000;

const damaged = (what: string) => ({ ok: false as const, problem: `This Pagebreak data file is damaged: ${what}.` });

/** The first damaged entry of a store's section, named for the learner, or undefined when it reads whole. */
function sectionProblem(name: string, value: StoredObject): string | undefined {
  const raw = JSON.stringify(value);
  if (name === "reading") {
    const read = parseReadingProgress(raw);
    if (!read) return "its reading progress cannot be read";
    const lesson = Object.keys(read.damaged?.lessons ?? {})[0];
    return lesson === undefined ? undefined : `the reading progress of lesson “${lesson}” cannot be read`;
  }
  if (name === "quizAttempts") {
    const read = parseAttempts(raw);
    if (!read) return `its quiz attempts cannot be read (version ${ATTEMPTS_VERSION} expected)`;
    const quiz = Object.keys(read.damaged?.quizzes ?? {})[0];
    return quiz === undefined ? undefined : `the attempts of quiz “${quiz}” cannot be read`;
  }
  if (name === "review") {
    const read = parseReviewSchedule(raw);
    if (!read) return "its review schedule cannot be read";
    const card = Object.keys(read.damaged?.cards ?? {})[0];
    if (card !== undefined) return `the review card “${card}” cannot be read`;
    return read.damaged ? "the replaced review cards cannot be read" : undefined;
  }
  const read = parseOutlineFolds(raw);
  return read && !read.setAside ? undefined : "its folded outline sections cannot be read";
}

/**
 * Reads an imported file: the file when every part of it can be imported, otherwise one sentence
 * naming what is wrong (not JSON, not a Pagebreak data file, a newer version, a damaged part).
 * Nothing is imported from a file that is refused, so the sentence is all the caller needs.
 */
export function readDataFile(text: string): ReadDataFile {
  if (text.length > MAX_FILE_CHARACTERS) return { ok: false, problem: "This file is too large to be a Pagebreak data file." };
  const json = parseJson(text);
  if (json === undefined) return { ok: false, problem: "This file is not a Pagebreak data file: it is not JSON (it may be damaged or cut short)." };
  const top = asRecord(json);
  if (!top || top.format !== DATA_FORMAT) return { ok: false, problem: "This file is not a Pagebreak data file (it does not say “format”: “pagebreak-data”)." };
  if (typeof top.version === "number" && Number.isInteger(top.version) && top.version > DATA_VERSION) {
    return {
      ok: false,
      problem: `This file was saved by a newer version of Pagebreak (data format ${top.version}); this one reads format ${DATA_VERSION}, so update Pagebreak to import it.`,
    };
  }
  const parsed = FILE_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "the file";
    return damaged(`${where}: ${(issue?.message ?? "unexpected shape").replace(/^Invalid input: /, "")}`);
  }
  // The values are taken from the JSON itself, not the schema's output: zod drops a key named
  // `__proto__`, and a lesson or quiz may be slugged so.
  const data = asRecord(top.data) as StoredObject;
  for (const name of Object.keys(SECTION_KEYS)) {
    const section = asRecord(data[name]);
    const problem = section && sectionProblem(name, section);
    if (problem) return damaged(problem);
  }
  const sessions = Object.entries(asRecord(data.quizSessions) ?? {});
  const badSession = sessions.find(([, envelope]) => !isSessionEnvelope(envelope));
  if (badSession) return damaged(`the saved session of quiz “${badSession[0]}” cannot be read`);
  const other = Object.entries(asRecord(data.other) ?? {});
  const badKey = other.find(([key, text]) => !key.startsWith(PAGEBREAK_PREFIX) || LOCAL_ONLY_KEYS.includes(key) || typeof text !== "string");
  if (badKey) return damaged(`“${badKey[0]}” is not a Pagebreak key holding text`);
  const file: DataFile = {
    format: DATA_FORMAT,
    version: DATA_VERSION,
    exportedAt: parsed.data.exportedAt,
    browser: parsed.data.browser,
    data: {
      ...pick(data, "reading"),
      ...pick(data, "quizAttempts"),
      quizSessions: Object.fromEntries(sessions) as Record<string, StoredObject>,
      ...pick(data, "review"),
      ...(parsed.data.data.theme ? { theme: parsed.data.data.theme } : {}),
      ...pick(data, "outlineFolds"),
      other: Object.fromEntries(other) as Record<string, string>,
    },
  };
  return { ok: true, file };
}

function pick(data: StoredObject, name: keyof typeof SECTION_KEYS): Partial<DataSections> {
  const section = asRecord(data[name]);
  return section ? { [name]: section } : {};
}
