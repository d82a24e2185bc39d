/**
 * For tests: fresh class databases of both kinds, each opened through the app's own
 * openClassDatabase. PostgreSQL is PAGEBREAK_TEST_DATABASE_URL's server (.ci/run starts one) or a
 * private cluster started here; when neither is possible the tests fail with the reason.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, startPostgresCluster } from "../../../scripts/class-postgres.mjs";
import { openClassDatabase, type OpenClassDatabase } from "./connect";
import { addLearner, createClass } from "./queries";

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: readonly DatabaseKind[] = ["pglite", "postgres"];

type Cluster = Awaited<ReturnType<typeof startPostgresCluster>>;
let cluster: Promise<Cluster> | undefined;
let serverUrl: Promise<string> | undefined;
let counter = 0;

/** The PostgreSQL server the tests use; started once per test file when none is given. */
export function testPostgresUrl(): Promise<string> {
  const given = process.env.PAGEBREAK_TEST_DATABASE_URL;
  if (given) return Promise.resolve(given);
  cluster ??= startPostgresCluster();
  serverUrl ??= cluster.then((started) => started.url);
  return serverUrl;
}

/** The private cluster, when this file started one (fault tests stop and start it). */
export function testCluster(): Promise<Cluster> | undefined {
  return cluster;
}

export interface TestDatabase extends OpenClassDatabase {
  /** The settings that open this same database again (a restart). */
  settings: { databaseUrl?: string; dataDir?: string };
  /** Closes it and removes what it made on disk. */
  dispose(): Promise<void>;
}

/** A new empty database: a PGlite folder of its own, or a new database on the test server. */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(path.join(tmpdir(), "pagebreak-pglite-"));
    const open = await openClassDatabase({ dataDir });
    return { ...open, settings: { dataDir }, dispose: async () => (await open.close(), rmSync(dataDir, { recursive: true, force: true })) };
  }
  const name = `test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const databaseUrl = await createDatabase(await testPostgresUrl(), name);
  const open = await openClassDatabase({ databaseUrl });
  return { ...open, settings: { databaseUrl }, dispose: () => open.close() };
}

/** Stops the private cluster, if one was started (call in afterAll). */
export async function stopTestPostgres(): Promise<void> {
  const started = cluster;
  cluster = undefined;
  serverUrl = undefined;
  if (started) (await started.catch(() => undefined))?.stop();
}

/** The class every `withClass` test works in. */
export const TEST_CLASS = "ABCDEFGHJK";

/**
 * Runs `run` on a fresh database holding one class (TEST_CLASS) and a learner for each name (their
 * ids in the same order), then disposes of the database, whether `run` passed or threw.
 */
export async function withClass(kind: DatabaseKind, names: readonly string[], run: (db: TestDatabase["db"], learnerIds: string[]) => Promise<void>): Promise<void> {
  const test = await freshDatabase(kind);
  try {
    await createClass(test.db, TEST_CLASS, "Cohort");
    const ids = names.map(() => randomUUID());
    for (const [n, id] of ids.entries()) await addLearner(test.db, TEST_CLASS, id, names[n]!);
    await run(test.db, ids);
  } finally {
    await test.dispose();
  }
}
