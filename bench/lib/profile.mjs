// Summarises a V8 .cpuprofile (from node --cpu-prof or the inspector's Profiler domain):
// self time by function and by package, and inclusive ("total") time of named functions.
import { readFileSync } from "node:fs";

/** "node_modules/lowlight/lib/index.js" → "lowlight"; app files keep their path below the project. */
function origin(url, root) {
  if (!url) return "(native/V8)";
  const clean = url.replace(/^file:\/\//, "");
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (match) return match[1];
  if (clean.startsWith(root)) return clean.slice(root.length + 1);
  if (clean.startsWith("node:")) return "node (built-in)";
  return clean;
}

function label(frame, root) {
  const name = frame.functionName || "(anonymous)";
  return `${name} ${origin(frame.url, root)}:${frame.lineNumber + 1}`;
}

/**
 * @param {string} file the .cpuprofile
 * @param {string} root the project folder, to shorten paths
 * @param {string[]} watch function names whose inclusive time to report
 */
export function summarizeProfile(file, root, watch = []) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfByNode = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  for (let index = 0; index < samples.length; index++) {
    // timeDeltas[i] is the time before sample i; attribute the gap after a sample to it.
    const us = Math.max(0, deltas[index + 1] ?? deltas[index] ?? 0);
    selfByNode.set(samples[index], (selfByNode.get(samples[index]) ?? 0) + us);
    totalUs += us;
  }

  const selfByFunction = new Map();
  const selfByOrigin = new Map();
  const inclusive = new Map(watch.map((name) => [name, 0]));
  for (const [id, us] of selfByNode) {
    const node = nodes.get(id);
    const key = label(node.callFrame, root);
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us);
    const where = origin(node.callFrame.url, root);
    selfByOrigin.set(where, (selfByOrigin.get(where) ?? 0) + us);
    // Walk up once per sampled node; count each watched name once per stack (recursion).
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at).callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name) + us);
      }
    }
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => ({ name, ms: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return {
    totalMs: totalUs / 1000,
    selfByFunction: top(selfByFunction, 15),
    selfByPackage: top(selfByOrigin, 12),
    inclusive: [...inclusive].map(([name, us]) => ({ name, ms: us / 1000, share: totalUs ? us / totalUs : 0 })).sort((a, b) => b.ms - a.ms),
  };
}
