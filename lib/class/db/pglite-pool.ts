import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

/**
 * PGlite behind the small part of node-postgres's Pool that Kysely's PostgresDialect uses, so one
 * dialect and one code path serve both databases. PGlite is one connection: the pool hands it to
 * one borrower at a time (a transaction is never interleaved with another request's queries).
 */

type Command = PostgresQueryResult<unknown>["command"];
const COMMANDS: readonly Command[] = ["UPDATE", "DELETE", "INSERT", "SELECT", "MERGE", "COMMIT", "ROLLBACK"];

function commandOf(sql: string): Command {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (word === "END") return "COMMIT";
  return COMMANDS.find((command) => command === word) ?? "SELECT";
}

export function pglitePool(open: () => Promise<PGlite>): PostgresPool & { database(): Promise<PGlite> } {
  let database: Promise<PGlite> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const opened = () => (database ??= open());

  return {
    database: opened,
    async connect(): Promise<PostgresPoolClient> {
      const db = await opened();
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = queue;
      queue = previous.then(() => turn);
      await previous;
      // PostgreSQL answers COMMIT with ROLLBACK when a statement of the transaction failed.
      let failedInTransaction = false;
      let released = false;
      const client = {
        async query(sql: string, parameters: readonly unknown[]) {
          const command = commandOf(sql);
          if (/^\s*begin\b/i.test(sql)) failedInTransaction = false;
          try {
            const result = await db.query(sql, [...parameters]);
            const reported: Command = command === "COMMIT" && failedInTransaction ? "ROLLBACK" : command;
            return { command: reported, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
          } catch (error) {
            failedInTransaction = true;
            throw error;
          }
        },
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      if (database) await (await database).close();
      database = undefined;
    },
  };
}
