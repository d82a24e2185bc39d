import type { ColumnType, Generated } from "kysely";

/**
 * The class database's tables as Kysely sees them: one schema for PGlite and PostgreSQL. The
 * migrations in migrations.ts create exactly these; a change here needs a new migration there.
 */

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface ClassTable {
  /** The class code learners type or follow (lib/class/names.ts). */
  code: string;
  name: string;
  created_at: CreatedAt;
}

export interface LearnerTable {
  id: string;
  class_code: string;
  /** As typed into "Your name"; text, shown escaped everywhere. */
  display_name: string;
  joined_at: CreatedAt;
}

/** A signed-in browser. Only the SHA-256 of the cookie's random token is stored. */
export interface SessionTable {
  token_hash: string;
  role: "learner" | "instructor";
  class_code: string;
  /** The learner a learner session belongs to; null for an instructor. */
  learner_id: string | null;
  created_at: CreatedAt;
  expires_at: Date;
}

/** The one-time instructor sign-in addresses that `npm run class -- create` prints. */
export interface SignInTokenTable {
  token_hash: string;
  class_code: string;
  expires_at: Date;
  used_at: Date | null;
}

/** What learners did, one row per event id (the browser's UUID): stored once however often sent. */
export interface EventTable {
  id: string;
  class_code: string;
  learner_id: string;
  kind: "answer" | "attempt" | "progress" | "revisit";
  /** The quiz (answer, attempt), lesson (progress) or slide address (revisit) the event is about. */
  subject: string;
  /** The event's body as the browser sent it, after validation (lib/class/events.ts), as JSON text. */
  body: string;
  occurred_at: Date;
  received_at: CreatedAt;
  /** Insertion order, for stable listings and xAPI exports. */
  seq: Generated<string>;
}

export interface MigrationTable {
  version: number;
  name: string;
  applied_at: CreatedAt;
}

export interface ClassDatabase {
  classes: ClassTable;
  learners: LearnerTable;
  sessions: SessionTable;
  sign_in_tokens: SignInTokenTable;
  events: EventTable;
  pagebreak_migrations: MigrationTable;
}
