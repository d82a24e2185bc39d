import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePostgres } from "./ensure-postgres.mjs";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder for PATH holding a stand-in `apt-get` that records its arguments and "installs" by making `marker`. */
function fakeApt(exitCode: number): { dir: string; marker: string; calls: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "pagebreak-apt-"));
  folders.push(dir);
  const marker = path.join(dir, "installed");
  const calls = path.join(dir, "calls");
  writeFileSync(path.join(dir, "apt-get"), `#!/bin/sh\necho "$@" >> ${calls}\n[ "$1" = install ] && [ ${exitCode} = 0 ] && : > ${marker}\nexit ${exitCode}\n`);
  chmodSync(path.join(dir, "apt-get"), 0o755);
  return { dir, marker, calls };
}

describe("ensurePostgres", () => {
  it("uses the server PAGEBREAK_TEST_DATABASE_URL names, or the programs already installed, and installs nothing", async () => {
    const lines: string[] = [];
    const apt = fakeApt(0);
    const named = await ensurePostgres({ env: { PATH: apt.dir, PAGEBREAK_TEST_DATABASE_URL: "postgresql://x@127.0.0.1:1/postgres" }, isRoot: true, log: (line) => lines.push(line), find: () => undefined });
    const installed = await ensurePostgres({ env: { PATH: apt.dir }, isRoot: true, log: (line) => lines.push(line), find: () => "/usr/lib/postgresql/15/bin" });
    expect([named, installed]).toEqual([{ found: true }, { found: true }]);
    expect(lines).toEqual([]);
    expect(existsSync(apt.calls)).toBe(false);
  });

  it("as root with apt-get, installs Debian's postgresql, saying so in one line", async () => {
    const lines: string[] = [];
    const apt = fakeApt(0);
    const result = await ensurePostgres({ env: { PATH: apt.dir }, isRoot: true, log: (line) => lines.push(line), find: () => (existsSync(apt.marker) ? apt.dir : undefined) });
    expect(result).toEqual({ found: true });
    expect(lines).toEqual(["No PostgreSQL found for the class-mode tests: installing Debian's postgresql (apt-get install postgresql) …"]);
  });

  it("explains in one line when it cannot install: not root, no apt-get, or apt-get failing even after an update", async () => {
    const explanation = expect.stringMatching(/^No PostgreSQL found for the class-mode tests: install Debian's .*PAGEBREAK_TEST_DATABASE_URL/);
    const apt = fakeApt(100);
    const none = () => undefined;
    const log = () => undefined;
    expect(await ensurePostgres({ env: { PATH: apt.dir }, isRoot: false, log, find: none })).toEqual({ found: false, error: explanation });
    expect(await ensurePostgres({ env: { PATH: path.join(apt.dir, "empty") }, isRoot: true, log, find: none })).toEqual({ found: false, error: explanation });
    expect(await ensurePostgres({ env: { PATH: apt.dir }, isRoot: true, log, find: none })).toEqual({ found: false, error: explanation });
    expect(readFileSync(apt.calls, "utf8").split("\n").filter(Boolean)).toEqual(["install -y -qq postgresql", "update -qq", "install -y -qq postgresql"]);
  });
});
