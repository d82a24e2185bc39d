import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { answerTarget, classCli, classProject, createClass, expectAllSent, joinAs, TARGET } from "./class";
import { startExtraServer } from "./class-extra-server";
import { classDatabaseEnv, e2eBase } from "./class-servers";

// Restarts, kill -9 and an offline learner, on a server of the test's own (same build, own database).

let counter = 0;

/**
 * CREATE DATABASE on the project's PostgreSQL (the name is ours and plain, so it is quoted as is).
 * scripts/class-postgres.mjs has the same function, but Playwright's loader cannot import that
 * ES module into a spec ("exports is not defined in ES module scope").
 */
async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const database = new URL(url);
  database.pathname = `/${name}`;
  return database.toString();
}

/** A database nobody else uses, of the project's kind: a PGlite folder, or a new PostgreSQL database. */
async function ownDatabase(): Promise<{ env: Record<string, string>; dispose: () => void }> {
  const project = classProject();
  if (project === "class") {
    const dir = mkdtempSync(path.join(tmpdir(), "pagebreak-e2e-class-"));
    return { env: { PAGEBREAK_DATA_DIR: dir }, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = classDatabaseEnv(project, e2eBase()).DATABASE_URL!;
  const name = `e2e_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  return { env: { DATABASE_URL: await createDatabase(url, name) }, dispose: () => undefined };
}

test("after a restart everything is still there: classes, learners, their sessions and answers", async ({ browser }) => {
  const database = await ownDatabase();
  let server = await startExtraServer(classProject(), database.env);
  try {
    const cliEnv = { ...database.env, PORT: new URL(server.url).port };
    const created = await createClass("Restarted", cliEnv);
    const ada = await joinAs(browser, created.joinUrl, "Ada");
    await answerTarget(ada, false);
    await expectAllSent(ada);
    await server.stop();
    server = await startExtraServer(classProject(), database.env);

    const mine = await (await ada.request.get(`${server.url}/api/class/me`)).json();
    expect(mine.learner.displayName).toBe("Ada");
    expect(mine.events.some((event: { body: { kind: string; item?: string } }) => event.body.kind === "answer" && event.body.item === TARGET.id)).toBe(true);
    const signIn = (await classCli(["sign-in", created.code], cliEnv)).stdout;
    const instructor = await (await browser.newContext()).newPage();
    await instructor.goto(/^Instructor sign-in:\s+(\S+)$/m.exec(signIn)![1]!);
    await instructor.getByRole("button", { name: "Sign in" }).press("Enter");
    await expect(instructor.getByRole("rowheader", { name: "Ada" })).toBeVisible();
    const row = instructor.getByRole("row", { name: new RegExp(TARGET.promptHtml.trim().replace(/[?.*+()[\]]/g, "\\$&")) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("100 %");
  } finally {
    await server.stop();
    database.dispose();
  }
});

async function joinByApi(request: APIRequestContext, url: string, code: string, name: string) {
  const response = await request.post(`${url}/api/class/join`, { data: { code, name }, headers: { Origin: url } });
  expect(response.status()).toBe(201);
}

function progressEvent(slide: number) {
  return { id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "progress", lesson: "how-lessons-work", slide, total: 7 } };
}

test("kill -9 during a load loses no acknowledged event and stores none twice", async ({ playwright }) => {
  const database = await ownDatabase();
  let server = await startExtraServer(classProject(), database.env);
  const learners: { request: APIRequestContext; sent: ReturnType<typeof progressEvent>[]; acknowledged: Set<string> }[] = [];
  try {
    const created = await createClass("Under load", { ...database.env, PORT: new URL(server.url).port });
    for (let n = 0; n < 10; n++) {
      const request = await playwright.request.newContext();
      await joinByApi(request, server.url, created.code, `Learner ${n}`);
      learners.push({ request, sent: [], acknowledged: new Set() });
    }
    // Each learner sends batches of 5 as fast as answers come back, until the server is killed.
    let killed = false;
    const url = server.url;
    const load = learners.map(async (learner) => {
      while (!killed) {
        const batch = [1, 2, 3, 4, 5].map(progressEvent);
        learner.sent.push(...batch);
        const response = await learner.request.post(`${url}/api/class/events`, { data: { events: batch }, headers: { Origin: url } }).catch(() => undefined);
        if (!response?.ok()) break;
        for (const id of (await response.json()).acknowledged as string[]) learner.acknowledged.add(id);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    killed = true;
    await server.stop("SIGKILL");
    await Promise.all(load);
    const acknowledgedBefore = learners.reduce((sum, learner) => sum + learner.acknowledged.size, 0);
    expect(acknowledgedBefore).toBeGreaterThan(0);

    server = await startExtraServer(classProject(), database.env);
    // The outbox sends again everything not acknowledged; sending acknowledged events again too checks the ids.
    for (const learner of learners) {
      for (let start = 0; start < learner.sent.length; start += 100) {
        const response = await learner.request.post(`${server.url}/api/class/events`, { data: { events: learner.sent.slice(start, start + 100) }, headers: { Origin: server.url } });
        expect(response.status()).toBe(200);
      }
      const stored = (await (await learner.request.get(`${server.url}/api/class/me`)).json()).events as { id: string }[];
      const ids = stored.map((event) => event.id);
      expect(new Set(ids).size, "no event stored twice").toBe(ids.length);
      expect(ids.length).toBe(learner.sent.length);
      for (const id of learner.acknowledged) expect(ids).toContain(id);
    }
  } finally {
    await Promise.all(learners.map((learner) => learner.request.dispose()));
    await server.stop();
    database.dispose();
  }
});

test("an offline learner loses nothing: answers wait in the browser and go when it is back online", async ({ browser }) => {
  const created = await createClass("Offline");
  const ada = await joinAs(browser, created.joinUrl, "Ada");
  await ada.goto("/quizzes/root-user-quiz");
  await expect(ada.getByRole("button", { name: "Start" })).toBeVisible();
  await ada.context().setOffline(true);
  await answerTarget(ada, false, { open: false });
  const waiting = await ada.evaluate(() => JSON.parse(localStorage.getItem("pagebreak:class-outbox") ?? "{}").events?.length ?? 0);
  expect(waiting).toBeGreaterThan(0);
  await ada.context().setOffline(false);
  await expect
    .poll(async () => ((await (await ada.request.get("/api/class/me")).json()).events as { body: { kind: string; item?: string } }[]).some((event) => event.body.kind === "answer" && event.body.item === TARGET.id), { timeout: 30_000 })
    .toBe(true);
  await expectAllSent(ada);
});
