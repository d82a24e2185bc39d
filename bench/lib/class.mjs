// `npm run bench -- --only class`: class mode under load. Simulated learners join a class on
// `next start` (loopback) and answer, each sending one event a second (a bounded load: at most one
// request in flight per learner), on PGlite and on PostgreSQL (a private cluster). The first
// seconds warm the server up and are reported apart. Measured: requests per second, p50/p99
// latency, errors, and a count proving every acknowledged event is stored, and once.
// Runs alone: node bench/lib/class.mjs --learners 20 --seconds 5 --warmup 2 --dist .next-app
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createDatabase, freeLoopbackPort, startPostgresCluster } from "../../scripts/class-postgres.mjs";

const run = promisify(execFile);
export const TARGETS = { p99Ms: 100, errors: 0, lost: 0 };

async function startServer(root, dist, port, dbEnv) {
  const env = { ...process.env, DATABASE_URL: "", ...dbEnv, PORT: String(port), PAGEBREAK_DIST_DIR: dist };
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], { cwd: root, env, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error("next start exited");
    if (await fetch(`${url}/class`).then((response) => response.ok, () => false)) break;
    if (waited > 60_000) throw new Error(`next start did not answer on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return { url, stop: async () => (child.kill("SIGTERM"), await exited) };
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Joins `learners` learners and keeps each answering, one event a second: first for `warmupSeconds`
 * (a server just started compiles its code as the first requests arrive; not measured), then for
 * `seconds`, measured. Every event of both phases counts for "stored once" and "lost".
 */
async function load(url, code, learners, seconds, warmupSeconds) {
  const headers = { Origin: url, "Content-Type": "application/json" };
  const sessions = [];
  for (let n = 0; n < learners; n++) {
    const response = await fetch(`${url}/api/class/join`, { method: "POST", headers, body: JSON.stringify({ code, name: `Learner ${n}` }) });
    if (response.status !== 201) throw new Error(`join answered ${response.status}`);
    sessions.push(response.headers.get("set-cookie").split(";")[0]);
  }
  const acknowledged = new Set();
  const answerFor = async (duration) => {
    const latencies = [];
    let errors = 0;
    const end = Date.now() + duration * 1000;
    await Promise.all(
      sessions.map(async (cookie, n) => {
        // Spread the learners over a second.
        await new Promise((resolve) => setTimeout(resolve, (n / learners) * 1000));
        while (Date.now() < end) {
          const started = performance.now();
          const event = { id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "answer", quiz: "root-user-quiz", item: `q${1 + (n % 15)}`, answer: ["b"], correct: n % 2 === 0 } };
          try {
            const response = await fetch(`${url}/api/class/events`, { method: "POST", headers: { ...headers, Cookie: cookie }, body: JSON.stringify({ events: [event] }) });
            const answer = await response.json();
            latencies.push(performance.now() - started);
            if (response.ok && answer.acknowledged?.includes(event.id)) acknowledged.add(event.id);
            else errors++;
          } catch {
            errors++;
          }
          const wait = 1000 - (performance.now() - started);
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { requests: latencies.length, errors, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  };
  const warmup = await answerFor(warmupSeconds);
  const measured = await answerFor(seconds);
  return { ...measured, errors: measured.errors + warmup.errors, warmup, acknowledged };
}

/** Stored events of the class: all rows, distinct ids, and how many acknowledged ids are missing. */
async function storedCount(kind, dbEnv, code, acknowledged) {
  const sql = "select id from events where class_code = $1";
  let ids;
  if (kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(dbEnv.PAGEBREAK_DATA_DIR);
    ids = (await db.query(sql, [code])).rows.map((row) => row.id);
    await db.close();
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: dbEnv.DATABASE_URL });
    await client.connect();
    ids = (await client.query(sql, [code])).rows.map((row) => row.id);
    await client.end();
  }
  const stored = new Set(ids);
  return { rows: ids.length, distinct: stored.size, lost: [...acknowledged].filter((id) => !stored.has(id)).length };
}

async function measure(root, dist, kind, dbEnv, learners, seconds, warmupSeconds, log) {
  const port = await freeLoopbackPort();
  const server = await startServer(root, dist, port, dbEnv);
  let result;
  try {
    const cli = await run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/class.ts", "create", `Bench ${kind}`], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", ...dbEnv, PORT: String(port) },
    });
    const code = /^Class code:\s+(\S+)$/m.exec(cli.stdout)[1];
    log(`${kind}: ${learners} learners, ${warmupSeconds} s to warm up, then ${seconds} s measured, on ${server.url}`);
    result = { code, ...(await load(server.url, code, learners, seconds, warmupSeconds)) };
  } finally {
    await server.stop();
  }
  const count = await storedCount(kind, dbEnv, result.code, result.acknowledged);
  return {
    database: kind,
    learners,
    seconds,
    warmupSeconds,
    warmupP99Ms: Math.round(result.warmup.p99 * 10) / 10,
    requests: result.requests,
    requestsPerSecond: Math.round(result.requests / seconds),
    p50Ms: Math.round(result.p50 * 10) / 10,
    p99Ms: Math.round(result.p99 * 10) / 10,
    errors: result.errors,
    acknowledged: result.acknowledged.size,
    storedRows: count.rows,
    storedDistinct: count.distinct,
    lost: count.lost,
    targetMet: result.p99 < TARGETS.p99Ms && result.errors === 0 && count.lost === 0 && count.rows === count.distinct,
  };
}

/** The section: both databases, the given build folder (a production build of the app). */
export async function classSection({ root, dist, learners = 300, seconds = 60, warmupSeconds = 15 }, { table, log }) {
  const results = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), "pagebreak-bench-class-"));
  try {
    results.push(await measure(root, dist, "pglite", { PAGEBREAK_DATA_DIR: dataDir }, learners, seconds, warmupSeconds, log));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const cluster = await startPostgresCluster();
  try {
    const url = await createDatabase(cluster.url, "bench_class");
    results.push(await measure(root, dist, "postgres", { DATABASE_URL: url }, learners, seconds, warmupSeconds, log));
  } finally {
    cluster.stop();
  }
  table(
    `Class mode: ${learners} learners, one event a second each, ${seconds} s after ${warmupSeconds} s of warm-up (targets: p99 < ${TARGETS.p99Ms} ms, no errors, nothing lost)`,
    ["database", "req/s", "p50", "p99", "p99 warming up", "errors", "acknowledged", "stored (distinct)", "lost", ""],
    results.map((row) => [row.database, row.requestsPerSecond, `${row.p50Ms} ms`, `${row.p99Ms} ms`, `${row.warmupP99Ms} ms`, row.errors, row.acknowledged, `${row.storedRows} (${row.storedDistinct})`, row.lost, row.targetMet ? "met" : "not met"]),
  );
  return { runs: results, targetMet: results.every((row) => row.targetMet) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index === -1 ? fallback : args[index + 1];
  };
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
  const table = (title, head, rows) => {
    console.log(`\n${title}`);
    console.log(head.join(" | "));
    for (const row of rows) console.log(row.join(" | "));
  };
  classSection({ root, dist: option("dist", ".next-app"), learners: Number(option("learners", 300)), seconds: Number(option("seconds", 60)), warmupSeconds: Number(option("warmup", 15)) }, { table, log: (line) => console.log(line) }).then(
    (result) => process.exit(result.targetMet ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
