import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { buildDashboard, type Dashboard } from "../aggregate";
import type { ClassEvent } from "../events";
import { newClassCode } from "../names";
import type { ClassDatabase } from "../db/schema";
import {
  addLearner,
  classEvents,
  createClass,
  createSignInToken,
  deleteLearner,
  findClass,
  findLearner,
  learnerEvents,
  listLearners,
  redeemSignInToken,
  type ClassRecord,
  type StoredEvent,
} from "../db/queries";
import { courseOutline } from "./course-outline";
import { eventWriterFor } from "./event-writer";
import { endSession, startSession } from "./sessions";
import { hashToken, newToken } from "./tokens";

/**
 * Class mode's operations, each one call for a route handler or the CLI: they take the database
 * and already-validated input and return plain data.
 */

type Db = Kysely<ClassDatabase>;

/** A sign-in address works for a day, once. */
export const SIGN_IN_TOKEN_MS = 24 * 60 * 60 * 1000;

export async function createClassWithSignIn(db: Db, name: string): Promise<{ classRecord: ClassRecord; signInToken: string }> {
  // A code collision is astronomically rare (50 bits); try again rather than fail if it happens.
  for (let attempt = 0; ; attempt++) {
    try {
      const classRecord = await createClass(db, newClassCode(), name);
      return { classRecord, signInToken: await newSignInToken(db, classRecord.code) };
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

export async function newSignInToken(db: Db, classCode: string): Promise<string> {
  const token = newToken();
  await createSignInToken(db, classCode, hashToken(token), new Date(Date.now() + SIGN_IN_TOKEN_MS));
  return token;
}

/** Uses up a sign-in token and starts an instructor session: the class and the cookie value, or undefined. */
export async function signInInstructor(db: Db, token: string): Promise<{ classCode: string; sessionToken: string } | undefined> {
  const classCode = await redeemSignInToken(db, hashToken(token), new Date());
  if (!classCode) return undefined;
  return { classCode, sessionToken: await startSession(db, { role: "instructor", classCode, learnerId: null }) };
}

export interface Joined {
  classCode: string;
  className: string;
  learnerId: string;
  displayName: string;
  sessionToken: string;
}

/** Adds a learner to a class under the name they typed; undefined when there is no such class. */
export async function joinClass(db: Db, classCode: string, displayName: string): Promise<Joined | undefined> {
  const found = await findClass(db, classCode);
  if (!found) return undefined;
  const learner = await addLearner(db, classCode, randomUUID(), displayName);
  if (!learner) return undefined;
  const sessionToken = await startSession(db, { role: "learner", classCode, learnerId: learner.id });
  return { classCode, className: found.name, learnerId: learner.id, displayName, sessionToken };
}

/** Stores a learner's batch, together with the other learners' batches that arrive meanwhile (event-writer.ts). */
export function recordEvents(db: Db, classCode: string, learnerId: string, events: readonly ClassEvent[]) {
  return eventWriterFor(db)({ classCode, learnerId, events });
}

function publicEvent(event: StoredEvent) {
  return { id: event.id, at: event.occurredAt.toISOString(), body: JSON.parse(event.body) as unknown };
}

/** What the class holds about one learner: their name, class, and every event of theirs. */
export async function learnerData(db: Db, learnerId: string) {
  const learner = await findLearner(db, learnerId);
  if (!learner) return undefined;
  const found = await findClass(db, learner.classCode);
  const events = await learnerEvents(db, learnerId);
  return {
    learner: { id: learner.id, displayName: learner.displayName, joinedAt: learner.joinedAt.toISOString() },
    class: { code: learner.classCode, name: found?.name ?? "" },
    events: events.map(publicEvent),
  };
}

/** Deletes a learner's data at the class: their name, events and sessions (the learner asked, from /class). */
export async function deleteLearnerData(db: Db, classCode: string, learnerId: string, sessionToken: string | undefined): Promise<void> {
  await deleteLearner(db, classCode, learnerId);
  await endSession(db, sessionToken);
}

export function removeLearner(db: Db, classCode: string, learnerId: string): Promise<boolean> {
  return deleteLearner(db, classCode, learnerId);
}

export interface ClassReport {
  classRecord: ClassRecord;
  dashboard: Dashboard;
}

/** The dashboard of a class from its learners, its events and the course as it is now. */
export async function classReport(db: Db, classCode: string): Promise<ClassReport | undefined> {
  const classRecord = await findClass(db, classCode);
  if (!classRecord) return undefined;
  const [learners, events] = await Promise.all([listLearners(db, classCode), classEvents(db, classCode)]);
  const dashboard = buildDashboard(
    courseOutline(),
    learners.map((learner) => ({ id: learner.id, displayName: learner.displayName })),
    events,
  );
  return { classRecord, dashboard };
}

/** Every event of the class with its learner's name, for the xAPI export. */
export async function classStatements(db: Db, classCode: string) {
  const [learners, events] = await Promise.all([listLearners(db, classCode), classEvents(db, classCode)]);
  const names = new Map(learners.map((learner) => [learner.id, learner.displayName]));
  return events.map((event) => ({ ...event, displayName: names.get(event.learnerId) ?? "" }));
}
