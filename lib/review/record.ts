import { keepUnknown } from "../stored-json";
import { cardId } from "./card-id";
import { entryFor, storedEntry, type ReviewEntry, type ReviewSchedule } from "./saved";
import { answerCard } from "./schedule";
import type { ReviewStore } from "./storage";

/** One answer to one item, from a quiz or the Review page. */
export interface ReviewAnswer {
  quiz: string;
  itemId: string;
  /** The item's answer key now (card-id.ts); another one than the card was answered with starts it again. */
  answerKey: string;
  correct: boolean;
  now: Date;
}

/**
 * The schedule after an answer, and the answered card's entry in it. When the item's answer has
 * changed since the card was last answered, the old card goes to `replaced` (kept, not deleted)
 * and the card starts new. The same answer recorded twice at the same instant (a screen that
 * saved it twice) counts once.
 */
export function withAnswer(schedule: ReviewSchedule, answer: ReviewAnswer): { schedule: ReviewSchedule; entry: ReviewEntry } {
  const { quiz, itemId, answerKey, correct, now } = answer;
  const id = cardId(quiz, itemId);
  const before = entryFor(schedule, id);
  const changed = before !== undefined && before.answerKey !== answerKey;
  if (before && !changed && before.card.last_review.getTime() === now.getTime()) return { schedule, entry: before };
  const entry: ReviewEntry = {
    quiz,
    itemId,
    answerKey,
    card: answerCard(changed ? undefined : before?.card, correct, now),
    ...(changed ? {} : keepUnknown(before?.unknownFields)),
  };
  const cards = { ...schedule.cards, [id]: entry };
  if (!changed) return { schedule: { ...schedule, cards }, entry };
  const earlier = Object.hasOwn(schedule.replaced, id) ? (schedule.replaced[id] ?? []) : [];
  const replaced = { ...schedule.replaced, [id]: [...earlier, { ...storedEntry(before), replacedAt: now.toISOString() }] };
  return { schedule: { ...schedule, cards, replaced }, entry };
}

/**
 * Records an answer in the store: what the quiz and Review screens call after each answer.
 * `saved` is false when the browser refused to store it; `entry` is the card as now scheduled.
 */
export function recordAnswer(store: ReviewStore, answer: ReviewAnswer): { saved: boolean; entry: ReviewEntry } {
  // Read the store now, not a copy held since the page loaded, so another tab's answers are kept.
  const before = store.read();
  const { schedule, entry } = withAnswer(before, answer);
  return { saved: schedule === before || store.write(schedule), entry };
}
