import "server-only";
import type { Kysely } from "kysely";
import { storeEventBatches, type EventBatch, type StoredBatch } from "../db/queries";
import type { ClassDatabase } from "../db/schema";

/**
 * Group commit for the learners' outboxes. A batch waits GATHER_MS for others, and the batches
 * that arrive meanwhile, or while a write is in flight, go to the database together, in one
 * statement and one commit. Each request is still answered only once its own events are
 * committed, so nothing acknowledged can be lost; what changes is that 300 learners answering at
 * once cost a few dozen commits a second instead of 300 (PGlite runs each commit in this process,
 * on its one thread, between the requests it serves). PostgreSQL's `commit_delay` is the same idea.
 */

/** How long the first batch of a write waits for company: short against a request's whole time. */
export const GATHER_MS = 5;

type Db = Kysely<ClassDatabase>;

/** Rows in one statement at most: well under PostgreSQL's 65,535 parameters (7 per row). */
export const MAX_ROWS_PER_WRITE = 2000;

interface Waiting {
  batch: EventBatch;
  resolve: (stored: StoredBatch) => void;
  reject: (error: unknown) => void;
}

/** SQLSTATE class 23, integrity constraint violation: one batch's fault (its learner just left the class). */
export function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("23");
}

/** The batches to write together: the oldest first, as many as fit in one statement. */
function takeGroup(waiting: Waiting[]): Waiting[] {
  let rows = 0;
  let count = 0;
  while (count < waiting.length && (count === 0 || rows + waiting[count]!.batch.events.length <= MAX_ROWS_PER_WRITE)) {
    rows += waiting[count]!.batch.events.length;
    count++;
  }
  return waiting.splice(0, count);
}

async function writeGroup(db: Db, group: Waiting[]): Promise<void> {
  try {
    const stored = await storeEventBatches(db, group.map((entry) => entry.batch));
    group.forEach((entry, index) => entry.resolve(stored[index]!));
  } catch (error) {
    if (group.length === 1 || !isConstraintViolation(error)) {
      for (const entry of group) entry.reject(error);
      return;
    }
    // One batch broke the statement for all: write each alone, so only that one fails.
    for (const entry of group) await writeGroup(db, [entry]);
  }
}

export type EventWriter = (batch: EventBatch) => Promise<StoredBatch>;

export function createEventWriter(db: Db, gatherMs = GATHER_MS): EventWriter {
  const waiting: Waiting[] = [];
  let busy = false;
  async function drain() {
    try {
      while (waiting.length > 0) await writeGroup(db, takeGroup(waiting));
    } finally {
      busy = false;
    }
  }
  return (batch) =>
    new Promise<StoredBatch>((resolve, reject) => {
      waiting.push({ batch, resolve, reject });
      if (busy) return;
      busy = true;
      setTimeout(() => void drain(), gatherMs);
    });
}

const writers = new WeakMap<Db, EventWriter>();

/** The one writer of this database in this process. */
export function eventWriterFor(db: Db): EventWriter {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = createEventWriter(db)));
  return writer;
}
