// `npm run bench -- --only scaling`: how the check and the render grow with each kind of input
// (bench/scaling.ts does the measuring, one child process a kind so each has its own peak memory).
import path from "node:path";
import { runMeasuringScript } from "./proc.mjs";

/** The cost of one doubling of the input may be at most this many times the cost before it. */
export const SCALING_RATIO_TARGET = 2.2;
const KINDS = ["size", "nesting", "slides", "quiz"];

async function runKind({ root, tmp, tsxBin, env }, kind, runs) {
  const logFile = path.join(tmp, `scaling-${kind}.log`);
  return runMeasuringScript(tsxBin, ["--conditions=react-server", "bench/scaling.ts", "--kind", kind, "--runs", String(runs)], { cwd: root, env, logFile, what: `bench/scaling.ts --kind ${kind}` });
}

/** Runs every kind and the worst cases; `table` and `log` are run.mjs's printers. */
export async function scalingSection(context, { table, log }) {
  const kinds = [];
  for (const kind of KINDS) {
    log(`scaling: ${kind}`);
    const result = await runKind(context, kind, 3);
    result.targetMet = result.ratios.every((ratio) => ratio <= SCALING_RATIO_TARGET);
    kinds.push(result);
  }
  table(
    `Scaling: check + render as each kind of input doubles up to its limit (median of 3); target ≤ ${SCALING_RATIO_TARGET}× a doubling`,
    ["input", "steps (n → ms check / ms total)", "ratios (total)", "peak RSS", ""],
    kinds.map((kind) => [
      kind.kind,
      kind.steps.map((step) => `${step.n} → ${Math.round(step.checkMs)}/${Math.round(step.ms)}`).join(", "),
      kind.ratios.map((ratio) => `${ratio}×`).join(", "),
      `${kind.peakRssMiB} MiB`,
      kind.targetMet ? "met" : "not met",
    ]),
  );
  log("scaling: worst cases at the limits");
  const worst = await runKind(context, "worst", 1);
  table(
    "Worst cases at the limits (a 256 KB file of each shape): check, check + render, peak RSS of all cases in one process",
    ["shape", "bytes", "check ms", "total ms", "errors"],
    worst.cases.map((row) => [row.label, row.bytes, row.checkMs, row.ms, row.errors]),
  );
  return { kinds, worst, targetMet: kinds.every((kind) => kind.targetMet) };
}
