import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The patches scripts/patch-dependencies.mjs applies after `npm install` / `npm ci`, checked in
// the node_modules the tests run against.
const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(file), "utf8");

describe("the dependency patches", () => {
  it("leave micromark's EditMap without its copy of the events before the first edit", () => {
    const source = read("micromark-util-edit-map");
    expect(source).toContain("Patched by Pagebreak");
    expect(source).not.toMatch(/vecs\.push\(events\.slice\(\)\)/);
  });

  it("make next dev rewrite prerender-manifest.json without awaiting between read and write, by rename", () => {
    const source = read("next/dist/server/dev/next-dev-server.js");
    const block = source.slice(source.indexOf("rawExistingManifest ="), source.indexOf("this.staticPathsCache.set(pathname, value)"));
    expect(block).toContain("readFileSync(");
    expect(block).toContain("renameSync(manifestPath + '.tmp', manifestPath)");
    expect(block).not.toMatch(/await|promises\.writeFile/);
  });

  it("make next dev read a route's static params afresh when its cached list lacks the address asked for", () => {
    const source = read("next/dist/server/dev/next-dev-server.js");
    const start = source.indexOf("const cachedPaths = this.staticPathsCache.get(pathname)");
    expect(start).toBeGreaterThan(-1);
    const block = source.slice(start, source.indexOf(".then(async (res)=>", start));
    expect(block).toContain("includes(urlPathname)");
    // Its own run, not one already under way that may have read the folder before the save.
    expect(block).toMatch(/cachedPaths && !result \? `staticPaths-\$\{pathname\}-/);
  });

  it("run again as a no-op", () => {
    const run = spawnSync(process.execPath, ["scripts/patch-dependencies.mjs"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
