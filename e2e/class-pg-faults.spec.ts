import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { expect, test } from "@playwright/test";
import { answerTarget, createClass, joinAs, TARGET } from "./class";
import { startExtraServer, type ExtraServer } from "./class-extra-server";

// The database goes down under a running server (project class-pg only: PGlite lives in the server).

/** A PostgreSQL cluster of this test's own that it can stop and start (scripts/class-postgres.mjs hold). */
async function heldCluster() {
  const child = spawn(process.execPath, ["scripts/class-postgres.mjs", "hold"], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value ?? "");
  const { url } = JSON.parse(await next()) as { url: string };
  const command = async (line: "stop" | "start") => {
    child.stdin!.write(`${line}\n`);
    expect(await next()).toBe("ok");
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { url, stop: () => command("stop"), start: () => command("start"), dispose: async () => (child.stdin!.end(), await exited) };
}

test("the database down: the server answers 503, the outbox keeps the answer and sends it when the database is back", async ({ browser }) => {
  const cluster = await heldCluster();
  const server = await startExtraServer("class-pg", { DATABASE_URL: cluster.url }, 1).catch(async (error: unknown) => {
    await cluster.dispose();
    throw error;
  });
  try {
    const created = await createClass("Database down", { DATABASE_URL: cluster.url, PORT: new URL(server.url).port });
    const ada = await joinAs(browser, created.joinUrl, "Ada");
    await ada.goto(`${server.url}/quizzes/root-user-quiz`);
    await cluster.stop();

    const event = { id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "progress", lesson: "how-lessons-work", slide: 1, total: 7 } };
    const down = await ada.request.post(`${server.url}/api/class/events`, { data: { events: [event] }, headers: { Origin: server.url } });
    expect(down.status()).toBe(503);
    expect(Number(down.headers()["retry-after"])).toBeGreaterThan(0);

    await answerTarget(ada, false, { open: false });
    await expect.poll(() => ada.evaluate(() => JSON.parse(localStorage.getItem("pagebreak:class-outbox") ?? "{}").failures ?? 0), { timeout: 15_000 }).toBeGreaterThan(0);
    await cluster.start();
    await expect
      .poll(
        async () => {
          const response = await ada.request.get(`${server.url}/api/class/me`);
          if (!response.ok()) return false;
          return ((await response.json()).events as { body: { kind: string; item?: string } }[]).some((stored) => stored.body.kind === "answer" && stored.body.item === TARGET.id);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  } finally {
    await server.stop();
    await cluster.dispose();
  }
});

test("two next start instances on one PostgreSQL, served alternately, stay consistent", async ({ playwright }) => {
  const cluster = await heldCluster();
  const servers: ExtraServer[] = [];
  const request = await playwright.request.newContext();
  try {
    for (const offset of [1, 2]) servers.push(await startExtraServer("class-pg", { DATABASE_URL: cluster.url }, offset));
    const [a, b] = servers as [ExtraServer, ExtraServer];
    const created = await createClass("Two servers", { DATABASE_URL: cluster.url, PORT: new URL(a.url).port });
    // Joined on one, the session works on the other: both read the same database.
    expect((await request.post(`${a.url}/api/class/join`, { data: { code: created.code, name: "Ada" }, headers: { Origin: a.url } })).status()).toBe(201);
    const sent: string[] = [];
    for (let n = 0; n < 40; n++) {
      const server = n % 2 === 0 ? a : b;
      const events = [1, 2, 3].map((slide) => ({ id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "progress", lesson: "how-lessons-work", slide, total: 7 } }));
      // Every batch goes to both: the second is a retry that must store nothing new.
      for (const target of [server, server === a ? b : a]) {
        const response = await request.post(`${target.url}/api/class/events`, { data: { events }, headers: { Origin: target.url } });
        expect(response.status()).toBe(200);
        expect((await response.json()).acknowledged).toEqual(events.map((event) => event.id));
      }
      sent.push(...events.map((event) => event.id));
    }
    for (const server of [a, b]) {
      const ids = ((await (await request.get(`${server.url}/api/class/me`)).json()).events as { id: string }[]).map((event) => event.id);
      expect(ids.sort()).toEqual([...sent].sort());
    }
  } finally {
    await request.dispose();
    await Promise.all(servers.map((server) => server.stop()));
    await cluster.dispose();
  }
});
