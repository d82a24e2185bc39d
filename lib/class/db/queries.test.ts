import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ClassEvent } from "../events";
import { openClassDatabase } from "./connect";
import { migrate, MIGRATIONS } from "./migrations";
import {
  addLearner,
  classEvents,
  countEvents,
  createClass,
  createSession,
  createSignInToken,
  deleteLearner,
  findSession,
  learnerEvents,
  redeemSignInToken,
  storeEvents,
} from "./queries";
import { DATABASE_KINDS, freshDatabase, stopTestPostgres, TEST_CLASS, withClass } from "./test-databases";

// The db modules mark themselves server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

afterAll(stopTestPostgres);

function answer(item: string, correct: boolean): ClassEvent {
  return { id: randomUUID(), at: new Date().toISOString(), body: { kind: "answer", quiz: "q", item, answer: [correct ? "a" : "b"], correct } };
}

describe.each(DATABASE_KINDS)("the class database on %s", (kind) => {
  it("applies the migrations once, and again finds nothing to do", async () => {
    const test = await freshDatabase(kind);
    try {
      expect(await migrate(test.db)).toEqual([]);
      const rows = await test.db.selectFrom("pagebreak_migrations").select(["version"]).execute();
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
    } finally {
      await test.dispose();
    }
  });

  it("stores each event id once however often a batch is sent, and acknowledges the ids each time", () =>
    withClass(kind, ["Ada"], async (db, [ada]) => {
      const batch = [answer("x", true), answer("y", false)];
      const first = await storeEvents(db, TEST_CLASS, ada!, batch);
      const again = await storeEvents(db, TEST_CLASS, ada!, [...batch, answer("z", true)]);
      expect(first).toEqual({ acknowledged: batch.map((event) => event.id), refused: [], inserted: 2 });
      expect(again.inserted).toBe(1);
      expect(again.acknowledged).toHaveLength(3);
      expect(await countEvents(db, TEST_CLASS)).toEqual({ rows: 3, ids: 3 });
      const stored = await classEvents(db, TEST_CLASS);
      expect(stored.map((event) => JSON.parse(event.body).item)).toEqual(["x", "y", "z"]);
    }));

  it("refuses an event whose id is another learner's, and each learner reads only their own", () =>
    withClass(kind, ["Ada", "Bob"], async (db, [ada, bob]) => {
      const adas = answer("x", true);
      await storeEvents(db, TEST_CLASS, ada!, [adas]);
      const forged = { ...answer("x", false), id: adas.id };
      expect(await storeEvents(db, TEST_CLASS, bob!, [forged])).toEqual({ acknowledged: [], refused: [adas.id], inserted: 0 });
      expect((await learnerEvents(db, bob!)).length).toBe(0);
      expect((await learnerEvents(db, ada!)).map((event) => JSON.parse(event.body).correct)).toEqual([true]);
    }));

  it("lets a sign-in token be used once, and not after it expires", async () => {
    const test = await freshDatabase(kind);
    try {
      await createClass(test.db, "ABCDEFGHJK", "Cohort");
      const now = new Date();
      await createSignInToken(test.db, "ABCDEFGHJK", "hash-1", new Date(now.getTime() + 60_000));
      await createSignInToken(test.db, "ABCDEFGHJK", "hash-2", new Date(now.getTime() - 1));
      const both = await Promise.all([redeemSignInToken(test.db, "hash-1", now), redeemSignInToken(test.db, "hash-1", now)]);
      expect(both.filter(Boolean)).toEqual(["ABCDEFGHJK"]);
      expect(await redeemSignInToken(test.db, "hash-2", now)).toBeUndefined();
      expect(await redeemSignInToken(test.db, "unknown", now)).toBeUndefined();
    } finally {
      await test.dispose();
    }
  });

  it("deletes a learner with their events and sessions, and only in their own class", async () => {
    const test = await freshDatabase(kind);
    try {
      await createClass(test.db, "ABCDEFGHJK", "Cohort");
      await createClass(test.db, "MNPQRSTVWX", "Other");
      const ada = randomUUID();
      await addLearner(test.db, "ABCDEFGHJK", ada, "Ada");
      await storeEvents(test.db, "ABCDEFGHJK", ada, [answer("x", true)]);
      await createSession(test.db, "session-hash", { role: "learner", classCode: "ABCDEFGHJK", learnerId: ada }, new Date(Date.now() + 60_000));
      expect(await deleteLearner(test.db, "MNPQRSTVWX", ada)).toBe(false);
      expect(await deleteLearner(test.db, "ABCDEFGHJK", ada)).toBe(true);
      expect(await learnerEvents(test.db, ada)).toEqual([]);
      expect(await findSession(test.db, "session-hash", new Date())).toBeUndefined();
    } finally {
      await test.dispose();
    }
  });

  it("keeps everything across a restart", async () => {
    const test = await freshDatabase(kind);
    try {
      await createClass(test.db, "ABCDEFGHJK", "Cohort");
      const ada = randomUUID();
      await addLearner(test.db, "ABCDEFGHJK", ada, "Ada");
      await storeEvents(test.db, "ABCDEFGHJK", ada, [answer("x", true), answer("y", false)]);
      await test.close();
      const reopened = await openClassDatabase(test.settings);
      try {
        expect(await countEvents(reopened.db, "ABCDEFGHJK")).toEqual({ rows: 2, ids: 2 });
      } finally {
        await reopened.close();
      }
    } finally {
      await test.dispose().catch(() => undefined);
    }
  });
});

describe("migrations on one PostgreSQL from two servers starting at once", () => {
  it("apply once, the second waiting for the first", async () => {
    const test = await freshDatabase("postgres");
    try {
      const [a, b] = await Promise.all([openClassDatabase(test.settings), openClassDatabase(test.settings)]);
      const rows = await a.db.selectFrom("pagebreak_migrations").select("version").execute();
      expect(rows).toHaveLength(MIGRATIONS.length);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await test.dispose();
    }
  });
});
