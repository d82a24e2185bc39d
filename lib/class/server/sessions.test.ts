import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addLearner, createClass, deleteSession } from "../db/queries";
import { DATABASE_KINDS, freshDatabase, stopTestPostgres } from "../db/test-databases";
import { endSession, recentLearnerSession, startSession } from "./sessions";
import { hashToken } from "./tokens";

vi.mock("server-only", () => ({}));

afterAll(stopTestPostgres);

describe.each(DATABASE_KINDS)("the learner sessions event writes look up (on %s)", (kind) => {
  it("finds a learner's session, remembers it for half a minute, and forgets it when the session ends here", async () => {
    const test = await freshDatabase(kind);
    try {
      await createClass(test.db, "ABCDEFGHJK", "Cohort");
      const ada = randomUUID();
      await addLearner(test.db, "ABCDEFGHJK", ada, "Ada");
      const token = await startSession(test.db, { role: "learner", classCode: "ABCDEFGHJK", learnerId: ada });
      const now = Date.now();
      expect(await recentLearnerSession(test.db, token, now)).toEqual({ role: "learner", classCode: "ABCDEFGHJK", learnerId: ada });

      // Ended by another instance: still remembered here for the rest of the half minute, then not.
      await deleteSession(test.db, hashToken(token));
      expect((await recentLearnerSession(test.db, token, now + 29_000))?.learnerId).toBe(ada);
      expect(await recentLearnerSession(test.db, token, now + 31_000)).toBeUndefined();

      // Ended here: forgotten at once.
      const again = await startSession(test.db, { role: "learner", classCode: "ABCDEFGHJK", learnerId: ada });
      expect((await recentLearnerSession(test.db, again, now))?.learnerId).toBe(ada);
      await endSession(test.db, again);
      expect(await recentLearnerSession(test.db, again, now)).toBeUndefined();
    } finally {
      await test.dispose();
    }
  });

  it("finds nothing for an instructor's session, a made-up token or none", async () => {
    const test = await freshDatabase(kind);
    try {
      await createClass(test.db, "ABCDEFGHJK", "Cohort");
      const instructor = await startSession(test.db, { role: "instructor", classCode: "ABCDEFGHJK", learnerId: null });
      expect(await recentLearnerSession(test.db, instructor)).toBeUndefined();
      expect(await recentLearnerSession(test.db, "made-up")).toBeUndefined();
      expect(await recentLearnerSession(test.db, undefined)).toBeUndefined();
      expect(await recentLearnerSession(test.db, "x".repeat(201))).toBeUndefined();
    } finally {
      await test.dispose();
    }
  });
});
