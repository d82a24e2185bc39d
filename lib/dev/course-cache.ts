import type { CheckResult } from "../content/check";
import type { ContentVersion } from "./content-events";

/**
 * The checked course under `npm run dev`, kept until the content watcher (content-watcher.ts) sees
 * the course folder change, instead of every file being read and checked several times per page.
 * On globalThis: Next bundles instrumentation.ts and each route with their own copy of this
 * module, and the watcher's check after a save is then the one the reloading page reuses.
 */
const VERSION_KEY = Symbol.for("pagebreak.contentVersion");
const CHECKED_KEY = Symbol.for("pagebreak.checkedCourse");
const registry = globalThis as typeof globalThis & {
  /** Undefined while no watcher runs in this process. */
  [VERSION_KEY]?: ContentVersion;
  [CHECKED_KEY]?: { version: ContentVersion; result: CheckResult };
};

export function contentVersion(): ContentVersion | undefined {
  return registry[VERSION_KEY];
}

/** Called by the watcher as it starts and on every change it sees, at once (not debounced). */
export function markContentChanged(): void {
  const before = registry[VERSION_KEY];
  registry[VERSION_KEY] = before ? { run: before.run, changes: before.changes + 1 } : { run: crypto.randomUUID(), changes: 0 };
}

/** The course as `check` reads it, once per change; every time where no watcher runs. */
export function checkedUntilContentChanges(check: () => CheckResult): CheckResult {
  const version = registry[VERSION_KEY];
  if (!version) return check();
  const kept = registry[CHECKED_KEY];
  if (kept && kept.version === version) return kept.result;
  const result = check();
  registry[CHECKED_KEY] = { version, result };
  return result;
}
