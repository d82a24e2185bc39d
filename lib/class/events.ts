import { z } from "zod";

/**
 * What a learner's browser sends to the class: one event per answer, finished quiz round, slide
 * reached or Revisit link followed. Every event carries an id the browser made (a UUID), so the
 * server can store each event once however often the outbox sends it again. Parsed here, once, at
 * the edge; nothing unparsed travels further.
 */

/** At most this many events in one request: the outbox sends in batches of this size. */
export const MAX_EVENTS_PER_BATCH = 100;
/** A request body larger than this is refused before it is parsed (100 events of ~600 bytes fit). */
export const MAX_BATCH_BYTES = 128 * 1024;

/** Slugs and item ids as the course writes them: short, printable. */
const slug = z.string().min(1).max(200);
const itemId = z.string().min(1).max(500);
/** A slide's address without the base path, as lib/routes.ts writes it: `/lessons/<slug>/<n>`. */
const slideAddress = z.string().regex(/^\/lessons\/[^\s?#]{1,200}\/[1-9]\d{0,5}$/);
const count = z.number().int().min(0).max(100_000);

/** An answer to one quiz item, the first answer of a round that counts (practice, exam or review). */
export const answerEventSchema = z.strictObject({
  kind: z.literal("answer"),
  quiz: slug,
  item: itemId,
  /** The chosen category key, or the checked option ids (lib/quiz/session.ts `Answer`). */
  answer: z.array(z.string().min(1).max(200)).min(1).max(50),
  correct: z.boolean(),
});

/** A finished full round of a quiz, with its score. */
export const attemptEventSchema = z.strictObject({
  kind: z.literal("attempt"),
  quiz: slug,
  correct: count,
  total: count,
  percent: z.number().int().min(0).max(100),
});

/** A slide shown to the learner (reading progress). */
export const progressEventSchema = z.strictObject({
  kind: z.literal("progress"),
  lesson: slug,
  slide: z.number().int().min(1).max(100_000),
  total: z.number().int().min(1).max(100_000),
});

/** A "Revisit: <slide>" link followed after a wrong answer (in a quiz, its results or the Review page). */
export const revisitEventSchema = z.strictObject({
  kind: z.literal("revisit"),
  href: slideAddress,
});

export const eventBodySchema = z.discriminatedUnion("kind", [answerEventSchema, attemptEventSchema, progressEventSchema, revisitEventSchema]);

/** The event as the browser records it: what happened, its id, and when. */
export const classEventSchema = z.strictObject({
  id: z.uuid(),
  /** When it happened in the learner's browser (ISO 8601). */
  at: z.iso.datetime({ offset: true }),
  body: eventBodySchema,
});

export const eventBatchSchema = z.strictObject({
  events: z.array(classEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

export type EventBody = z.infer<typeof eventBodySchema>;
export type ClassEvent = z.infer<typeof classEventSchema>;
export type AnswerEvent = z.infer<typeof answerEventSchema>;
export type EventKind = EventBody["kind"];
