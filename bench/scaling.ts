// Scaling benchmark: how the check and the render grow with each kind of input. Run by
// bench/run.mjs as
//   node_modules/.bin/tsx --conditions=react-server bench/scaling.ts --kind <kind> [--runs 3]
// and prints one line `RESULT {json}`. Kinds:
// - size, nesting, slides, quiz: the input doubles three times up to its limit (lib/content/limits.ts);
//   each step's cost (checkCourse, then rendering every slide or the quiz) is the median of the runs,
//   and the ratio between steps is what the target (≤ 2.2× per doubling) is about;
// - worst: shapes at the limits that used to cost far more than their size (thousands of lists,
//   paragraphs full of emphasis markers, nesting at the limit, raw HTML at the limit), each filling
//   a file of the largest size allowed: the time and the process's peak memory.
import { performance } from "node:perf_hooks";
import type { RootContent } from "mdast";
import { checkCourse } from "../lib/content/check";
import { isWarning } from "../lib/content/errors";
import { LIMITS } from "../lib/content/limits";
import { renderSlideHtml } from "../lib/content/render";
import { parseChoiceQuiz } from "../lib/quiz/parse";

const argv = process.argv.slice(2);
const value = (name: string) => {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
};
const kind = value("--kind") ?? "size";
const runs = Math.max(1, Number(value("--runs") ?? 3));

const FRONT = "---\ntitle: Scaling\n---\n\n";

/** A lesson of about `bytes` bytes of ordinary Markdown, a slide every 2 KB. */
function sizedLesson(bytes: number): string {
  const block = (index: number) =>
    `## Part ${index}\n\nA paragraph with **bold**, *emphasis*, \`code\` and a [link](https://example.com/${index}).\n\n- one\n- two\n  - nested\n\n\`\`\`js\nconst x = ${index};\n\`\`\`\n\n`;
  let text = FRONT;
  for (let index = 0; text.length < bytes; index++) text += block(index) + (index % 10 === 9 ? "<!-- pagebreak -->\n\n" : "");
  return text;
}

/** 200 items, each `depth` lists and quotes deep (`- > - > item`), so the bytes grow with the depth alone. */
function nestedLesson(depth: number): string {
  const prefix = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? "- " : "> ")).join("");
  return FRONT + Array.from({ length: 200 }, (_, index) => `${prefix}item ${index}\n`).join("\n");
}

function slidesLesson(count: number): string {
  return FRONT + Array.from({ length: count }, (_, index) => `## Slide ${index + 1}\n\nText of slide ${index + 1}, with *emphasis*.\n`).join("\n<!-- pagebreak -->\n\n");
}

function choiceQuiz(count: number): string {
  const question = (index: number) =>
    `## Question ${index + 1}\n\nWhich is right for case ${index}?\n\n- A) This one\n  - Correct: because ${index}.\n- B) That one\n  - Incorrect: not that.\n`;
  return `---\ntitle: Scaling quiz\nkind: quiz\n---\n\n${Array.from({ length: count }, (_, index) => question(index)).join("\n")}`;
}

/** Fills the largest file allowed with `unit` repeated. */
function filled(unit: string): string {
  const room = LIMITS.fileBytes - FRONT.length - 16;
  return FRONT + unit.repeat(Math.floor(room / unit.length));
}

const WORST: Record<string, () => string> = {
  "many short lists": () => filled("- item\n  - sub\n\n## Heading\n\n"),
  [`paragraphs of ${LIMITS.markersPerParagraph} emphasis markers `]: () => filled(`${"*a".repeat(LIMITS.markersPerParagraph - 1)}\n\n`),
  [`lists and quotes ${LIMITS.nesting} deep `]: () => filled(`${"- > ".repeat(LIMITS.nesting / 2)}x\n\n`),
  [`raw HTML ${LIMITS.nesting} deep `]: () => filled(`${"<div>".repeat(LIMITS.nesting)}x${"</div>".repeat(LIMITS.nesting)}\n\n`),
  [`one list of nested items `]: () => filled("- item\n  - sub\n"),
};

interface Step {
  n: number;
  bytes: number;
  /** checkCourse alone. */
  checkMs: number;
  /** Check and render. */
  ms: number;
  errors: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Checks and renders one file, as the build does: checkCourse (what `npm run check:content` does),
 * then every slide's HTML or the quiz's.
 */
function processFile(path: string, source: string): { checkMs: number; ms: number; errors: number } {
  const started = performance.now();
  const { course, findings } = checkCourse([{ path, source }], { fileExists: () => true });
  const checkMs = performance.now() - started;
  const toHtml = (nodes: RootContent[]) => renderSlideHtml({ type: "root", children: nodes });
  for (const entry of course.sequence) {
    for (const slide of entry.slides) renderSlideHtml(slide.tree);
    if (entry.quiz) parseChoiceQuiz(entry.file, entry.quiz.parts, toHtml);
  }
  return { checkMs, ms: performance.now() - started, errors: findings.filter((finding) => !isWarning(finding)).length };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

function measure(path: string, source: string): { checkMs: number; ms: number; errors: number } {
  let last = processFile(path, source); // warm-up
  const checks: number[] = [];
  const totals: number[] = [];
  for (let run = 0; run < runs; run++) {
    last = processFile(path, source);
    checks.push(last.checkMs);
    totals.push(last.ms);
  }
  return { checkMs: tenths(median(checks)), ms: tenths(median(totals)), errors: last.errors };
}

function doubling(make: (n: number) => string, path: string, limit: number): { steps: Step[]; ratios: number[] } {
  const steps: Step[] = [];
  for (let n = limit / 8; n <= limit; n *= 2) {
    const source = make(n);
    steps.push({ n, bytes: Buffer.byteLength(source), ...measure(path, source) });
  }
  const ratios = steps.slice(1).map((step, index) => Math.round((step.ms / steps[index]!.ms) * 100) / 100);
  return { steps, ratios };
}

let result: unknown;
if (kind === "size") result = doubling(sizedLesson, "_posts/2024-1-1-size.md", LIMITS.fileBytes - 1024);
else if (kind === "nesting") result = doubling(nestedLesson, "_posts/2024-1-1-nesting.md", LIMITS.nesting);
else if (kind === "slides") result = doubling(slidesLesson, "_posts/2024-1-1-slides.md", LIMITS.slidesPerLesson);
else if (kind === "quiz") result = doubling(choiceQuiz, "quizzes/scaling.md", LIMITS.quizItems);
else if (kind === "worst") {
  result = {
    cases: Object.entries(WORST).map(([label, make]) => {
      const source = make();
      const { checkMs, ms, errors } = processFile("_posts/2024-1-1-worst.md", source);
      return { label, bytes: Buffer.byteLength(source), checkMs: Math.round(checkMs), ms: Math.round(ms), errors };
    }),
  };
} else throw new Error(`unknown --kind ${kind}`);

const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`RESULT ${JSON.stringify({ kind, runs, peakRssMiB, ...(result as object) })}`);
