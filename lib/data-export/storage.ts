/**
 * "Your data" in this browser: the glue between localStorage (through lib/browser-storage.ts, like
 * every store) and the pure export, import and merge rules.
 */

import { storedTexts, subscribeToStorage, writeStoredTexts } from "../browser-storage";
import { exportData, readDataFile, type DataFile, type StorageSnapshot } from "./file";
import { BROWSER_KEY, PAGEBREAK_PREFIX } from "./keys";
import { mergeDataFile, type ImportSummary } from "./merge";

/** Every Pagebreak key in this browser and its text. */
export function pagebreakSnapshot(): StorageSnapshot {
  return storedTexts(PAGEBREAK_PREFIX);
}

/** Calls back when any Pagebreak key changes, here or in another tab. */
export function subscribeToPagebreakData(listener: () => void): () => void {
  return subscribeToStorage((key) => key.startsWith(PAGEBREAK_PREFIX), listener);
}

/** This browser's id, made (and kept, when the browser lets it) the first time one is needed. */
function browserId(snapshot: StorageSnapshot): { id: string; created: boolean } {
  const known = Object.hasOwn(snapshot, BROWSER_KEY) ? snapshot[BROWSER_KEY] : undefined;
  if (known) return { id: known, created: false };
  return { id: crypto.randomUUID(), created: true };
}

/** The data file for this browser, now. */
export function exportBrowserData(now = new Date()): DataFile {
  const snapshot = pagebreakSnapshot();
  const { id, created } = browserId(snapshot);
  // Kept so that this browser's rounds, coming back in a file, are known as its own.
  if (created) writeStoredTexts({ [BROWSER_KEY]: id });
  return exportData(snapshot, id, now);
}

/** What an import did: what it brought in, or why nothing changed. */
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: string };

/** Imports a data file's text into this browser, all or nothing. */
export function importBrowserData(text: string, now = new Date()): ImportOutcome {
  const read = readDataFile(text);
  if (!read.ok) return read;
  const snapshot = pagebreakSnapshot();
  const { id, created } = browserId(snapshot);
  const { texts, summary } = mergeDataFile(snapshot, read.file, id, now);
  const writes = created ? { ...texts, [BROWSER_KEY]: id } : texts;
  if (!writeStoredTexts(writes)) {
    return { ok: false, problem: "This browser refused to store the imported data (its storage may be full or turned off)." };
  }
  return { ok: true, summary };
}

/** Deletes every Pagebreak key from this browser (and nothing else); false when the browser refused. */
export function deleteBrowserData(): boolean {
  const keys = Object.keys(pagebreakSnapshot());
  return writeStoredTexts(Object.fromEntries(keys.map((key) => [key, null])));
}
