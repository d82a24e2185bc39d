import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];
const SPECIFIER = /(?:\bimport\s[^"']*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bexport\s[^"']*?\bfrom\s*)["']([^"']+)["']/g;

/** The repository's own source file an import names (`@/…` or relative), or none for a package or a stylesheet. */
function resolve(root: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  if (/\.(tsx?|css)$/.test(base)) return /\.tsx?$/.test(base) && existsSync(base) ? base : undefined;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return undefined;
}

/**
 * Every source file of the repository the entries reach through static and dynamic imports
 * (`import("…")`, which the reader's lazily loaded parts use), as paths from the root.
 */
function reachableFiles(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(SPECIFIER)) {
      const target = resolve(root, file, specifier!);
      if (target) queue.push(target);
    }
  }
  return [...seen].map((file) => path.relative(root, file)).sort();
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SLIDE_PAGE = "app/lessons/[slug]/[slide]/page.tsx";
const SHEET_IMPORT = /^import\s+"@\/styles\/([\w-]+\.css)";$/gm;

/** The route files Next renders as a page: page.*, not-found, global-not-found, layout. */
function routeFiles(): string[] {
  const files = readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" });
  return files.filter((file) => /^(page(\.\w+)?|not-found|global-not-found|layout)\.tsx$/.test(path.basename(file))).map((file) => `app/${file}`);
}

const sheetsImportedBy = (file: string) => [...readFileSync(path.join(ROOT, file), "utf8").matchAll(SHEET_IMPORT)].map(([, sheet]) => sheet);

/** The paths a sheet's `@source` lines name, from the root; `not` gives the ones it leaves out. */
function sourcesOf(sheet: string, which: "scanned" | "not" = "scanned"): string[] {
  const css = readFileSync(path.join(ROOT, "styles", sheet), "utf8");
  const line = which === "not" ? /^@source\s+not\s+"([^"]+)";$/gm : /^@source\s+"([^"]+)";$/gm;
  return [...css.matchAll(line)].map(([, source]) => path.relative(ROOT, path.resolve(ROOT, "styles", source!)));
}

/** Whether a file is `source` or inside it; `*` in `source` stands for one folder name. */
function covers(source: string, file: string): boolean {
  const pattern = source.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+");
  return new RegExp(`^${pattern}(/|$)`).test(file);
}

describe("one stylesheet per page", () => {
  it("each page imports exactly one sheet, the slide page slide.css, and no layout or not-found boundary imports any", () => {
    const routes = routeFiles();
    expect(routes).toContain(SLIDE_PAGE);
    expect(routes).toContain("app/global-not-found.tsx");
    for (const route of routes) {
      const name = path.basename(route);
      // A layout's or the root not-found's sheet would be loaded on every page below it.
      const expected = name === "layout.tsx" || name === "not-found.tsx" ? [] : route === SLIDE_PAGE ? ["slide.css"] : ["site.css"];
      expect(sheetsImportedBy(route), route).toEqual(expected);
    }
  });

  it("a component's own stylesheet has no utilities (a second set would reorder the page's)", () => {
    const components = reachableFiles(ROOT, routeFiles()).filter((file) => !file.startsWith("app/"));
    const sheets = components.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/^import\s+["'](\.[^"']+\.css)["'];$/gm)].map(([, sheet]) => path.join(path.dirname(file), sheet!)),
    );
    expect(sheets).toContain("components/slides/presenter.css");
    for (const sheet of sheets) expect(readFileSync(path.join(ROOT, sheet), "utf8"), sheet).not.toMatch(/@import\s+["']tailwindcss|@tailwind|@apply/);
  });

  it("slide.css scans every file with markup the slide page reaches, through the root layout too", () => {
    const sources = sourcesOf("slide.css");
    const leftOut = sourcesOf("slide.css", "not");
    // Other globs would need matching here; plain files and folders keep the list checkable.
    for (const source of sources) expect(source, "a glob in slide.css").not.toMatch(/[*?{}[\]]/);
    for (const source of leftOut) expect(source, "a glob in slide.css").not.toMatch(/[?{}[\]]/);
    const reached = reachableFiles(ROOT, ["app/layout.tsx", SLIDE_PAGE]).filter((file) => /^(app|components)\//.test(file));
    expect(reached).toContain("components/slides/slide-deck.tsx");
    expect(reached).toContain("components/slides/shortcut-help.tsx"); // loaded with import()
    const missing = reached.filter((file) => !sources.some((source) => covers(source, file)) || leftOut.some((source) => covers(source, file)));
    expect(missing).toEqual([]);
    // What is left out is really left out: the one-page view and the presenter view.
    expect(leftOut.some((source) => covers(source, "app/lessons/[slug]/all/page.tsx"))).toBe(true);
  });

  it("site.css scans all of app/ and components/", () => {
    expect(sourcesOf("site.css")).toEqual(["app", "components"]);
  });
});
