// @ts-check
// The build adapter's step over the files (csp-adapter.mjs): each prerendered HTML file gets its
// `<meta>` policy. A large course has thousands of pages (7,000 for 1,000 lessons, about 1 ms each),
// so they are shared out among worker threads, one per core.
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { withPolicyMeta } from "./inline-scripts.mjs";

/** Below this many files one thread is quicker than starting others. */
const FILES_PER_THREAD_AT_LEAST = 500;

/**
 * Adds the per-page policy to HTML files; returns how many it changed and the scripts it refused.
 * @param {Iterable<string>} files
 * @param {readonly string[]} own
 */
export function pinInlineScripts(files, own) {
  let count = 0;
  /** @type {string[]} */
  const warnings = [];
  for (const file of files) {
    const before = readFileSync(file, "utf8");
    if (!/<head[\s>]/i.test(before)) continue;
    const { html, refused } = withPolicyMeta(before, own);
    for (const text of refused) warnings.push(`${file}: inline script not allowed by the page's policy: ${text.slice(0, 120)}`);
    writeFileSync(file, html);
    count++;
  }
  return { count, warnings };
}

/**
 * `pinInlineScripts` on every core.
 * @param {readonly string[]} files
 * @param {readonly string[]} own
 * @returns {Promise<{ count: number, warnings: string[] }>}
 */
export async function pinInlineScriptsInParallel(files, own) {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD_AT_LEAST));
  if (threads < 2) return pinInlineScripts(files, own);
  const shares = Array.from({ length: threads }, (_, n) => files.filter((_, index) => index % threads === n));
  const results = await Promise.all(
    shares.map(
      (share) =>
        /** @type {Promise<{ count: number, warnings: string[] }>} */ (
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: { files: share, own } });
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) => code !== 0 && reject(new Error(`a policy-pinning thread exited with code ${code}`)));
          })
        ),
    ),
  );
  return { count: results.reduce((sum, result) => sum + result.count, 0), warnings: results.flatMap((result) => result.warnings) };
}

if (!isMainThread && workerData?.files) parentPort?.postMessage(pinInlineScripts(workerData.files, workerData.own));
