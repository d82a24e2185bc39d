import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eBase } from "./class-servers";

// The static export has no class mode: no class pages, no class API, no code that records or sends.

const base = e2eBase();
const outDir = path.resolve(`.out-e2e${base === 3100 ? "" : `-${base}`}`);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

test("the static site answers 404 for the class pages and API", async ({ request }) => {
  for (const address of ["class/", "class/join/ABCDEFGHJK/", "class/sign-in/", "api/class/events", "api/class/join"]) {
    expect((await request.get(address)).status(), address).toBe(404);
  }
});

test("no exported file carries class-mode code", () => {
  const carrying = [...files(outDir)].filter((file) => /\.(html|js|txt|json)$/.test(file)).filter((file) => /api\/class|pagebreak:class/.test(readFileSync(file, "utf8")));
  expect(carrying.map((file) => path.relative(outDir, file))).toEqual([]);
});
