/**
 * A round of the Review page: the cards due when it began, asked one at a time, each answered once
 * and then shown with its feedback until Continue. Plain data, pure steps (like lib/quiz/session.ts);
 * the schedule itself is the store's. When a round ends, the page starts the next one from the
 * cards due then, so a card answered wrong comes back after the others.
 */

import type { Answer } from "../quiz/session";

export interface ReviewRound {
  /** Card ids in the order asked. */
  order: string[];
  /** Position in `order` of the card asked (or just answered). */
  index: number;
  /** The answer to the card at `index`, once given: the round is then showing its feedback. */
  answer?: Answer;
}

/** A round of the due cards, or undefined when none is due. */
export function newRound(cardIds: readonly string[]): ReviewRound | undefined {
  return cardIds.length === 0 ? undefined : { order: [...cardIds], index: 0 };
}

/** The card being asked. */
export function currentCard(round: ReviewRound): string | undefined {
  return round.order[round.index];
}

/** The round after an answer; unchanged when the card is already answered or the answer is empty. */
export function withRoundAnswer(round: ReviewRound, answer: Answer): ReviewRound {
  if (round.answer || answer.length === 0 || currentCard(round) === undefined) return round;
  return { ...round, answer: [...answer] };
}

/** The round after Continue: the next card, or undefined when it was the last; unchanged before an answer. */
export function continueRound(round: ReviewRound): ReviewRound | undefined {
  if (!round.answer) return round;
  const index = round.index + 1;
  return index < round.order.length ? { order: round.order, index } : undefined;
}
