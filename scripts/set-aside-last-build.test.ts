import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const { setAsideLastBuild } = createRequire(import.meta.url)("./set-aside-last-build.cjs") as {
  setAsideLastBuild: (distDir: string) => string | undefined;
};

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function lastBuild(): string {
  const distDir = mkdtempSync(path.join(tmpdir(), "pagebreak-dist-"));
  folders.push(distDir);
  mkdirSync(path.join(distDir, "server", "app", "lessons"), { recursive: true });
  for (let page = 0; page < 200; page++) writeFileSync(path.join(distDir, "server", "app", "lessons", `${page}.html`), "<p>old</p>");
  writeFileSync(path.join(distDir, "BUILD_ID"), "old");
  mkdirSync(path.join(distDir, "cache", "turbopack"), { recursive: true });
  writeFileSync(path.join(distDir, "cache", "turbopack", "kept"), "compile cache");
  writeFileSync(path.join(distDir, "trace"), "");
  return distDir;
}

async function eventually(check: () => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("setting the last build aside before the next", () => {
  it("moves everything Next would delete out of its way, keeps the compile cache, and deletes the old output in the background", async () => {
    const distDir = lastBuild();
    const setAside = setAsideLastBuild(distDir);
    expect(setAside).toBeDefined();
    // Next finds only what it keeps.
    expect(readdirSync(distDir).sort()).toEqual(["cache", "trace"]);
    expect(existsSync(path.join(distDir, "cache", "turbopack", "kept"))).toBe(true);
    await eventually(() => !existsSync(path.join(distDir, "cache", "old-builds")));
    expect(readdirSync(path.join(distDir, "cache"))).toEqual(["turbopack"]);
  });

  it("does nothing for a first build or a folder holding only what Next keeps", () => {
    const missing = path.join(tmpdir(), `pagebreak-missing-${process.pid}`);
    expect(setAsideLastBuild(missing)).toBeUndefined();
    expect(existsSync(missing)).toBe(false);
    const distDir = mkdtempSync(path.join(tmpdir(), "pagebreak-dist-"));
    folders.push(distDir);
    mkdirSync(path.join(distDir, "cache"));
    expect(setAsideLastBuild(distDir)).toBeUndefined();
    expect(readdirSync(distDir)).toEqual(["cache"]);
  });
});
