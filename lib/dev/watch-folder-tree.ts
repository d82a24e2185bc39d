import "server-only";
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** Folders never watched, as the course reader never reads them (lib/content/load.ts walk). */
function isSkippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function isFolder(dir: string): boolean {
  try {
    return statSync(/*turbopackIgnore: true*/ dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` with the path (relative to `root`, `/`-separated) of every file or folder that
 * is written, added, renamed or removed anywhere below `root` (and of each file in a folder that
 * is added or moved in). One watch per folder rather than
 * Node 20's `recursive: true`, which on Linux watches each file: an editor that saves by writing a
 * new file and renaming it over the old one (vim, sed -i) left it watching the deleted file, and
 * that lesson's later saves went unnoticed.
 */
export function watchFolderTree(root: string, onChange: (relative: string) => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();

  const unwatch = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(dir + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const report = (full: string) => onChange(path.relative(root, full).split(path.sep).join("/"));

  /** `announce`: a folder that appeared while watching, whose contents are news too. */
  const add = (dir: string, announce: boolean) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(/*turbopackIgnore: true*/ dir, { persistent: false }, (event, name) => {
        if (!name) return;
        const full = path.join(/*turbopackIgnore: true*/ dir, name.toString());
        report(full);
        if (event !== "rename") return;
        if (isFolder(full)) {
          if (!isSkippedFolder(name.toString())) add(full, true);
        } else {
          unwatch(full);
        }
      });
    } catch {
      return; // Gone before it could be watched: its parent reports it.
    }
    watcher.on("error", () => unwatch(dir));
    watchers.set(dir, watcher);
    let entries;
    try {
      entries = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      if (announce) report(full);
      if (entry.isDirectory() && !isSkippedFolder(entry.name)) add(full, announce);
    }
  };

  if (!isFolder(root)) throw new Error(`${root} is not a folder`);
  add(root, false);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
