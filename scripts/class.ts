/**
 * `npm run class -- create "AWS cohort 5"`: creates a class and prints its code, the address
 * learners join at and a one-time instructor sign-in address. `npm run class -- sign-in <code>`
 * prints a new sign-in address. Uses DATABASE_URL (PostgreSQL) or PGlite in PAGEBREAK_DATA_DIR;
 * when a server has that PGlite folder open, the server does the work (only one process may open
 * it). Addresses use PAGEBREAK_PUBLIC_URL, else http://localhost:PORT, and BASE_PATH.
 * Run with `tsx --conditions=react-server` (the database modules are server-only).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classCodeSchema, classNameSchema } from "../lib/class/names";
import { openClassDatabase, settingsFromEnv } from "../lib/class/db/connect";
import { claimDataDirAfterCli, readOwner, type DataDirOwner } from "../lib/class/db/data-dir-owner";
import { findClass } from "../lib/class/db/queries";
import { createClassWithSignIn, newSignInToken, SIGN_IN_TOKEN_MS } from "../lib/class/server/service";
import { siteUrl } from "../lib/class/server/site-url";
import { printable } from "../lib/content/printable";

export const USAGE = `Usage: npm run class -- create "Class name"
       npm run class -- sign-in <class code>

  create    creates a class; prints its code, the learners' join address and a one-time
            instructor sign-in address
  sign-in   prints a new one-time sign-in address for a class's instructor`;

export type ClassCommand = { command: "create"; name: string } | { command: "sign-in"; code: string };

/** Reads the command line (without `node` and the script). Errors are one line. */
export function parseClassArgs(argv: readonly string[]): ClassCommand | { help: true } | { error: string } {
  const args = argv.filter((arg) => arg !== "--");
  const [command, value, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h") return { help: true };
  if (command !== "create" && command !== "sign-in") return { error: `Unknown command "${printable(command)}": expected create or sign-in.` };
  if (value === undefined) return { error: command === "create" ? 'create needs the class name: npm run class -- create "AWS cohort 5"' : "sign-in needs the class code." };
  if (rest.length > 0) return { error: `Unexpected argument "${printable(rest[0]!)}"${command === "create" ? ' (quote a name with spaces: "AWS cohort 5")' : ""}.` };
  if (command === "create") {
    const name = classNameSchema.safeParse(value);
    return name.success ? { command, name: name.data } : { error: `Class name: ${name.error.issues[0]?.message}.` };
  }
  const code = classCodeSchema.safeParse(value.toUpperCase());
  return code.success ? { command, code: code.data } : { error: `Class code "${printable(value)}": ${code.error.issues[0]?.message}.` };
}

export interface ClassResult {
  code: string;
  name: string;
  signInToken: string;
  /** The port of the running server that did the work, whose addresses these are. */
  serverPort?: string;
}

/** The lines printed for a class: its code, join address and sign-in address. */
export function describeClass(result: ClassResult, origin: string, basePath: string, created: boolean): string {
  const site = `${origin}${basePath}`;
  return [
    created ? `Created the class "${printable(result.name)}".` : `A new sign-in address for "${printable(result.name)}".`,
    `Class code:          ${result.code}`,
    `Learners join at:    ${site}/class/join/${result.code}`,
    `Instructor sign-in:  ${site}/class/sign-in?token=${result.signInToken}`,
    `(The sign-in address works once, within ${SIGN_IN_TOKEN_MS / 3_600_000} hours: npm run class -- sign-in ${result.code} prints a new one.)`,
  ].join("\n");
}

async function viaServer(owner: DataDirOwner, command: ClassCommand): Promise<ClassResult> {
  const url = `http://127.0.0.1:${owner.port}${owner.basePath ?? ""}/api/class/admin`;
  const body = command.command === "create" ? { action: "create", name: command.name } : { action: "sign-in", code: command.code };
  const response = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${owner.adminSecret}`, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => ({}))) as Partial<ClassResult> & { error?: string };
  if (!response.ok || !answer.code || !answer.signInToken || answer.name === undefined) {
    throw new Error(answer.error ?? `The running server (pid ${owner.pid}) answered ${response.status}.`);
  }
  return { code: answer.code, name: answer.name, signInToken: answer.signInToken, serverPort: owner.port };
}

async function directly(command: ClassCommand, settings: ReturnType<typeof settingsFromEnv>): Promise<ClassResult> {
  const database = await openClassDatabase(settings);
  try {
    if (command.command === "create") {
      const { classRecord, signInToken } = await createClassWithSignIn(database.db, command.name);
      return { code: classRecord.code, name: classRecord.name, signInToken };
    }
    const found = await findClass(database.db, command.code);
    if (!found) throw new Error(`There is no class with the code ${command.code} in ${database.where}.`);
    return { code: found.code, name: found.name, signInToken: await newSignInToken(database.db, found.code) };
  } finally {
    await database.close();
  }
}

/** Runs a command against the configured database; the result, or throws with a one-line reason. */
export async function runClassCommand(command: ClassCommand, env: NodeJS.ProcessEnv = process.env): Promise<ClassResult> {
  const settings = settingsFromEnv(env);
  if (settings.databaseUrl) return directly(command, settings);
  const dataDir = settings.dataDir!;
  const owner = readOwner(dataDir);
  if (owner?.role === "server") return viaServer(owner, command);
  // Another `npm run class` on the same folder takes a second or two: wait for it, as a server does.
  const claim = await claimDataDirAfterCli(dataDir, { role: "cli" });
  if ("heldBy" in claim) {
    if (claim.heldBy.role === "server") return viaServer(claim.heldBy, command);
    throw new Error(`Another \`npm run class\` (pid ${claim.heldBy.pid}) is using ${dataDir}; try again when it is done.`);
  }
  try {
    return await directly(command, settings);
  } finally {
    claim.release();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseClassArgs(argv);
  if ("help" in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ("error" in parsed) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  try {
    const result = await runClassCommand(parsed);
    const basePath = (process.env.BASE_PATH ?? "").trim().replace(/\/+$/, "");
    const origin = siteUrl(result.serverPort && !process.env.PORT ? { ...process.env, PORT: result.serverPort } : process.env);
    console.log(describeClass(result, origin, basePath === "" ? "" : basePath.startsWith("/") ? basePath : `/${basePath}`, parsed.command === "create"));
    return 0;
  } catch (error) {
    console.error(`npm run class: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
