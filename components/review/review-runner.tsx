"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { feedbackAnnouncement } from "@/lib/quiz/announce";
import { answerText } from "@/lib/quiz/review";
import { isCorrect, type Answer, type SessionAction } from "@/lib/quiz/session";
import { newSeed } from "@/lib/quiz/shuffle";
import { cardId } from "@/lib/review/card-id";
import type { ReviewCard } from "@/lib/review/cards";
import { reviewQueue } from "@/lib/review/queue";
import { recordAnswer } from "@/lib/review/record";
import { continueRound, currentCard, newRound, withRoundAnswer, type ReviewRound } from "@/lib/review/round";
import { browserReviewStore } from "@/lib/review/storage";
import { nothingDueText, reviewProgressLabel } from "@/lib/review/words";
import { Button } from "@/components/ui/button";
import { ActionBar } from "@/components/quiz/action-bar";
import { focusInView } from "@/components/quiz/focus-in-view";
import { ItemFeedback } from "@/components/quiz/item-feedback";
import { QuizItem } from "@/components/quiz/quiz-item";
import { useQuizKeys } from "@/components/quiz/use-quiz-keys";

type Props = {
  /** Every item of the course as a review card. */
  cards: ReviewCard[];
};

/** setTimeout's longest delay (about 24.8 days); a later due time is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The Review page: the course's due cards, mixed across quizzes (lib/review/queue.ts), asked one
 * at a time with the quiz's own screens, feedback and Continue bar. Each answer goes into the
 * schedule at once; when a round ends, the next begins with the cards due then (one answered
 * wrong comes back), or the page says when the next card is due. The schedule is the browser's,
 * so the server renders only the heading.
 */
export function ReviewRunner({ cards }: Props) {
  const schedule = useSyncExternalStore(browserReviewStore.subscribe, browserReviewStore.read, () => null);
  const [seed] = useState(newSeed);
  const [now, setNow] = useState(() => new Date());
  const [round, setRound] = useState<ReviewRound>();
  /** Cards asked so far on this page: each asking of a card gets fresh controls, even the same card again. */
  const [asked, setAsked] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [saveFailed, setSaveFailed] = useState(false);
  const pageHeadingRef = useRef<HTMLHeadingElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<"feedback" | "next" | null>(null);

  const byId = useMemo(() => new Map(cards.map((card) => [cardId(card.quiz, card.itemId), card])), [cards]);
  const queue = useMemo(() => (schedule ? reviewQueue(cards, schedule, now, seed) : undefined), [cards, schedule, now, seed]);
  // Between rounds, the cards due now make the next one.
  const active = round ?? (queue ? newRound(queue.due.map((due) => due.cardId)) : undefined);
  const id = active && currentCard(active);
  const card = id === undefined ? undefined : byId.get(id);

  // The time moves on when the schedule changes (here or in another tab) and when the next card falls due.
  useEffect(() => browserReviewStore.subscribe(() => setNow(new Date())), []);
  const nextDue = active ? undefined : queue?.nextDue?.getTime();
  useEffect(() => {
    if (nextDue === undefined) return;
    const timer = setTimeout(() => setNow(new Date()), Math.min(Math.max(nextDue - Date.now(), 0) + 50, MAX_DELAY));
    return () => clearTimeout(timer);
  }, [nextDue, now]);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === "feedback" && feedbackRef.current) focusInView(feedbackRef.current);
    else if (target === "next") (headingRef.current ?? pageHeadingRef.current)?.focus();
  });

  function answer(given: Answer) {
    if (!active || !card || id === undefined) return;
    const next = withRoundAnswer(active, given);
    if (next === active) return;
    const correct = isCorrect(card.ask, card.itemId, given);
    const { saved } = recordAnswer(browserReviewStore, { quiz: card.quiz, itemId: card.itemId, answerKey: card.answerKey, correct, now: new Date() });
    setSaveFailed(!saved);
    setRound(next);
    pendingFocus.current = "feedback";
    setAnnouncement(feedbackAnnouncement(card.ask, card.itemId, given, (optionId) => answerText(card.ask, card.itemId, [optionId])));
  }

  function next() {
    if (!active?.answer) return;
    const following = continueRound(active);
    const time = new Date();
    setRound(following);
    setAsked((count) => count + 1);
    setNow(time);
    pendingFocus.current = "next";
    if (following) {
      setAnnouncement(reviewProgressLabel(following.index + 1, following.order.length));
      return;
    }
    const fresh = reviewQueue(cards, browserReviewStore.read(), time, seed);
    setAnnouncement(fresh.due.length > 0 ? reviewProgressLabel(1, fresh.due.length) : nothingDueText(fresh.nextDue, time));
  }

  function act(action: SessionAction) {
    if (action.type === "answer") answer(action.answer);
    else if (action.type === "next") next();
  }

  useQuizKeys(card?.ask, active?.answer ? "feedback" : "asking", act);

  return (
    <div>
      <h1 ref={pageHeadingRef} tabIndex={-1} className="text-3xl font-bold tracking-tight focus:outline-none">
        Review
      </h1>
      <div aria-live="polite" role="status" className="sr-only">
        {announcement}
      </div>
      {saveFailed && (
        <p className="mt-4 text-sm text-amber-900 dark:text-amber-200">
          This browser did not let Pagebreak save your answer (storage is full or turned off): the review schedule has not changed.
        </p>
      )}

      {!queue ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">Loading your review…</p>
      ) : active && card && id !== undefined ? (
        <section aria-labelledby="review-card-heading" className="mt-6">
          <div className="flex items-center gap-3">
            <h2 id="review-card-heading" ref={headingRef} tabIndex={-1} className="shrink-0 text-lg font-semibold focus:outline-none">
              {reviewProgressLabel(active.index + 1, active.order.length)}
            </h2>
            <progress
              aria-hidden="true"
              value={active.index + 1}
              max={active.order.length}
              className="h-1.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-transparent [&::-webkit-progress-value]:bg-accent"
            />
          </div>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {card.ask.kind === "classify" ? "Action" : "Question"} from “{card.quizTitle}”
          </p>

          <QuizItem key={asked} quiz={card.ask} id={card.itemId} answer={active.answer} seed={seed} submitLabel="Check answer" onAnswer={answer} />

          {active.answer && (
            <>
              <ItemFeedback quiz={card.ask} id={card.itemId} answer={active.answer} seed={seed} headingRef={feedbackRef} />
              <ActionBar>
                <Button variant="primary" onClick={next} className="w-full sm:w-auto">
                  Continue
                </Button>
              </ActionBar>
            </>
          )}
        </section>
      ) : (
        <p className="mt-4">{nothingDueText(queue.nextDue, now)}</p>
      )}
    </div>
  );
}
