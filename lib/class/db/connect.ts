import "server-only";
import path from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import { BASE_PATH } from "@/lib/base-path";
import { claimDataDirAfterCli } from "./data-dir-owner";
import { migrate } from "./migrations";
import { pglitePool } from "./pglite-pool";
import type { ClassDatabase } from "./schema";

/**
 * The one place that opens the class database. The dialect is chosen here, once: with
 * DATABASE_URL, a PostgreSQL server through node-postgres's Pool (any number of app instances can
 * share it); without, PGlite (embedded PostgreSQL) in PAGEBREAK_DATA_DIR or `.pagebreak/data` under
 * the project, which needs nothing installed but belongs to one process. Either way Kysely's
 * PostgresDialect builds the queries, and the migrations run before the first query.
 */

export interface ClassDatabaseSettings {
  /** A PostgreSQL connection string; when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
}

export interface OpenClassDatabase {
  db: Kysely<ClassDatabase>;
  kind: "postgres" | "pglite";
  /** Where the data is: the PGlite folder, or the server's host and database (no password). */
  where: string;
  close(): Promise<void>;
}

/** The data folder PGlite uses when PAGEBREAK_DATA_DIR does not name one. */
export const DEFAULT_DATA_DIR = ".pagebreak/data";

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ClassDatabaseSettings {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return { databaseUrl, dataDir: path.resolve(/*turbopackIgnore: true*/ env.PAGEBREAK_DATA_DIR?.trim() || DEFAULT_DATA_DIR) };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.host}${parsed.pathname}`;
  } catch {
    return "postgresql (DATABASE_URL)";
  }
}

/** Opens the database and applies pending migrations. */
export async function openClassDatabase(settings: ClassDatabaseSettings): Promise<OpenClassDatabase> {
  if (settings.databaseUrl) {
    const { Pool } = await import("pg");
    // Short timeouts: a database that is down answers 503 quickly and the learners' outboxes wait.
    const pool = new Pool({ connectionString: settings.databaseUrl, max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
    // An idle client losing its server must not crash the process: the next query reconnects.
    pool.on("error", () => undefined);
    const db = new Kysely<ClassDatabase>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db);
    return { db, kind: "postgres", where: describeUrl(settings.databaseUrl), close: () => db.destroy() };
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ settings.dataDir ?? DEFAULT_DATA_DIR);
  const { PGlite } = await import("@electric-sql/pglite");
  const pool = pglitePool(async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dataDir, { recursive: true });
    return PGlite.create(dataDir);
  });
  const db = new Kysely<ClassDatabase>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db);
  return { db, kind: "pglite", where: dataDir, close: () => db.destroy() };
}

const SHARED = Symbol.for("pagebreak.classDatabase");
const ADMIN = Symbol.for("pagebreak.classAdminSecret");
type Shared = { [SHARED]?: Promise<OpenClassDatabase>; [ADMIN]?: string };

async function openForServer(settings: ClassDatabaseSettings): Promise<OpenClassDatabase> {
  if (settings.databaseUrl) return openClassDatabase(settings);
  const dataDir = path.resolve(/*turbopackIgnore: true*/ settings.dataDir ?? DEFAULT_DATA_DIR);
  const adminSecret = newAdminSecret();
  const claim = await claimDataDirAfterCli(dataDir, { role: "server", port: process.env.PORT?.trim() || "3000", basePath: BASE_PATH, adminSecret });
  if ("heldBy" in claim) {
    throw new Error(`The class data folder ${dataDir} is in use by another process (pid ${claim.heldBy.pid}). PGlite serves one server; several need DATABASE_URL (PostgreSQL).`);
  }
  process.once("exit", claim.release);
  (globalThis as Shared)[ADMIN] = adminSecret;
  try {
    return await openClassDatabase(settings);
  } catch (error) {
    claim.release();
    throw error;
  }
}

function newAdminSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

/** The secret this server wrote into the PGlite owner file, which `npm run class` sends back. */
export function adminSecret(): string | undefined {
  return (globalThis as Shared)[ADMIN];
}

/**
 * The server's database, opened on first use from the environment and shared by every route in
 * the process. A failed open (PostgreSQL down at start) is not kept: the next request tries again.
 */
export function classDatabase(): Promise<OpenClassDatabase> {
  const shared = globalThis as Shared;
  shared[SHARED] ??= openForServer(settingsFromEnv()).catch((error: unknown) => {
    shared[SHARED] = undefined;
    throw error;
  });
  return shared[SHARED];
}
