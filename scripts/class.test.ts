import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { describeClass, parseClassArgs } from "./class";

// class.ts reaches the server-only database modules (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), "pagebreak-class-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[]) {
  return run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/class.ts", ...args], {
    env: { ...process.env, DATABASE_URL: "", PAGEBREAK_DATA_DIR: dataDir, PORT: "4321", BASE_PATH: "/course", PAGEBREAK_PUBLIC_URL: "" },
  });
}

describe("npm run class: arguments", () => {
  it("reads create and sign-in, and says what is wrong in one line", () => {
    expect(parseClassArgs(["create", "AWS cohort 5"])).toEqual({ command: "create", name: "AWS cohort 5" });
    expect(parseClassArgs(["--", "sign-in", "abcdefghjk"])).toEqual({ command: "sign-in", code: "ABCDEFGHJK" });
    expect(parseClassArgs([])).toEqual({ help: true });
    expect(parseClassArgs(["create"])).toEqual({ error: 'create needs the class name: npm run class -- create "AWS cohort 5"' });
    expect(parseClassArgs(["create", "AWS", "cohort"])).toEqual({ error: 'Unexpected argument "cohort" (quote a name with spaces: "AWS cohort 5").' });
    expect(parseClassArgs(["create", "  "])).toEqual({ error: "Class name: the class name is empty." });
    expect(parseClassArgs(["create", "a\u001b[31mred"])).toEqual({ error: "Class name: the class name has control characters." });
    expect(parseClassArgs(["sign-in", "nope"])).toEqual({ error: 'Class code "nope": a class code is 10 letters and digits.' });
    expect(parseClassArgs(["drop"])).toEqual({ error: 'Unknown command "drop": expected create or sign-in.' });
  });

  it("prints the code, the join address and the one-time sign-in address under the base path", () => {
    const text = describeClass({ code: "ABCDEFGHJK", name: "Cohort", signInToken: "t0k" }, "http://localhost:3000", "/course", true);
    expect(text.split("\n").slice(0, 4)).toEqual([
      'Created the class "Cohort".',
      "Class code:          ABCDEFGHJK",
      "Learners join at:    http://localhost:3000/course/class/join/ABCDEFGHJK",
      "Instructor sign-in:  http://localhost:3000/course/class/sign-in?token=t0k",
    ]);
  });
});

describe("npm run class on PGlite", () => {
  it("creates a class, then prints a new sign-in address for it; a wrong code is an error with exit code 1", async () => {
    const created = await cli(["create", "AWS cohort 5"]);
    const code = /^Class code:\s+(\S+)$/m.exec(created.stdout)?.[1];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(created.stdout).toContain(`Learners join at:    http://localhost:4321/course/class/join/${code}`);
    const tokens = [created.stdout];
    tokens.push((await cli(["sign-in", code!])).stdout);
    const [first, second] = tokens.map((out) => /token=(\S+)/.exec(out)?.[1]);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    const missing = await cli(["sign-in", "ZZZZZZZZZZ"]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(missing?.code).toBe(1);
    expect(missing?.stderr.trim()).toBe(`npm run class: There is no class with the code ZZZZZZZZZZ in ${dataDir}.`);
    // Three runs, each starting tsx and opening PGlite: seconds apiece on a busy machine.
  }, 120_000);

  it("two commands at once on one data folder both succeed: the second waits for the first", async () => {
    const both = await Promise.all([cli(["create", "Cohort A"]), cli(["create", "Cohort B"])]);
    const codes = both.map((out) => /^Class code:\s+(\S+)$/m.exec(out.stdout)?.[1]);
    expect(codes[0]).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(codes[1]).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(codes[0]).not.toBe(codes[1]);
  }, 120_000);
});
