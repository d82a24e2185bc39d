import "server-only";
import type { Kysely } from "kysely";
import type { ClassEvent } from "../events";
import type { ClassDatabase, EventTable } from "./schema";

/**
 * Every query of class mode, typed by Kysely against schema.ts: values always travel as bound
 * parameters, never inside SQL text. Functions take the database first so tests can hand them a
 * PGlite or a PostgreSQL one alike.
 */

type Db = Kysely<ClassDatabase>;

export interface ClassRecord {
  code: string;
  name: string;
  createdAt: Date;
}

export interface SessionRecord {
  role: "learner" | "instructor";
  classCode: string;
  learnerId: string | null;
}

export interface LearnerRecord {
  id: string;
  classCode: string;
  displayName: string;
  joinedAt: Date;
}

/** An event as stored, for the dashboard and the exports. */
export interface StoredEvent {
  id: string;
  learnerId: string;
  kind: EventTable["kind"];
  subject: string;
  body: string;
  occurredAt: Date;
  seq: string;
}

export async function createClass(db: Db, code: string, name: string): Promise<ClassRecord> {
  const row = await db.insertInto("classes").values({ code, name }).returning(["code", "name", "created_at"]).executeTakeFirstOrThrow();
  return { code: row.code, name: row.name, createdAt: row.created_at };
}

export async function findClass(db: Db, code: string): Promise<ClassRecord | undefined> {
  const row = await db.selectFrom("classes").select(["code", "name", "created_at"]).where("code", "=", code).executeTakeFirst();
  return row && { code: row.code, name: row.name, createdAt: row.created_at };
}

export async function createSignInToken(db: Db, classCode: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.insertInto("sign_in_tokens").values({ token_hash: tokenHash, class_code: classCode, expires_at: expiresAt, used_at: null }).execute();
}

/**
 * Uses up a sign-in token: one statement marks it used only if it is unused and not expired, so two
 * requests with the same address cannot both succeed. Returns the class it signs in to.
 */
export async function redeemSignInToken(db: Db, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable("sign_in_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("class_code")
    .executeTakeFirst();
  return row?.class_code;
}

export async function createSession(db: Db, tokenHash: string, session: SessionRecord, expiresAt: Date): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ token_hash: tokenHash, role: session.role, class_code: session.classCode, learner_id: session.learnerId, expires_at: expiresAt })
    .execute();
}

export async function findSession(db: Db, tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom("sessions")
    .select(["role", "class_code", "learner_id"])
    .where("token_hash", "=", tokenHash)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row && { role: row.role, classCode: row.class_code, learnerId: row.learner_id };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Adds a learner to a class; undefined when the class does not exist. */
export async function addLearner(db: Db, classCode: string, learnerId: string, displayName: string): Promise<LearnerRecord | undefined> {
  const found = await findClass(db, classCode);
  if (!found) return undefined;
  const row = await db
    .insertInto("learners")
    .values({ id: learnerId, class_code: classCode, display_name: displayName })
    .returning(["id", "class_code", "display_name", "joined_at"])
    .executeTakeFirstOrThrow();
  return { id: row.id, classCode: row.class_code, displayName: row.display_name, joinedAt: row.joined_at };
}

export async function findLearner(db: Db, learnerId: string): Promise<LearnerRecord | undefined> {
  const row = await db.selectFrom("learners").select(["id", "class_code", "display_name", "joined_at"]).where("id", "=", learnerId).executeTakeFirst();
  return row && { id: row.id, classCode: row.class_code, displayName: row.display_name, joinedAt: row.joined_at };
}

export async function listLearners(db: Db, classCode: string): Promise<LearnerRecord[]> {
  const rows = await db
    .selectFrom("learners")
    .select(["id", "class_code", "display_name", "joined_at"])
    .where("class_code", "=", classCode)
    .orderBy("joined_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ id: row.id, classCode: row.class_code, displayName: row.display_name, joinedAt: row.joined_at }));
}

/** Removes a learner of this class with every event and session of theirs (the foreign keys cascade). */
export async function deleteLearner(db: Db, classCode: string, learnerId: string): Promise<boolean> {
  const result = await db.deleteFrom("learners").where("id", "=", learnerId).where("class_code", "=", classCode).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

function subjectOf(event: ClassEvent): string {
  const body = event.body;
  return body.kind === "progress" ? body.lesson : body.kind === "revisit" ? body.href : body.quiz;
}

/** One learner's events, as one request brought them. */
export interface EventBatch {
  classCode: string;
  learnerId: string;
  events: readonly ClassEvent[];
}

/** What became of a batch: the ids to acknowledge, those refused, and how many rows it added. */
export interface StoredBatch {
  acknowledged: string[];
  refused: string[];
  inserted: number;
}

/**
 * Stores a learner's events, each id once (`ON CONFLICT (id) DO NOTHING`): sending a batch again
 * stores nothing twice. Returns the ids now stored as this learner's (to acknowledge, whether just
 * inserted or already there) and those refused because the id belongs to someone else's event.
 */
export async function storeEvents(db: Db, classCode: string, learnerId: string, events: readonly ClassEvent[]): Promise<StoredBatch> {
  const [stored] = await storeEventBatches(db, [{ classCode, learnerId, events }]);
  return stored!;
}

/**
 * Stores several learners' batches in one statement (one transaction, one commit), with the answer
 * for each as `storeEvents` gives it. An id belongs to whoever stored it first: a later batch with
 * the same id, in this statement or after, is acknowledged if it is the same learner's and refused
 * if not.
 */
export async function storeEventBatches(db: Db, batches: readonly EventBatch[]): Promise<StoredBatch[]> {
  const rows = batches.flatMap((batch) =>
    batch.events.map((event) => ({
      id: event.id,
      class_code: batch.classCode,
      learner_id: batch.learnerId,
      kind: event.body.kind,
      subject: subjectOf(event),
      body: JSON.stringify(event.body),
      occurred_at: new Date(event.at),
    })),
  );
  if (rows.length === 0) return batches.map(() => ({ acknowledged: [], refused: [], inserted: 0 }));
  const inserted = await db.insertInto("events").values(rows).onConflict((conflict) => conflict.column("id").doNothing()).returning(["id", "learner_id"]).execute();
  const owner = new Map(inserted.map((row) => [row.id, row.learner_id]));
  const newIds = new Set(owner.keys());
  // The ids not inserted now were stored before: whose they are decides acknowledged or refused.
  const before = [...new Set(rows.map((row) => row.id).filter((id) => !owner.has(id)))];
  if (before.length > 0) {
    const found = await db.selectFrom("events").select(["id", "learner_id"]).where("id", "in", before).execute();
    for (const row of found) owner.set(row.id, row.learner_id);
  }
  return batches.map((batch) => {
    const ids = batch.events.map((event) => event.id);
    const mine = (id: string) => owner.get(id) === batch.learnerId;
    // A row counts for the first batch that brought its id.
    const added = ids.filter((id) => mine(id) && newIds.delete(id)).length;
    return { acknowledged: ids.filter(mine), refused: ids.filter((id) => !mine(id)), inserted: added };
  });
}

const EVENT_COLUMNS = ["id", "learner_id", "kind", "subject", "body", "occurred_at", "seq"] as const;

function toStoredEvent(row: { id: string; learner_id: string; kind: EventTable["kind"]; subject: string; body: string; occurred_at: Date; seq: string }): StoredEvent {
  return { id: row.id, learnerId: row.learner_id, kind: row.kind, subject: row.subject, body: row.body, occurredAt: row.occurred_at, seq: String(row.seq) };
}

/** Every event of a class in the order received. */
export async function classEvents(db: Db, classCode: string): Promise<StoredEvent[]> {
  const rows = await db.selectFrom("events").select(EVENT_COLUMNS).where("class_code", "=", classCode).orderBy("seq").execute();
  return rows.map(toStoredEvent);
}

/** One learner's own events, in the order received. */
export async function learnerEvents(db: Db, learnerId: string): Promise<StoredEvent[]> {
  const rows = await db.selectFrom("events").select(EVENT_COLUMNS).where("learner_id", "=", learnerId).orderBy("seq").execute();
  return rows.map(toStoredEvent);
}

/** How many events are stored, and how many distinct ids: equal when nothing is stored twice. */
export async function countEvents(db: Db, classCode: string): Promise<{ rows: number; ids: number }> {
  const row = await db
    .selectFrom("events")
    .select((eb) => [eb.fn.countAll<string>().as("rows"), eb.fn.count<string>("id").distinct().as("ids")])
    .where("class_code", "=", classCode)
    .executeTakeFirstOrThrow();
  return { rows: Number(row.rows), ids: Number(row.ids) };
}
