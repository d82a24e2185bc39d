import { randomUUID } from "node:crypto";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ClassEvent } from "../events";
import { countEvents, deleteLearner, learnerEvents } from "../db/queries";
import { DATABASE_KINDS, stopTestPostgres, TEST_CLASS, withClass } from "../db/test-databases";
import { createEventWriter } from "./event-writer";

vi.mock("server-only", () => ({}));

afterAll(stopTestPostgres);

function answer(item: string): ClassEvent {
  return { id: randomUUID(), at: new Date().toISOString(), body: { kind: "answer", quiz: "q", item, answer: ["a"], correct: true } };
}

/** Counts the INSERT statements that reach the database (it watches; it changes nothing). */
class InsertCounter implements KyselyPlugin {
  inserts = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === "InsertQueryNode") this.inserts++;
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

describe.each(DATABASE_KINDS)("the event writer on %s", (kind) => {
  it("writes the batches that arrive together in one statement, and answers each as if alone", () =>
    withClass(kind, Array.from({ length: 40 }, (_, n) => `Learner ${n}`), async (db, learners) => {
      const counter = new InsertCounter();
      const write = createEventWriter(db.withPlugin(counter));
      const batches = learners.map((learnerId) => ({ classCode: TEST_CLASS, learnerId, events: [answer("x"), answer("y")] }));
      const answers = await Promise.all(batches.map((batch) => write(batch)));
      expect(answers).toEqual(batches.map((batch) => ({ acknowledged: batch.events.map((event) => event.id), refused: [], inserted: 2 })));
      expect(counter.inserts).toBe(1);
      expect(await countEvents(db, TEST_CLASS)).toEqual({ rows: 80, ids: 80 });
      // Batches that arrive while a write is in flight go in the next statement, together.
      const [first, ...during] = batches.map((batch) => ({ ...batch, events: [answer("z")] }));
      const writing = write(first!);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all([writing, ...during.map((batch) => write(batch))]);
      expect(counter.inserts).toBeLessThanOrEqual(3);
      expect(await countEvents(db, TEST_CLASS)).toEqual({ rows: 120, ids: 120 });
    }));

  it("gives an id to the first learner who sends it, even within one statement", () =>
    withClass(kind, ["Ada", "Bob"], async (db, [ada, bob]) => {
      const write = createEventWriter(db);
      const adas = answer("x");
      const [again, forged] = await Promise.all([
        write({ classCode: TEST_CLASS, learnerId: ada!, events: [adas, adas] }),
        write({ classCode: TEST_CLASS, learnerId: bob!, events: [{ ...answer("x"), id: adas.id }] }),
      ]);
      expect(again).toEqual({ acknowledged: [adas.id, adas.id], refused: [], inserted: 1 });
      expect(forged).toEqual({ acknowledged: [], refused: [adas.id], inserted: 0 });
      expect(await learnerEvents(db, bob!)).toEqual([]);
    }));

  it("fails only the batch of a learner who left meanwhile; the others in its group are stored", () =>
    withClass(kind, ["Ada", "Gone", "Bob"], async (db, [ada, gone, bob]) => {
      await deleteLearner(db, TEST_CLASS, gone!);
      const write = createEventWriter(db);
      const results = await Promise.allSettled([ada, ada, gone, bob].map((learnerId) => write({ classCode: TEST_CLASS, learnerId: learnerId!, events: [answer("x")] })));
      expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
      expect(await countEvents(db, TEST_CLASS)).toEqual({ rows: 3, ids: 3 });
    }));
});
