import { spawn, type ChildProcess } from "node:child_process";
import { classPorts, classServerEnv, e2eBase, type ClassProject } from "./class-servers";

/**
 * Another `next start` from the project's own build, on a port and database of the test's choice:
 * for restarts and kill -9, which the project's server (owned by Playwright) cannot do.
 */
export interface ExtraServer {
  url: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startExtraServer(project: ClassProject, databaseEnv: Record<string, string>, offset = 0): Promise<ExtraServer> {
  const base = e2eBase();
  const port = classPorts(base).extra + offset;
  const url = `http://localhost:${port}`;
  // Something already answering there (a server a failed run left) would be tested instead of ours.
  if (await fetch(url).then(() => true, () => false)) throw new Error(`Port ${port} is already in use`);
  const env: Record<string, string | undefined> = { ...process.env, ...classServerEnv(project, base), ...databaseEnv, PORT: String(port) };
  delete env.E2E_CLASS_POSTGRES;
  if (!databaseEnv.DATABASE_URL) delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${stderr}`);
    const ok = await fetch(`${url}/class`).then((response) => response.ok, () => false);
    if (ok) break;
    if (waited > 60_000) throw new Error(`next start did not answer on ${url}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
