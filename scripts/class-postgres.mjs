// A private PostgreSQL cluster for tests: initdb in a temporary folder, a free loopback port, no
// password (trust, loopback only), stopped and removed at the end. As root it runs the server as the
// `postgres` user (root cannot run initdb). Used by the class-mode unit tests, the E2E server on
// PostgreSQL and .ci/run:
//   node scripts/class-postgres.mjs run -- <command…>   runs the command with PAGEBREAK_TEST_DATABASE_URL set
//   node scripts/class-postgres.mjs hold                 a cluster that stops and starts on request
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** Where Debian puts the server's programs when they are not on PATH. */
export function postgresBinDir() {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb"))) return dir;
  }
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(debian, version, "bin");
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  return undefined;
}

/** A free TCP port on the loopback interface. */
export function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function userIds(name) {
  try {
    return { uid: Number(execFileSync("id", ["-u", name], { encoding: "utf8" })), gid: Number(execFileSync("id", ["-g", name], { encoding: "utf8" })) };
  } catch {
    return undefined;
  }
}

/**
 * Creates a database on the server of `url` and returns its URL. The name is a plain identifier
 * (checked), so it can be quoted into the statement: CREATE DATABASE takes no parameters.
 */
export async function createDatabase(url, name) {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/**
 * Starts a cluster. Throws with one clear sentence when PostgreSQL is not installed: the tests of
 * the PostgreSQL path must fail, not pass by testing nothing.
 */
export async function startPostgresCluster() {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql): `apt-get install postgresql`, or set PAGEBREAK_TEST_DATABASE_URL.");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? userIds("postgres") : undefined;
  if (asRoot && !owner) throw new Error("Running as root, PostgreSQL needs the `postgres` user to run as (Debian's postgresql package creates it).");
  const dir = mkdtempSync(path.join(tmpdir(), "pagebreak-pg-"));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const as = (program, args) => (owner ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args]);
  const runQuiet = (program, args) => {
    const [command, argv] = as(program, args);
    execFileSync(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
  };
  // A fixed port (PAGEBREAK_PG_PORT) lets a test server and its tests agree on the address up front.
  const port = Number(process.env.PAGEBREAK_PG_PORT) || (await freeLoopbackPort());
  const data = path.join(dir, "data");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  try {
    runQuiet("initdb", ["-D", data, "-U", "pagebreak", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    runQuiet("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = error && typeof error === "object" && "stderr" in error ? String(error.stderr).trim() : String(error);
    throw new Error(`Could not start a private PostgreSQL cluster: ${detail}`);
  }
  const url = `postgresql://pagebreak@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    dir,
    /** A URL for another database of this cluster (`createdb` equivalent through psql). */
    async createDatabase(name) {
      return createDatabase(url, name);
    },
    /** Stops the server abruptly or cleanly; `start` brings it back on the same port (fault tests). */
    stopServer(mode = "fast") {
      runQuiet("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
    },
    startServer() {
      runQuiet("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runQuiet("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `hold`: starts a cluster, prints {"url"} as one JSON line, then obeys lines on standard input:
 * "stop" (the server goes down, fault tests), "start" (back on the same port); each answered "ok".
 * The cluster is removed when standard input closes or on SIGTERM.
 */
async function hold() {
  const cluster = await startPostgresCluster();
  const end = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on("SIGTERM", end);
  process.on("SIGINT", end);
  process.stdout.write(`${JSON.stringify({ url: cluster.url })}\n`);
  const { createInterface } = await import("node:readline");
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    try {
      if (line.trim() === "stop") cluster.stopServer("fast");
      else if (line.trim() === "start") cluster.startServer();
      process.stdout.write("ok\n");
    } catch (error) {
      process.stdout.write(`error ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  lines.on("close", end);
}

async function main(argv) {
  const [mode, separator, command, ...args] = argv;
  if (mode === "hold") return hold();
  if (mode !== "run" || separator !== "--" || !command) {
    console.error("Usage: node scripts/class-postgres.mjs run -- <command> [args…]\n       node scripts/class-postgres.mjs hold");
    process.exit(2);
  }
  const cluster = await startPostgresCluster();
  // Only the tests' variable: DATABASE_URL would switch every server the command starts to PostgreSQL.
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, PAGEBREAK_TEST_DATABASE_URL: cluster.url } });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    cluster.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

// No top-level await: Playwright's loader require()s this file (e2e specs import createDatabase).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
