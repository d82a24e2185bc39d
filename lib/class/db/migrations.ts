import "server-only";
import { sql, type Kysely, type Transaction } from "kysely";
import type { ClassDatabase } from "./schema";

/**
 * Versioned migrations of the class database, applied in order at start. Each runs once: the
 * versions applied are kept in `pagebreak_migrations`. Everything runs in one transaction under a
 * transaction-level advisory lock, so two servers starting at once on one PostgreSQL do not race:
 * the second waits, then finds the work done. A migration is never edited once released; a change
 * is a new one.
 */

/** The advisory lock key (any 64-bit number the app does not use for anything else). */
const MIGRATION_LOCK = 7_301_946_155;

export interface Migration {
  version: number;
  name: string;
  up(db: Transaction<ClassDatabase>): Promise<void>;
}

// The schema builder takes `any` database types: migrations describe tables, not query them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = Transaction<any>;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "classes, learners, sessions, sign-in tokens, events",
    async up(db: Builder) {
      await db.schema
        .createTable("classes")
        .addColumn("code", "text", (col) => col.primaryKey())
        .addColumn("name", "text", (col) => col.notNull())
        .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable("learners")
        .addColumn("id", "uuid", (col) => col.primaryKey())
        .addColumn("class_code", "text", (col) => col.notNull().references("classes.code").onDelete("cascade"))
        .addColumn("display_name", "text", (col) => col.notNull())
        .addColumn("joined_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex("learners_by_class").on("learners").column("class_code").execute();
      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (col) => col.primaryKey())
        .addColumn("role", "text", (col) => col.notNull().check(sql`role in ('learner', 'instructor')`))
        .addColumn("class_code", "text", (col) => col.notNull().references("classes.code").onDelete("cascade"))
        .addColumn("learner_id", "uuid", (col) => col.references("learners.id").onDelete("cascade"))
        .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
        .addColumn("expires_at", "timestamptz", (col) => col.notNull())
        .execute();
      await db.schema
        .createTable("sign_in_tokens")
        .addColumn("token_hash", "text", (col) => col.primaryKey())
        .addColumn("class_code", "text", (col) => col.notNull().references("classes.code").onDelete("cascade"))
        .addColumn("expires_at", "timestamptz", (col) => col.notNull())
        .addColumn("used_at", "timestamptz")
        .execute();
      await db.schema
        .createTable("events")
        .addColumn("id", "uuid", (col) => col.primaryKey())
        .addColumn("class_code", "text", (col) => col.notNull().references("classes.code").onDelete("cascade"))
        .addColumn("learner_id", "uuid", (col) => col.notNull().references("learners.id").onDelete("cascade"))
        .addColumn("kind", "text", (col) => col.notNull().check(sql`kind in ('answer', 'attempt', 'progress', 'revisit')`))
        .addColumn("subject", "text", (col) => col.notNull())
        .addColumn("body", "text", (col) => col.notNull())
        .addColumn("occurred_at", "timestamptz", (col) => col.notNull())
        .addColumn("received_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
        .addColumn("seq", "bigserial", (col) => col.notNull())
        .execute();
      await db.schema.createIndex("events_by_class").on("events").columns(["class_code", "kind"]).execute();
      await db.schema.createIndex("events_by_learner").on("events").column("learner_id").execute();
    },
  },
];

/** Applies every migration not applied yet; returns the versions it applied (none on a current database). */
export async function migrate(db: Kysely<ClassDatabase>, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await trx.schema
      .createTable("pagebreak_migrations")
      .ifNotExists()
      .addColumn("version", "integer", (col) => col.primaryKey())
      .addColumn("name", "text", (col) => col.notNull())
      .addColumn("applied_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
    const done = new Set((await trx.selectFrom("pagebreak_migrations").select("version").execute()).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await migration.up(trx);
      await trx.insertInto("pagebreak_migrations").values({ version: migration.version, name: migration.name }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
