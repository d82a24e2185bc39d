import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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
export function reachableFiles(root: string, entries: string[]): string[] {
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
