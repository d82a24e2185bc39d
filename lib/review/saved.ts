/**
 * The review schedule as the browser keeps it, and how to read it back. Pure: the browser glue is
 * storage.ts. Like the other stores, a damaged card does not cost the others (it comes back in
 * `damaged`, as stored, for the caller to set aside), a value that cannot be trusted as a whole
 * (not JSON, a version this Pagebreak does not know) is refused so the caller sets it aside, and
 * fields this version does not know are kept and written back unchanged.
 */

import { S_MIN, State } from "ts-fsrs";
import { asRecord, keepUnknown, parseJson, unknownFieldsOf, withUnknownFields, type UnknownFields } from "../stored-json";
import { cardId } from "./card-id";
import { REVIEW_VERSION } from "./key";
import type { AnsweredCard } from "./schedule";

export { REVIEW_VERSION };

/** What the schedule knows of one review card. */
export interface ReviewEntry {
  quiz: string;
  itemId: string;
  /** The item's answer key when the card was last answered; another one now means the card starts again. */
  answerKey: string;
  card: AnsweredCard;
  /** Fields of the stored entry and of its card this version does not know, written back unchanged. */
  unknownFields?: { entry?: UnknownFields; card?: UnknownFields };
}

export interface ReviewSchedule {
  version: typeof REVIEW_VERSION;
  /** By card id (`cardId(quiz, itemId)`). */
  cards: Record<string, ReviewEntry>;
  /**
   * Cards whose right answer changed, by card id, oldest first: each as it was stored when the
   * new answer was first answered, with `replacedAt`. Kept for the learner, never scheduled.
   */
  replaced: Record<string, unknown[]>;
  /** Fields of the stored value this version does not know, written back unchanged. */
  unknownFields?: UnknownFields;
}

/** What parseReviewSchedule read: the schedule, and the parts of the stored value it could not read. */
export interface ParsedReviewSchedule {
  schedule: ReviewSchedule;
  /** The damaged cards (and a damaged `replaced`) exactly as stored, in a value shaped like the store. */
  damaged?: { version: number; cards: Record<string, unknown>; replaced?: unknown };
}

export const EMPTY_SCHEDULE: ReviewSchedule = { version: REVIEW_VERSION, cards: {}, replaced: {} };

const SCHEDULE_FIELDS = ["version", "cards", "replaced"];
const ENTRY_FIELDS = ["quiz", "itemId", "answerKey", "card", "lastReview"];
const CARD_FIELDS = ["due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state"];
const STATES: readonly number[] = [State.New, State.Learning, State.Review, State.Relearning];

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isName(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** A date stored as text (ISO 8601), or undefined. */
function readDate(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time) : undefined;
}

/**
 * Difficulty and stability FSRS accepts: none yet (a card never rated), or difficulty 1–10 and a
 * positive stability. Anything else would make the next answer throw instead of being recorded.
 */
function isMemoryState(difficulty: number, stability: number): boolean {
  if (difficulty === 0 && stability === 0) return true;
  return difficulty >= 1 && difficulty <= 10 && Number.isFinite(stability) && stability >= S_MIN;
}

/** A stored card, with `last_review` from its entry; undefined when damaged. */
function readCard(value: unknown, lastReview: Date): { card: AnsweredCard; unknownFields?: UnknownFields } | undefined {
  const stored = asRecord(value);
  if (!stored) return undefined;
  const { stability, difficulty, scheduled_days, reps, lapses, state } = stored;
  const due = readDate(stored.due);
  // ts-fsrs 6 drops `elapsed_days`, and a card may come from a version without learning steps.
  const elapsed_days = stored.elapsed_days ?? 0;
  const learning_steps = stored.learning_steps ?? 0;
  if (!due || typeof difficulty !== "number" || typeof stability !== "number" || !isMemoryState(difficulty, stability)) return undefined;
  if (!isCount(elapsed_days) || !isCount(scheduled_days) || !isCount(learning_steps) || !isCount(reps) || !isCount(lapses)) return undefined;
  if (typeof state !== "number" || !STATES.includes(state)) return undefined;
  const card: AnsweredCard = { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review: lastReview };
  return { card, ...keepUnknown(unknownFieldsOf(stored, CARD_FIELDS)) };
}

/** A stored entry under `id`; undefined when damaged, or filed under another card's id. */
function readEntry(id: string, value: unknown): ReviewEntry | undefined {
  const stored = asRecord(value);
  if (!stored) return undefined;
  const { quiz, itemId, answerKey } = stored;
  const lastReview = readDate(stored.lastReview);
  if (!isName(quiz) || !isName(itemId) || !isName(answerKey) || !lastReview || cardId(quiz, itemId) !== id) return undefined;
  const read = readCard(stored.card, lastReview);
  if (!read) return undefined;
  const entryFields = unknownFieldsOf(stored, ENTRY_FIELDS);
  const unknownFields = entryFields || read.unknownFields ? { unknownFields: { entry: entryFields, card: read.unknownFields } } : {};
  return { quiz, itemId, answerKey, card: read.card, ...unknownFields };
}

/** `replaced` as stored: card id → list. Its items are kept as they are, never read as cards. */
function readReplaced(value: unknown): Record<string, unknown[]> | undefined {
  if (value === undefined) return {};
  const stored = asRecord(value);
  if (!stored || !Object.values(stored).every(Array.isArray)) return undefined;
  return Object.fromEntries(Object.entries(stored).map(([id, list]) => [id, [...(list as unknown[])]]));
}

/**
 * Reads the stored schedule; undefined when the value as a whole cannot be trusted (corrupted
 * JSON, an unknown version, say from a newer Pagebreak), for the caller to set aside.
 */
export function parseReviewSchedule(raw: string | null): ParsedReviewSchedule | undefined {
  if (raw === null) return { schedule: EMPTY_SCHEDULE };
  const data = asRecord(parseJson(raw));
  const cards = asRecord(data?.cards);
  if (!data || data.version !== REVIEW_VERSION || !cards) return undefined;
  const valid: [string, ReviewEntry][] = [];
  const damaged: [string, unknown][] = [];
  for (const [id, value] of Object.entries(cards)) {
    const entry = readEntry(id, value);
    if (entry) valid.push([id, entry]);
    else damaged.push([id, value]);
  }
  const replaced = readReplaced(data.replaced);
  // fromEntries defines own properties: a card id `__proto__` stays data.
  const schedule: ReviewSchedule = {
    version: REVIEW_VERSION,
    cards: Object.fromEntries(valid),
    replaced: replaced ?? {},
    ...keepUnknown(unknownFieldsOf(data, SCHEDULE_FIELDS)),
  };
  if (damaged.length === 0 && replaced) return { schedule };
  return { schedule, damaged: { version: data.version, cards: Object.fromEntries(damaged), ...(replaced ? {} : { replaced: data.replaced }) } };
}

/** One entry as stored: dates as ISO text, `last_review` as the entry's `lastReview`. */
export function storedEntry({ quiz, itemId, answerKey, card, unknownFields }: ReviewEntry): Record<string, unknown> {
  const { last_review, due, ...memory } = card;
  const storedCard = withUnknownFields({ ...memory, due: due.toISOString() }, unknownFields?.card);
  return withUnknownFields({ quiz, itemId, answerKey, card: storedCard, lastReview: last_review.toISOString() }, unknownFields?.entry);
}

/** The value to store: parseReviewSchedule reads it back as `schedule`, unknown fields and all. */
export function storedReviewSchedule(schedule: ReviewSchedule): Record<string, unknown> {
  const cards = Object.fromEntries(Object.entries(schedule.cards).map(([id, entry]) => [id, storedEntry(entry)]));
  const replaced = Object.keys(schedule.replaced).length > 0 ? { replaced: schedule.replaced } : {};
  return withUnknownFields({ version: schedule.version, cards, ...replaced }, schedule.unknownFields);
}

/** A card's entry, if it has one; own properties only, so a card id `constructor` is not `Object`'s. */
export function entryFor(schedule: ReviewSchedule, id: string): ReviewEntry | undefined {
  return Object.hasOwn(schedule.cards, id) ? schedule.cards[id] : undefined;
}
