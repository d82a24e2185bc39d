// Content pipeline benchmark for one course folder. Run by bench/run.mjs as
//   node_modules/.bin/tsx --conditions=react-server bench/pipeline.ts --dir <course> [--runs 5] [--profile out.cpuprofile]
// (the react-server condition turns lib/content/load.ts's `import "server-only"` into a no-op).
// Prints one line `RESULT {json}` on stdout.
//
// Measured, after one warm-up of each:
// - pipeline: checkContentFolder(dir) (read, front matter, validation, GFM parse, slide split, course
//   model) plus renderEntry(course, entry) for every lesson and hands-on guide and loadQuiz for every
//   quiz (a quiz has no slides: loadQuiz is how its page renders it);
// - baseline: the same files read and put through a bare unified().use(remarkParse).use(remarkRehype)
//   .use(rehypeStringify), front matter stripped by a regular expression.
// The two alternate run by run, so load from other processes hits both alike.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { common, createLowlight } from "lowlight";
import rehypeHighlight from "rehype-highlight";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { isWarning } from "../lib/content/errors";
import { checkContentFolder, loadQuiz, renderEntry } from "../lib/content/load";

interface Options {
  dir: string;
  runs: number;
  profile?: string;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const dir = value("--dir");
  if (!dir) throw new Error("usage: pipeline.ts --dir <course folder> [--runs N] [--profile file]");
  return { dir: path.resolve(dir), runs: Math.max(3, Number(value("--runs") ?? 5)), profile: value("--profile") };
}

const options = parseArgs(process.argv.slice(2));
// renderEntry resolves links and images against contentDir(), which reads CONTENT_DIR when called.
process.env.CONTENT_DIR = options.dir;

/** The files checkContentFolder reads: `.md` below dir, no README.md, nothing starting with `.`. */
function courseFiles(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (dirent.name.startsWith(".") || dirent.name === "node_modules") continue;
    const relative = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) found.push(...courseFiles(path.join(dir, dirent.name), relative));
    else if (dirent.isFile() && /\.md$/i.test(dirent.name) && dirent.name.toLowerCase() !== "readme.md") found.push(relative);
  }
  return found.sort();
}

const files = courseFiles(options.dir);
const inputBytes = files.reduce((sum, file) => sum + statSync(path.join(options.dir, file)).size, 0);

interface PipelineRun {
  checkMs: number;
  renderMs: number;
  totalMs: number;
  entries: number;
  slides: number;
  quizzes: number;
  htmlBytes: number;
  errors: number;
}

function pipelineOnce(): PipelineRun {
  const start = performance.now();
  const result = checkContentFolder(options.dir);
  const checked = performance.now();
  let slides = 0;
  let quizzes = 0;
  let htmlBytes = 0;
  for (const entry of result.course.sequence) {
    if (entry.quiz) {
      const quiz = loadQuiz(result.course, entry);
      quizzes++;
      htmlBytes += JSON.stringify(quiz ?? null).length;
    } else {
      for (const html of renderEntry(result.course, entry)) {
        slides++;
        htmlBytes += html.length;
      }
    }
  }
  const end = performance.now();
  return {
    checkMs: checked - start,
    renderMs: end - checked,
    totalMs: end - start,
    entries: result.course.sequence.length,
    slides,
    quizzes,
    htmlBytes,
    errors: result.findings.filter((finding) => !isWarning(finding)).length,
  };
}

const FRONT_MATTER_RE = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/;

function baselineOnce(): { totalMs: number; htmlBytes: number } {
  const start = performance.now();
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  let htmlBytes = 0;
  for (const file of files) {
    const body = readFileSync(path.join(options.dir, file), "utf8").replace(FRONT_MATTER_RE, "");
    htmlBytes += String(processor.processSync(body)).length;
  }
  return { totalMs: performance.now() - start, htmlBytes };
}

/**
 * What it costs to set up, once, what renderSlideHtml sets up on every call: the lowlight
 * instance rehype-highlight creates (all `common` languages registered) and the whole frozen
 * processor with the same plugins as lib/content/render.ts. Mean ms per call.
 */
function setupCosts(calls = 100) {
  const time = (work: () => void) => {
    for (let i = 0; i < 10; i++) work();
    const start = performance.now();
    for (let i = 0; i < calls; i++) work();
    return (performance.now() - start) / calls;
  };
  return {
    createLowlightMs: time(() => createLowlight(common)),
    processorSetupMs: time(() =>
      unified()
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeRaw)
        .use(rehypeSanitize, defaultSchema)
        .use(rehypeHighlight, { detect: false })
        .use(rehypeStringify)
        .freeze(),
    ),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main() {
const warmPipeline = pipelineOnce();
if (warmPipeline.errors > 0) throw new Error(`the course in ${options.dir} has ${warmPipeline.errors} errors; run scripts/check-content.ts on it`);
baselineOnce();

const pipelineRuns: PipelineRun[] = [];
const baselineRuns: number[] = [];
for (let run = 0; run < options.runs; run++) {
  pipelineRuns.push(pipelineOnce());
  baselineRuns.push(baselineOnce().totalMs);
}

const setup = setupCosts();

let profileFile: string | undefined;
if (options.profile) {
  // One more pipeline run under the sampling profiler, in-process so only that run is recorded.
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  pipelineOnce();
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  writeFileSync(options.profile, JSON.stringify(profile));
  profileFile = options.profile;
}

const pipelineMs = median(pipelineRuns.map((run) => run.totalMs));
const baselineMs = median(baselineRuns);
const result = {
  dir: options.dir,
  files: files.length,
  inputBytes,
  entries: warmPipeline.entries,
  slides: warmPipeline.slides,
  quizzes: warmPipeline.quizzes,
  runs: options.runs,
  pipeline: {
    medianMs: pipelineMs,
    checkMedianMs: median(pipelineRuns.map((run) => run.checkMs)),
    renderMedianMs: median(pipelineRuns.map((run) => run.renderMs)),
    allMs: pipelineRuns.map((run) => run.totalMs),
    mbPerS: inputBytes / 1e6 / (pipelineMs / 1000),
  },
  baseline: {
    medianMs: baselineMs,
    allMs: baselineRuns,
    mbPerS: inputBytes / 1e6 / (baselineMs / 1000),
  },
  ratio: pipelineMs / baselineMs,
  setup,
  profile: profileFile,
};
console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
