import { afterAll, describe, expect, it, vi } from "vitest";
import { deleteSession } from "../db/queries";
import { DATABASE_KINDS, stopTestPostgres, TEST_CLASS, withClass } from "../db/test-databases";
import { endSession, recentLearnerSession, startSession } from "./sessions";
import { hashToken } from "./tokens";

vi.mock("server-only", () => ({}));

afterAll(stopTestPostgres);

describe.each(DATABASE_KINDS)("the learner sessions event writes look up (on %s)", (kind) => {
  it("finds a learner's session, remembers it for half a minute, and forgets it when the session ends here", () =>
    withClass(kind, ["Ada"], async (db, [ada]) => {
      const token = await startSession(db, { role: "learner", classCode: TEST_CLASS, learnerId: ada! });
      const now = Date.now();
      expect(await recentLearnerSession(db, token, now)).toEqual({ role: "learner", classCode: TEST_CLASS, learnerId: ada });

      // Ended by another instance: still remembered here for the rest of the half minute, then not.
      await deleteSession(db, hashToken(token));
      expect((await recentLearnerSession(db, token, now + 29_000))?.learnerId).toBe(ada);
      expect(await recentLearnerSession(db, token, now + 31_000)).toBeUndefined();

      // Ended here: forgotten at once.
      const again = await startSession(db, { role: "learner", classCode: TEST_CLASS, learnerId: ada! });
      expect((await recentLearnerSession(db, again, now))?.learnerId).toBe(ada);
      await endSession(db, again);
      expect(await recentLearnerSession(db, again, now)).toBeUndefined();
    }));

  it("finds nothing for an instructor's session, a made-up token or none", () =>
    withClass(kind, [], async (db) => {
      const instructor = await startSession(db, { role: "instructor", classCode: TEST_CLASS, learnerId: null });
      expect(await recentLearnerSession(db, instructor)).toBeUndefined();
      expect(await recentLearnerSession(db, "made-up")).toBeUndefined();
      expect(await recentLearnerSession(db, undefined)).toBeUndefined();
      expect(await recentLearnerSession(db, "x".repeat(201))).toBeUndefined();
    }));
});
