import "server-only";
import { isServedIndexFile } from "./index-files";
import type { SearchRecord } from "./records";

/** The search index as files: path under `/pagefind/` → bytes. */
export type IndexFiles = Map<string, Uint8Array>;

/**
 * Builds the Pagefind index of some records in memory, with Pagefind's own indexer (its binary,
 * from the npm package for this platform; nothing is downloaded). The files are named by their
 * content's hash, so every build worker that builds them gets the same names.
 */
export async function buildIndexFiles(records: readonly SearchRecord[]): Promise<IndexFiles> {
  // Imported when used: the package is ESM only, and scripts run by tsx load this module as CommonJS.
  const { close, createIndex } = await import("pagefind");
  const { index, errors } = await createIndex({ forceLanguage: records[0]?.language ?? "en" });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join("; ")}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join("; ")}`);
    }
    const output = await index.getFiles();
    if (output.errors.length > 0) throw new Error(`Pagefind could not write the index: ${output.errors.join("; ")}`);
    return new Map(output.files.filter((file) => isServedIndexFile(file.path)).map((file) => [file.path, file.content]));
  } finally {
    await index.deleteIndex();
    await close();
  }
}
