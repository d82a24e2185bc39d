import "server-only";
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite keeps its database in a folder that exactly one process may have open. The process that
 * opens it writes an owner file there first (created exclusively): a running server records its
 * port and a random admin secret, so `npm run class` can ask the server to do its work instead of
 * opening the folder a second time; the CLI, when no server runs, owns it for the moment it works.
 */

export const OWNER_FILE = "pagebreak-owner.json";

export interface DataDirOwner {
  pid: number;
  role: "server" | "cli";
  /** A server's port and base path, where the CLI reaches it on loopback. */
  port?: string;
  basePath?: string;
  /** A server's admin secret (the file is readable by its owner only). */
  adminSecret?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readOwner(dataDir: string): DataDirOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), "utf8")) as DataDirOwner;
    return typeof owner.pid === "number" && alive(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims the folder for this process. Returns a release function, or the live owner that holds it.
 * A file left by a process that has died (kill -9) is stale and taken over.
 */
export function claimDataDir(dataDir: string, owner: Omit<DataDirOwner, "pid">): { release: () => void } | { heldBy: DataDirOwner } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, OWNER_FILE);
  const mine: DataDirOwner = { ...owner, pid: process.pid };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: "wx", mode: 0o600 });
      const release = () => {
        try {
          if ((JSON.parse(readFileSync(file, "utf8")) as DataDirOwner).pid === process.pid) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const current = readOwner(dataDir);
      if (current && current.pid !== process.pid) return { heldBy: current };
      try {
        unlinkSync(file);
      } catch {
        // Someone else removed it first; try again.
      }
    }
  }
  throw new Error(`Could not claim the class data folder ${dataDir}.`);
}

/** How long to wait for `npm run class`, which holds the folder for a second or two, to let go. */
const CLI_WAIT_MS = 15_000;
const CLI_POLL_MS = 200;

/**
 * Claims the folder as claimDataDir does, but while another `npm run class` holds it, waits (up to
 * 15 s) for it to finish: the server starting and a second command both do. A server holding it is
 * answered at once; so is a command that outlasts the wait.
 */
export async function claimDataDirAfterCli(dataDir: string, owner: Omit<DataDirOwner, "pid">): Promise<ReturnType<typeof claimDataDir>> {
  const started = Date.now();
  for (;;) {
    const claim = claimDataDir(dataDir, owner);
    if ("release" in claim || claim.heldBy.role !== "cli" || Date.now() - started > CLI_WAIT_MS) return claim;
    await new Promise((resolve) => setTimeout(resolve, CLI_POLL_MS));
  }
}
