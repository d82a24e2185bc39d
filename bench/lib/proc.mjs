// Processes for the benchmark: every child runs in its own process group, is tracked, and is
// stopped (the whole group) when its step ends, when the benchmark fails, and on Ctrl-C.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const live = new Set();

/** Sends a signal to a whole process group; ignores groups that are already gone. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  return signalGroup(pid, 0);
}

/** Stops a child's process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child?.pid) return;
  live.delete(child);
  if (!groupAlive(child.pid)) return;
  signalGroup(child.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(child.pid)) signalGroup(child.pid, "SIGKILL");
  while (groupAlive(child.pid) && Date.now() < deadline + 2000) await sleep(50);
}

/** Last resort, synchronous: kill every group still running (process exit, signals). */
function killAllNow() {
  for (const child of live) if (child.pid) signalGroup(child.pid, "SIGKILL");
  live.clear();
}
process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping every server and build it started`);
    killAllNow();
    process.exit(130);
  });
}

/**
 * Starts a command in its own process group with output to `logFile`. Returns the child and a
 * promise of its exit code.
 */
export function startGroup(command, args, { cwd, env, logFile }) {
  const out = logFile ? openSync(logFile, "w") : "ignore";
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] });
  if (typeof out === "number") closeSync(out);
  live.add(child);
  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0)));
    child.on("error", () => resolve(127));
  });
  exited.then(() => {
    // The leader is gone; anything left in its group goes too.
    if (child.pid && groupAlive(child.pid)) signalGroup(child.pid, "SIGKILL");
    live.delete(child);
  });
  return { child, exited };
}

/** RSS of every process in the tree below `rootPid` (inclusive), summed, in bytes. */
export function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces) start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const pid = Number(name);
    rss.set(pid, Number(fields[21]) * 4096);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  let count = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    if (rss.has(pid)) count++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes: total, processes: count };
}

/** Samples treeRss every `everyMs` until stopped; returns { peakBytes, peakProcesses, samples }. */
export function sampleRss(rootPid, everyMs = 200) {
  let peakBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const tick = () => {
    const { bytes, processes } = treeRss(rootPid);
    samples++;
    if (bytes > peakBytes) peakBytes = bytes;
    if (processes > peakProcesses) peakProcesses = processes;
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return () => {
    clearInterval(timer);
    return { peakBytes, peakProcesses, samples };
  };
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited?.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server for port ${port} exited before it listened`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    await sleep(150);
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}

/** True if nothing listens on the port (so a stale server from someone else is not measured). */
export async function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first free port in [from, to]. */
export async function freePort(from, to, taken = new Set()) {
  for (let port = from; port <= to; port++) if (!taken.has(port) && (await portFree(port))) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

/**
 * `next build` adds `<distDir>/types/**` globs to tsconfig.json's include and points next-env.d.ts
 * at `<distDir>/types/routes.d.ts`. The benchmark must leave both as it found them (others build
 * and type-check in this checkout), so this runs `fn` and then takes out exactly what a build in
 * one of `distDirs` added: other changes made meanwhile are kept.
 */
export async function withProjectFilesRestored(root, distDirs, fn) {
  const tsconfigFile = path.join(root, "tsconfig.json");
  const nextEnvFile = path.join(root, "next-env.d.ts");
  const read = (file) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
  const tsconfigBefore = read(tsconfigFile);
  const nextEnvBefore = read(nextEnvFile);
  const times = (file) => (existsSync(file) ? statSync(file) : undefined);
  const tsconfigTimes = times(tsconfigFile);
  const nextEnvTimes = times(nextEnvFile);
  try {
    return await fn();
  } finally {
    restoreTsconfig(tsconfigFile, tsconfigBefore, tsconfigTimes, distDirs);
    const nextEnvNow = read(nextEnvFile);
    if (nextEnvNow !== nextEnvBefore && nextEnvNow !== undefined && distDirs.some((dir) => nextEnvNow.includes(`./${dir}/`))) {
      writeFileSync(nextEnvFile, nextEnvBefore ?? "");
      if (nextEnvTimes) utimesSync(nextEnvFile, nextEnvTimes.atime, nextEnvTimes.mtime);
    }
  }
}

/**
 * Puts tsconfig.json back. Its modification time goes back too when its bytes do, because
 * scripts/start.mjs fingerprints the sources by size and mtime and would otherwise rebuild.
 */
function restoreTsconfig(file, before, beforeTimes, distDirs) {
  if (before === undefined || !existsSync(file)) return;
  const now = readFileSync(file, "utf8");
  if (now === before) {
    if (beforeTimes) utimesSync(file, beforeTimes.atime, beforeTimes.mtime);
    return;
  }
  let parsedNow;
  let parsedBefore;
  try {
    parsedNow = JSON.parse(now);
    parsedBefore = JSON.parse(before);
  } catch {
    console.error("bench: tsconfig.json changed during a build and is not plain JSON; left as it is");
    return;
  }
  const ours = (entry) => typeof entry === "string" && distDirs.some((dir) => entry.startsWith(`${dir}/`)) && !(parsedBefore.include ?? []).includes(entry);
  if (!Array.isArray(parsedNow.include) || !parsedNow.include.some(ours)) return;
  parsedNow.include = parsedNow.include.filter((entry) => !ours(entry));
  // Byte for byte as before when nothing else changed; otherwise keep the other changes.
  if (JSON.stringify(parsedNow) === JSON.stringify(parsedBefore)) {
    writeFileSync(file, before);
    if (beforeTimes) utimesSync(file, beforeTimes.atime, beforeTimes.mtime);
  } else {
    writeFileSync(file, `${JSON.stringify(parsedNow, null, 2)}\n`);
  }
}

/** Machine-wide CPU use (0–1) and the 1-minute load average, for the record. */
export function cpuSnapshot() {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3] + (values[4] ?? 0);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { idle, total, load1: Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]) };
}

export function cpuBusyBetween(before, after) {
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

/**
 * Runs one of the benchmark's measuring scripts (`tsx <args>`) to the end, with its output in
 * `logFile`, and returns the JSON it printed on its `RESULT ` line; fails with the log's last
 * lines when it exits non-zero or prints none.
 */
export async function runMeasuringScript(tsxBin, args, { cwd, env, logFile, what, tailLines = 20 }) {
  const { child, exited } = startGroup(tsxBin, args, { cwd, env, logFile });
  let code;
  try {
    code = await exited;
  } finally {
    await stopGroup(child);
  }
  const output = readFileSync(logFile, "utf8");
  const line = output.split("\n").find((text) => text.startsWith("RESULT "));
  if (code !== 0 || !line) throw new Error(`${what} failed (exit ${code}):\n${output.split("\n").slice(-tailLines).join("\n")}`);
  return JSON.parse(line.slice("RESULT ".length));
}
