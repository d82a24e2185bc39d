/**
 * What the Review page asks: the due cards of the whole course, mixed across quizzes (interleaved
 * practice: the learner has to work out which kind of question each one is), and when nothing is
 * due, when the next card is. Pure: the caller passes the course's cards, the schedule and the time.
 */

import { deriveSeed, shuffle } from "../quiz/shuffle";
import { cardId, type ReviewItem } from "./card-id";
import { entryFor, type ReviewSchedule } from "./saved";
import { isDue } from "./schedule";

/** A card to ask now. */
export interface DueCard {
  cardId: string;
  quiz: string;
  itemId: string;
  /** When it fell due; `now` for a card whose answer changed. */
  due: Date;
  /** The item's answer changed since the learner last answered it: the card starts again, as new. */
  answerChanged: boolean;
}

export interface ReviewQueue {
  /** The cards to ask, in the order to ask them. */
  due: DueCard[];
  /** When the earliest card not yet due falls due; undefined when no other card is scheduled. */
  nextDue?: Date;
}

/**
 * The review queue at `now`. Only cards the learner has answered are scheduled: an item never
 * answered waits for its quiz. A card whose item is no longer in the course is left out (and kept
 * in the schedule, should the item come back). A card whose answer changed is due at once.
 * The same cards and `seed` give the same order (keep the seed with a review session, as quiz
 * sessions keep theirs).
 */
export function reviewQueue(items: readonly ReviewItem[], schedule: ReviewSchedule, now: Date, seed: number): ReviewQueue {
  const due: DueCard[] = [];
  let nextDue: Date | undefined;
  const seen = new Set<string>();
  for (const item of items) {
    const id = cardId(item.quiz, item.itemId);
    const entry = entryFor(schedule, id);
    if (!entry || seen.has(id)) continue;
    seen.add(id);
    const base = { cardId: id, quiz: item.quiz, itemId: item.itemId };
    if (entry.answerKey !== item.answerKey) due.push({ ...base, due: now, answerChanged: true });
    else if (isDue(entry.card, now)) due.push({ ...base, due: entry.card.due, answerChanged: false });
    else if (!nextDue || entry.card.due < nextDue) nextDue = entry.card.due;
  }
  return { due: interleaveByQuiz(due, seed), ...(nextDue ? { nextDue } : {}) };
}

/**
 * The cards in an order where no two of the same quiz follow each other whenever that can be
 * done. Each step takes the quiz with the most cards left other than the last one taken (the
 * greedy order that succeeds whenever any order does); ties go by a seeded order of the quizzes.
 * Within a quiz, the card longest due comes first.
 */
export function interleaveByQuiz<T extends { quiz: string; due: Date }>(cards: readonly T[], seed: number): T[] {
  const byQuiz = new Map<string, T[]>();
  for (const card of cards) {
    const queue = byQuiz.get(card.quiz);
    if (queue) queue.push(card);
    else byQuiz.set(card.quiz, [card]);
  }
  // A seeded shuffle, then a stable sort: earliest due first, ties in a seeded order.
  const queues = shuffle([...byQuiz.keys()].sort(), seed).map((quiz) =>
    shuffle(byQuiz.get(quiz) ?? [], deriveSeed(seed, quiz)).sort((a, b) => a.due.getTime() - b.due.getTime()),
  );
  const order: T[] = [];
  let last: T[] | undefined;
  while (order.length < cards.length) {
    let pick: T[] | undefined;
    for (const queue of queues) {
      if (queue.length === 0 || (queue === last && queues.some((other) => other !== last && other.length > 0))) continue;
      if (!pick || queue.length > pick.length) pick = queue;
    }
    if (!pick) break;
    order.push(pick.shift()!);
    last = pick;
  }
  return order;
}
