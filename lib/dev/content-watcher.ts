import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { contentDir, loadContent } from "../content/load";
import { markContentChanged } from "./course-cache";
import { affectsPages, isCheckedFile, savedFilesReport } from "./saved-files";
import { watchFolderTree } from "./watch-folder-tree";

/** Saves arrive as bursts of events (write, rename, the editor's backup): one report per burst. */
const DEBOUNCE_MS = 100;

type Listener = (files: readonly string[]) => void;

interface ContentWatcher {
  listeners: Set<Listener>;
  watcher: { close(): void } | undefined;
}

/**
 * Next bundles instrumentation.ts and each route on their own, each with its own copy of this
 * module: the one watcher lives on globalThis so they all share it (and a recompile keeps it).
 */
const WATCHER_KEY = Symbol.for("pagebreak.contentWatcher");
const registry = globalThis as typeof globalThis & { [WATCHER_KEY]?: ContentWatcher };

function print(line: string): void {
  // Straight to the terminal: Next dims or reroutes console output in some phases of a render.
  process.stdout.write(`${line}\n`);
}

/**
 * Watches the course folder while `npm run dev` runs (instrumentation.ts starts it): after each
 * save it checks the course as `npm run check:content` does, prints the saved files' findings, then
 * tells the open pages (listeners), which reload. Never throws: a broken file is a finding.
 */
export function startContentWatcher(): ContentWatcher {
  const existing = registry[WATCHER_KEY];
  if (existing) return existing;
  const state: ContentWatcher = { listeners: new Set(), watcher: undefined };
  registry[WATCHER_KEY] = state;
  const dir = contentDir();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    timer = undefined;
    const files = [...pending];
    pending.clear();
    try {
      if (files.some(isCheckedFile)) {
        const { findings } = loadContent();
        const exists = (relative: string) => existsSync(path.join(/*turbopackIgnore: true*/ dir, relative));
        for (const line of savedFilesReport(files, findings, exists)) print(line);
      }
    } catch (error) {
      print(`Pagebreak: could not check the course after a save: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const listener of state.listeners) listener(files);
  };

  try {
    state.watcher = watchFolderTree(dir, (changed) => {
      const relative = changed.normalize("NFC");
      if (!affectsPages(relative)) return;
      // At once, not after the debounce: a page asked for right after the save reads the new file.
      markContentChanged();
      pending.add(relative);
      clearTimeout(timer);
      timer = setTimeout(flush, DEBOUNCE_MS);
    });
    markContentChanged();
  } catch (error) {
    print(`Pagebreak: cannot watch ${dir} for changes (pages show edits on reload): ${error instanceof Error ? error.message : String(error)}`);
  }
  return state;
}

/** Calls `listener` with the changed paths after each burst of saves; returns the unsubscribe. */
export function subscribeToContentChanges(listener: Listener): () => void {
  const { listeners } = startContentWatcher();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
