// `npm run bench`: Pagebreak's benchmark suite. Prints a table per section and writes
// bench/results.json. See bench/README.md. Options:
//   --only pipeline,build,weight,interaction,scale,scaling,search,class   run some sections (results of the others are kept)
//   --runs N          measured pipeline runs for the bundled course (default 5; at least 3)
//   --runs-large N    measured pipeline runs for the 1,000-lesson course (default 3)
//   --presses N       key presses measured per interaction (default 100)
//   --quiet-wait S    before a timed section, wait up to S seconds for the machine to go idle (default 45)
//   --no-profile      do not profile the content pipeline
//   --keep            keep bench/tmp/ and the 100/1,000-lesson builds afterwards
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { generateCourse, lessonSlug, lessonTitle } from "./lib/generate.mjs";
import { writeEmptyApp } from "./lib/empty-app.mjs";
import { chromiumPath } from "../scripts/chromium.mjs";
import { CHROMIUM_ARGS, floorSwitches, quizAnswers, slideSwitches, traceSlideSwitches } from "./lib/interaction.mjs";
import { SCALING_RATIO_TARGET, scalingSection } from "./lib/scaling.mjs";
import { classSection } from "./lib/class.mjs";
import { searchSection } from "./lib/search.mjs";
import { cpuBusyBetween, cpuSnapshot, freePort, runMeasuringScript, sampleRss, startGroup, stopGroup, waitForPort, withProjectFilesRestored } from "./lib/proc.mjs";
import { summarizeProfile } from "./lib/profile.mjs";
import { browserWeight, gzipSize, pageWeight } from "./lib/weight.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = path.join(root, "bench", "tmp");
const resultsFile = path.join(root, "bench", "results.json");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", ".bin", "tsx");
const contentDir = path.join(root, "content");
const SECTIONS = ["pipeline", "build", "weight", "interaction", "scale", "scaling", "search", "class"];
const PORTS = { from: 3700, to: 3799 };
const TARGETS = {
  pipelineRatio: 1.5,
  build1000Seconds: 90,
  buildBundledSeconds: 15,
  lessonOverFloorKb: 15,
  quizOverFloorKb: 30,
  p95Ms: 16,
};

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  const options = { only: SECTIONS, runs: 5, runsLarge: 3, presses: 100, quietWait: 45, profile: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--only") options.only = value().split(",").map((name) => name.trim()).filter(Boolean);
    else if (flag === "--runs") options.runs = Math.max(3, Number(value()));
    else if (flag === "--runs-large") options.runsLarge = Math.max(3, Number(value()));
    else if (flag === "--presses") options.presses = Math.max(10, Number(value()));
    else if (flag === "--quiet-wait") options.quietWait = Math.max(0, Number(value()));
    else if (flag === "--no-profile") options.profile = false;
    else if (flag === "--keep") options.keep = true;
    else if (flag === "--help" || flag === "-h") {
      console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(0, 11).join("\n"));
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]} (see --help)`);
  }
  const unknown = options.only.filter((name) => !SECTIONS.includes(name));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(", ")}`);
  return options;
}

// ---------------------------------------------------------------------------------------------
// Output helpers

const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const met = (ok) => (ok ? "met" : "NOT met");

function table(title, headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? "")));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

function log(message) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0);
  const version = (name) => JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
  return {
    cpu: model,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    node: process.version,
    next: version("next"),
    react: version("react"),
    os: `${os.type()} ${os.release()}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Environment, processes

/** The environment for the app's processes: none of the caller's Pagebreak settings leak in. */
function appEnv(extra) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of Object.keys(env)) if (name.startsWith("PAGEBREAK_") || ["BASE_PATH", "CONTENT_DIR", "PORT", "NODE_ENV", "E2E_PORT_BASE"].includes(name)) delete env[name];
  return { ...env, ...extra };
}

/** Waits (up to maxSeconds) until the whole machine has been under 20 % busy for 3 s in a row. */
async function waitForQuiet(maxSeconds) {
  const deadline = Date.now() + maxSeconds * 1000;
  let quiet = 0;
  let last = cpuSnapshot();
  let announced = false;
  while (Date.now() < deadline) {
    await sleep(1000);
    const now = cpuSnapshot();
    const busy = cpuBusyBetween(last, now);
    last = now;
    quiet = busy < 0.2 ? quiet + 1 : 0;
    if (quiet >= 3) return true;
    if (!announced && busy >= 0.2) {
      log(`the machine is busy (${Math.round(busy * 100)} % CPU from other processes); waiting up to ${maxSeconds} s for it to go quiet`);
      announced = true;
    }
  }
  return false;
}

/** Runs a section, noting the machine's load around it. */
async function section(name, options, fn) {
  const quiet = options.quietWait > 0 ? await waitForQuiet(options.quietWait) : undefined;
  const before = cpuSnapshot();
  const started = Date.now();
  log(`section ${name} …`);
  const result = await fn();
  const after = cpuSnapshot();
  result.context = {
    ranAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    machineQuietAtStart: quiet,
    load1AtStart: before.load1,
    load1AtEnd: after.load1,
    machineCpuBusyDuring: Math.round(cpuBusyBetween(before, after) * 100) / 100,
  };
  return result;
}

function parseTimeV(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const number = (re) => Number(re.exec(text)?.[1]);
  return {
    maxRssSingleProcessBytes: number(/Maximum resident set size \(kbytes\): (\d+)/) * 1024,
    userSeconds: number(/User time \(seconds\): ([\d.]+)/),
    systemSeconds: number(/System time \(seconds\): ([\d.]+)/),
    cpuPercent: number(/Percent of CPU this job got: (\d+)%/),
  };
}

/**
 * `next build` in `cwd`, timed (wall clock), with the peak of the summed RSS of its process tree
 * sampled from /proc every 200 ms, and `/usr/bin/time -v` (CPU times, largest single process).
 */
async function timedBuild({ label, cwd, distDir, env, logName, clean = true }) {
  const distPath = path.join(cwd, distDir);
  // `clean: false` builds over the last build, as an instructor's next build does: Turbopack reuses
  // its compile cache in the build folder (the course is not compiled, only read).
  if (clean) rmSync(distPath, { recursive: true, force: true });
  const logFile = path.join(tmp, `${logName}.log`);
  const timeFile = path.join(tmp, `${logName}.time.txt`);
  rmSync(timeFile, { force: true });
  const hasTime = existsSync("/usr/bin/time");
  const [command, args] = hasTime ? ["/usr/bin/time", ["-v", "-o", timeFile, process.execPath, nextBin, "build"]] : [process.execPath, [nextBin, "build"]];
  log(`next build: ${label} → ${path.relative(root, distPath)} (log: ${path.relative(root, logFile)})`);
  const run = async () => {
    const started = performance.now();
    const { child, exited } = startGroup(command, args, { cwd, env, logFile });
    const stopSampling = sampleRss(child.pid, 200);
    let code;
    try {
      code = await exited;
    } finally {
      await stopGroup(child);
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const rss = stopSampling();
    const output = readFileSync(logFile, "utf8");
    if (code !== 0) throw new Error(`next build (${label}) failed with exit code ${code}; last lines of ${logFile}:\n${output.split("\n").slice(-30).join("\n")}`);
    const pages = [...output.matchAll(/\((\d+)\/(\d+)\)/g)].at(-1);
    const seconds = (re) => {
      const match = re.exec(output);
      if (!match) return undefined;
      const value = Number(match[1]);
      return match[2] === "ms" ? value / 1000 : match[2] === "min" ? value * 60 : value;
    };
    const workers = /Generating static pages using (\d+) worker/.exec(output);
    // The phases Next prints (the content check runs while next.config.js loads).
    const phases = {
      contentCheckAndConfig: seconds(/Running next\.config\.js took ([\d.]+)(ms|s|min)/),
      compile: seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/),
      typescript: seconds(/Finished TypeScript in ([\d.]+)(ms|s|min)/),
      staticGeneration: seconds(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
      staticWorkers: workers ? Number(workers[1]) : undefined,
    };
    return {
      label,
      distDir: path.relative(root, distPath),
      distBytes: listFiles(distPath, () => true).reduce((sum, file) => sum + statSync(file).size, 0),
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      peakTreeRssBytes: rss.peakBytes,
      peakProcesses: rss.peakProcesses,
      rssSamples: rss.samples,
      staticPages: pages ? Number(pages[2]) : undefined,
      phases,
      time: hasTime ? parseTimeV(timeFile) : undefined,
    };
  };
  return cwd === root ? withProjectFilesRestored(root, [distDir], run) : run();
}

/** Starts a server in its own process group and waits for its port. */
async function startServer({ label, command, args, cwd, env, port, logName, timeoutMs = 60_000 }) {
  const logFile = path.join(tmp, `${logName}.log`);
  log(`starting ${label} on port ${port} (log: ${path.relative(root, logFile)})`);
  const { child, exited } = startGroup(command, args, { cwd, env, logFile });
  try {
    await waitForPort(port, timeoutMs, exited);
  } catch (error) {
    await stopGroup(child);
    const output = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    throw new Error(`${label}: ${error.message}\n${output.split("\n").slice(-20).join("\n")}`);
  }
  return { base: `http://127.0.0.1:${port}`, stop: () => stopGroup(child), logFile };
}

/**
 * The bundled course's production build through the project's own `node scripts/start.mjs` (it
 * rebuilds into .next-bench first if the build there is missing or stale).
 */
async function startBundledServer(port) {
  const env = appEnv({ PORT: String(port), PAGEBREAK_DIST_DIR: ".next-bench", CONTENT_DIR: contentDir });
  return withProjectFilesRestored(root, [".next-bench"], () =>
    startServer({ label: "the bundled course (scripts/start.mjs, .next-bench)", command: process.execPath, args: ["scripts/start.mjs"], cwd: root, env, port, logName: "server-bundled", timeoutMs: 420_000 }),
  );
}

/** Marks a build as up to date for scripts/start.mjs, exactly as it does after building. */
async function stampBuild(distDir, courseDir) {
  const { buildFingerprint } = await import(path.join(root, "scripts", "lib.mjs"));
  writeFileSync(path.join(root, distDir, "pagebreak-fingerprint"), buildFingerprint(courseDir, appEnv({})));
}

async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

function courseBytes(dir) {
  let total = 0;
  const walk = (folder) => {
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      if (dirent.name.startsWith(".")) continue;
      const full = path.join(folder, dirent.name);
      if (dirent.isDirectory()) walk(full);
      else if (/\.md$/i.test(dirent.name) && dirent.name.toLowerCase() !== "readme.md") total += statSync(full).size;
    }
  };
  walk(dir);
  return total;
}

// ---------------------------------------------------------------------------------------------
// 1. Content pipeline

const PROFILE_WATCH = [
  "checkContentFolder",
  "buildCourse",
  "parseMarkdown",
  "splitSlides",
  "readFrontMatter",
  "linkedFiles",
  "renderEntry",
  "loadQuiz",
  "renderSlideHtml",
  "freeze",
  "createLowlight",
  "runSync",
  "raw",
  "sanitize",
  "highlight",
  "stringify",
  "(garbage collector)",
];

async function runPipeline(label, dir, runs, options) {
  const profile = options.profile ? path.join(tmp, `pipeline-${label}.cpuprofile`) : undefined;
  const logFile = path.join(tmp, `pipeline-${label}.log`);
  const args = ["--conditions=react-server", "bench/pipeline.ts", "--dir", dir, "--runs", String(runs), ...(profile ? ["--profile", profile] : [])];
  log(`content pipeline: ${label} (${runs} measured runs after a warm-up${profile ? ", then one profiled run" : ""})`);
  const result = await runMeasuringScript(tsxBin, args, { cwd: root, env: appEnv({}), logFile, what: `bench/pipeline.ts for ${label}`, tailLines: 30 });
  result.dir = path.relative(root, result.dir);
  if (profile) {
    result.profileSummary = summarizeProfile(profile, root, PROFILE_WATCH);
    result.profile = path.relative(root, profile);
  }
  return result;
}

async function pipelineSection(options) {
  const generated = generateCourse(path.join(tmp, "course-1000"), 1000);
  const courses = [
    await runPipeline("bundled", contentDir, options.runs, options),
    await runPipeline("generated-1000", generated.dir, options.runsLarge, options),
  ];
  for (const course of courses) course.targetMet = course.ratio <= TARGETS.pipelineRatio;
  table(
    "1. Content pipeline: checkContentFolder + render every slide (median) vs bare remark-parse → remark-rehype → rehype-stringify",
    ["course", "files", "input", "slides", "pipeline ms", "MB/s", "baseline ms", "MB/s", "ratio", `≤ ${TARGETS.pipelineRatio}×`],
    courses.map((course) => [
      course.dir,
      course.files,
      `${kb(course.inputBytes)} KB`,
      course.slides + (course.quizzes ? ` +${course.quizzes} quiz` : ""),
      ms(course.pipeline.medianMs),
      course.pipeline.mbPerS.toFixed(2),
      ms(course.baseline.medianMs),
      course.baseline.mbPerS.toFixed(2),
      `${course.ratio.toFixed(1)}×`,
      met(course.targetMet),
    ]),
  );
  table(
    "   Where the pipeline's time goes (median ms)",
    ["course", "check (read+validate+parse+split)", "render", "createLowlight per call", "processor setup per call"],
    courses.map((course) => [course.dir, ms(course.pipeline.checkMedianMs), ms(course.pipeline.renderMedianMs), course.setup.createLowlightMs.toFixed(2), course.setup.processorSetupMs.toFixed(2)]),
  );
  for (const course of courses) {
    const summary = course.profileSummary;
    if (!summary) continue;
    table(
      `   CPU profile of one pipeline run, ${course.dir} (${ms(summary.totalMs)} ms sampled): inclusive time`,
      ["function", "ms", "share"],
      summary.inclusive.filter((entry) => entry.ms > 0).map((entry) => [entry.name, ms(entry.ms), `${(entry.share * 100).toFixed(0)} %`]),
    );
    table(
      `   … self time by package`,
      ["package / file", "ms", "share"],
      summary.selfByPackage.slice(0, 8).map((entry) => [entry.name, ms(entry.ms), `${(entry.share * 100).toFixed(0)} %`]),
    );
  }
  return { target: `pipeline ≤ ${TARGETS.pipelineRatio}× the bare unified baseline`, courses };
}

// ---------------------------------------------------------------------------------------------
// 2. Build

async function buildSection() {
  const courses = [
    { label: "bundled (content/)", dir: contentDir, distDir: ".next-bench", lessons: undefined },
    { label: "100 lessons", dir: generateCourse(path.join(tmp, "course-100"), 100).dir, distDir: ".next-bench-100", lessons: 100 },
    { label: "1,000 lessons", dir: generateCourse(path.join(tmp, "course-1000"), 1000).dir, distDir: ".next-bench-1000", lessons: 1000 },
  ];
  const builds = [];
  for (const course of courses) {
    const env = appEnv({ CONTENT_DIR: course.dir, PAGEBREAK_DIST_DIR: course.distDir });
    const build = await timedBuild({ label: course.label, cwd: root, distDir: course.distDir, env, logName: `build${course.distDir.replace(".next-bench", "") || "-bundled"}` });
    build.course = path.relative(root, course.dir);
    build.lessons = course.lessons;
    build.markdownBytes = courseBytes(course.dir);
    if (course.distDir === ".next-bench") await stampBuild(course.distDir, course.dir);
    builds.push(build);
  }
  // The instructor's turnaround: one lesson edited, then the same build again over the last one.
  // The bundled course is edited in a copy, built once first to warm its own build folder.
  const bundledCopy = path.join(tmp, "course-bundled-edit");
  rmSync(bundledCopy, { recursive: true, force: true });
  cpSync(contentDir, bundledCopy, { recursive: true });
  const rebuildOf = [
    { label: "bundled, one lesson edited", dir: bundledCopy, distDir: ".next-bench-edit", warm: true },
    { label: "1,000 lessons, one lesson edited", dir: courses[2].dir, distDir: courses[2].distDir, warm: false },
  ];
  const rebuilds = [];
  for (const course of rebuildOf) {
    const env = appEnv({ CONTENT_DIR: course.dir, PAGEBREAK_DIST_DIR: course.distDir });
    const logName = `rebuild${course.distDir.replace(".next-bench", "")}`;
    if (course.warm) await timedBuild({ label: `${course.label} (first build)`, cwd: root, distDir: course.distDir, env, logName });
    const lesson = listFiles(course.dir, (file) => /\.md$/i.test(file) && !/readme\.md$/i.test(file) && !file.includes(`${path.sep}_quizzes${path.sep}`) && !file.includes(`${path.sep}_sections${path.sep}`))[0];
    writeFileSync(lesson, `${readFileSync(lesson, "utf8")}\nOne more sentence, added for the rebuild.\n`);
    rebuilds.push({ ...(await timedBuild({ label: course.label, cwd: root, distDir: course.distDir, env, logName, clean: false })), edited: path.relative(root, lesson) });
  }
  rmSync(path.join(root, ".next-bench-edit"), { recursive: true, force: true });
  table(
    "   Rebuild after one lesson is edited, over the last build (compile cache kept)",
    ["course", "static pages", "wall s", "compile s", "static generation s"],
    rebuilds.map((build) => [build.label, build.staticPages ?? "?", build.wallSeconds.toFixed(1), build.phases.compile ?? "?", build.phases.staticGeneration ?? "?"]),
  );
  const [, hundred, thousand] = builds;
  const growth = {
    wallTime: thousand.wallSeconds / hundred.wallSeconds,
    peakMemory: thousand.peakTreeRssBytes / hundred.peakTreeRssBytes,
    secondsPerExtraLesson: (thousand.wallSeconds - hundred.wallSeconds) / 900,
    extraMiBPerExtraLesson: (thousand.peakTreeRssBytes - hundred.peakTreeRssBytes) / 1024 / 1024 / 900,
  };
  const [bundled] = builds;
  const [bundledRebuild, thousandRebuild] = rebuilds;
  const bundledTargetMet = bundled.wallSeconds < TARGETS.buildBundledSeconds;
  const targetMet = thousand.wallSeconds < TARGETS.build1000Seconds;
  const rebuildTargetsMet = { bundled: bundledRebuild.wallSeconds < TARGETS.buildBundledSeconds, thousand: thousandRebuild.wallSeconds < TARGETS.build1000Seconds };
  table(
    "2. next build (clean, Turbopack): wall time and peak memory",
    ["course", "static pages", "wall s", "CPU s (user+sys)", "peak RSS, whole tree", "largest process", "output on disk"],
    builds.map((build) => [
      build.label,
      build.staticPages ?? "?",
      build.wallSeconds.toFixed(1),
      build.time ? (build.time.userSeconds + build.time.systemSeconds).toFixed(0) : "",
      `${mb(build.peakTreeRssBytes)} MiB (${build.peakProcesses} processes)`,
      build.time ? `${mb(build.time.maxRssSingleProcessBytes)} MiB` : "",
      `${mb(build.distBytes)} MiB`,
    ]),
  );
  table(
    "   Phases Next reports (s)",
    ["course", "content check + config", "compile", "TypeScript", "static generation", "workers", "ms per static page"],
    builds.map((build) => [
      build.label,
      build.phases.contentCheckAndConfig ?? "?",
      build.phases.compile ?? "?",
      build.phases.typescript ?? "?",
      build.phases.staticGeneration ?? "?",
      build.phases.staticWorkers ?? "?",
      build.phases.staticGeneration && build.staticPages ? ((build.phases.staticGeneration * 1000) / build.staticPages).toFixed(1) : "?",
    ]),
  );
  console.log(
    `   100 → 1,000 lessons: time ×${growth.wallTime.toFixed(2)}, memory ×${growth.peakMemory.toFixed(2)}; ` +
      `${(growth.secondsPerExtraLesson * 1000).toFixed(0)} ms and ${growth.extraMiBPerExtraLesson.toFixed(2)} MiB per extra lesson. ` +
      `Target 1,000-lesson build < ${TARGETS.build1000Seconds} s: ${met(targetMet)} (${thousand.wallSeconds.toFixed(0)} s); ` +
      `bundled course < ${TARGETS.buildBundledSeconds} s: ${met(bundledTargetMet)} (${bundled.wallSeconds.toFixed(1)} s).`,
  );
  return { target: `1,000-lesson build < ${TARGETS.build1000Seconds} s, bundled course < ${TARGETS.buildBundledSeconds} s`, targetMet, bundledTargetMet, rebuildTargetsMet, builds, rebuilds, growth };
}

// ---------------------------------------------------------------------------------------------
// 3. Page weight

const PAGES = { outline: "/", lesson: "/lessons/root-user-privileges/1", quiz: "/quizzes/root-or-delegable" };

async function weightSection() {
  const taken = new Set();
  const appPort = await freePort(PORTS.from, PORTS.to, taken);
  taken.add(appPort);
  const emptyPort = await freePort(PORTS.from, PORTS.to, taken);
  const emptyDir = path.join(tmp, "empty-app");
  let app;
  let empty;
  let browser;
  try {
    writeEmptyApp(emptyDir, root);
    const emptyBuild = await timedBuild({ label: "empty Next.js page", cwd: emptyDir, distDir: ".next-bench", env: appEnv({}), logName: "build-empty-app" });
    empty = await startServer({ label: "the empty Next.js app", command: process.execPath, args: [nextBin, "start", "--port", String(emptyPort)], cwd: emptyDir, env: appEnv({}), port: emptyPort, logName: "server-empty-app" });
    app = await startBundledServer(appPort);

    const floor = await pageWeight(empty.base, "/");
    const pages = {};
    for (const [name, pathname] of Object.entries(PAGES)) pages[name] = await pageWeight(app.base, pathname);

    browser = await launchChromium();
    const browserCheck = { floor: await browserWeight(browser, empty.base, "/") };
    for (const [name, pathname] of Object.entries(PAGES)) browserCheck[name] = await browserWeight(browser, app.base, pathname);

    // JS that only some of the app's pages load (the rest is shared by every page of the app).
    const jsUrls = Object.values(pages).map((page) => new Set(page.files.filter((file) => file.type === "js").map((file) => file.url)));
    for (const page of Object.values(pages)) {
      const pageOnly = page.files.filter((file) => file.type === "js" && !jsUrls.every((urls) => urls.has(file.url)));
      page.jsNotSharedByAllPages = { files: pageOnly.length, gzip: pageOnly.reduce((sum, file) => sum + file.gzip, 0) };
    }
    const over = (page) => ({ totalKb: (page.total.gzip - floor.total.gzip) / 1024, jsKb: (page.js.gzip - floor.js.gzip) / 1024 });
    const verdicts = {
      lesson: { overFloor: over(pages.lesson), limitKb: TARGETS.lessonOverFloorKb },
      quiz: { overFloor: over(pages.quiz), limitKb: TARGETS.quizOverFloorKb },
      outline: { overFloor: over(pages.outline) },
    };
    verdicts.lesson.targetMet = verdicts.lesson.overFloor.totalKb <= TARGETS.lessonOverFloorKb;
    verdicts.quiz.targetMet = verdicts.quiz.overFloor.totalKb <= TARGETS.quizOverFloorKb;

    const row = (name, page) => [
      name,
      `${kb(page.html.gzip)} (${kb(page.inlineFlight.gzip)} inline RSC)`,
      `${kb(page.css.gzip)} (${page.css.files})`,
      `${kb(page.js.gzip)} (${page.js.files})${page.jsNotSharedByAllPages ? `, ${kb(page.jsNotSharedByAllPages.gzip)} own` : ""}`,
      kb(page.total.gzip),
      name === "empty Next.js page" ? "floor" : `+${kb(page.total.gzip - floor.total.gzip)}`,
      verdicts[name]?.limitKb ? `≤ +${verdicts[name].limitKb}: ${met(verdicts[name].targetMet)}` : "",
    ];
    table(
      "3. Page weight, KB gzip -9 (bundled course, next start): the HTML and every <script src>, stylesheet and preload it references",
      ["page", "HTML", "CSS (files)", "JS (files), not shared by all 3 pages", "total", "vs floor", "target"],
      [row("empty Next.js page", floor), ...Object.entries(pages).map(([name, page]) => row(name, page))],
    );
    table(
      "   Cross-check in Chromium: bytes received (server's own gzip), incl. Next's prefetches after load",
      ["page", "requests", "KB received", "by type"],
      Object.entries(browserCheck).map(([name, check]) => [
        name,
        check.requests,
        kb(check.bodyBytes),
        Object.entries(check.byType)
          .map(([type, value]) => `${type} ${kb(value.bytes)}`)
          .join(", "),
      ]),
    );
    return {
      target: `lesson ≤ floor + ${TARGETS.lessonOverFloorKb} KB, quiz ≤ floor + ${TARGETS.quizOverFloorKb} KB (gzip, HTML+CSS+JS)`,
      floor,
      emptyAppBuildSeconds: emptyBuild.wallSeconds,
      pages,
      verdicts,
      browserCheck,
    };
  } finally {
    if (browser) await browser.close();
    if (app) await app.stop();
    if (empty) await empty.stop();
    // The empty app's build would be linted and type-checked by the project's own checks: remove it.
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Interaction

async function interactionSection(options) {
  const port = await freePort(PORTS.from, PORTS.to);
  let app;
  let browser;
  try {
    app = await startBundledServer(port);
    browser = await launchChromium();
    const chromiumVersion = browser.version();
    log(`slide switches: ${options.presses} key presses on ${PAGES.lesson}`);
    const slides = await slideSwitches(browser, app.base, PAGES.lesson, options.presses);
    log(`quiz answers: ${options.presses} presses of "1" on ${PAGES.quiz}`);
    const quiz = await quizAnswers(browser, app.base, PAGES.quiz, options.presses);
    log(`measurement floor: ${options.presses} presses on a static page whose handler only flips \`hidden\``);
    const floor = await floorSwitches(browser, options.presses);
    log("tracing 20 more slide switches (Chromium devtools.timeline)");
    const trace = await traceSlideSwitches(browser, app.base, PAGES.lesson, 20);
    for (const result of [slides, quiz]) result.targetMet = result.keyToPaintMs.p95 < TARGETS.p95Ms;
    table(
      `4. Interaction in Chromium ${chromiumVersion} (headless): key press → result painted (${options.presses} presses each)`,
      ["action", "median ms", "p95 ms", "max ms", "key → DOM p95", "≥ 16 ms", "Event Timing ≥ 16 ms", `p95 < ${TARGETS.p95Ms} ms`],
      [
        ["→/← next slide", slides],
        ['"1" answers the quiz item', quiz],
        ["floor: static page, flip `hidden`", floor],
      ].map(([name, result]) => [
        name,
        result.keyToPaintMs.median,
        result.keyToPaintMs.p95,
        result.keyToPaintMs.max,
        result.keyToDomMs.p95,
        `${result.over16ms}/${result.count}`,
        result.eventTiming.unsupported ? "n/a" : `${result.eventTiming.keydownsAtLeast16ms}/${result.count}`,
        result === floor ? "(reference)" : met(result.targetMet),
      ]),
    );
    const phase = (value) => (value ? `${value.median} / ${value.p95}` : "–");
    table(
      "   Phases, median / p95 ms (slide: key handler incl. Next's patched pushState → router re-render commits → painted)",
      ["action", "key → pushState returned", "pushState → DOM", "DOM → painted", "requests while switching"],
      [
        ["→/← next slide", phase(slides.phases.keyToPushStateReturnedMs), phase(slides.phases.pushStateToDomMs), phase(slides.phases.domToPaintMs), slides.requestsDuringSwitches],
        ['"1" answers the quiz item', "–", "–", phase(quiz.phases.domToPaintMs), ""],
        ["floor: static page, flip `hidden`", "–", "–", phase(floor.phases.domToPaintMs), ""],
      ],
    );
    table(
      `   Renderer main thread per slide switch, ms (trace of ${trace.presses} switches; inclusive, script can contain forced layout)`,
      ["busy (all tasks)", ...Object.keys(trace.msPerSwitch)],
      [[trace.busyMsPerSwitch, ...Object.values(trace.msPerSwitch)]],
    );
    return { target: `p95 key → paint < ${TARGETS.p95Ms} ms`, chromium: chromiumVersion, method: "keydown event.timeStamp → MutationObserver sees the change → rAF → MessageChannel message after the paint", slides, quiz, floor, slideTrace: trace };
  } finally {
    if (browser) await browser.close();
    if (app) await app.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Scale

function listFiles(dir, filter, found = []) {
  if (!existsSync(dir)) return found;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) listFiles(full, filter, found);
    else if (filter(full)) found.push(full);
  }
  return found;
}

async function scaleSection() {
  const distDir = ".next-bench-1000";
  const courseDir = path.join(tmp, "course-1000");
  let build;
  if (!existsSync(path.join(root, distDir, "BUILD_ID")) || !existsSync(courseDir)) {
    generateCourse(courseDir, 1000);
    build = await timedBuild({ label: "1,000 lessons (for scale)", cwd: root, distDir, env: appEnv({ CONTENT_DIR: courseDir, PAGEBREAK_DIST_DIR: distDir }), logName: "build-1000-scale" });
  }
  const markdownBytes = courseBytes(courseDir);
  const markdownGzip = gzipSize(Buffer.from(listFiles(courseDir, (file) => file.endsWith(".md")).map((file) => readFileSync(file, "utf8")).join("\n")));

  // Every prerendered lesson page on disk (wherever this Next version keeps them under server/):
  // the HTML of a first visit and the RSC payload a client-side navigation loads.
  const pageFile = /\/(lessons\/[^/]+\/(\d+|all))\.(html|rsc)$/;
  const lessonFiles = listFiles(path.join(root, distDir, "server"), (file) => pageFile.test(file));
  const largest = (extension, slideOnly) => {
    const entry = lessonFiles
      .filter((file) => file.endsWith(extension) && (!slideOnly || /\/\d+\.\w+$/.test(file)))
      .map((file) => ({ path: file, raw: statSync(file).size }))
      .sort((a, b) => b.raw - a.raw)[0];
    return entry && { file: `/${pageFile.exec(entry.path)[1]}.${extension.slice(1)}`, raw: entry.raw, gzip: gzipSize(readFileSync(entry.path)) };
  };
  const largestSlide = { html: largest(".html", true), rsc: largest(".rsc", true) };
  const largestOnePage = { html: largest(".html", false), rsc: largest(".rsc", false) };
  const prerenderedLessonFiles = lessonFiles.length;

  // No JavaScript file carries course text: look for lesson titles in every static JS file.
  const jsFiles = listFiles(path.join(root, distDir, "static"), (file) => file.endsWith(".js"));
  const markers = [lessonTitle(0), lessonTitle(499), lessonTitle(999)];
  const jsWithCourseText = jsFiles.filter((file) => {
    const text = readFileSync(file, "utf8");
    return markers.some((marker) => text.includes(marker));
  });
  const jsTotalBytes = jsFiles.reduce((sum, file) => sum + statSync(file).size, 0);

  const port = await freePort(PORTS.from, PORTS.to);
  const server = await startServer({
    label: "the 1,000-lesson build (next start, .next-bench-1000)",
    command: process.execPath,
    args: [nextBin, "start", "--port", String(port)],
    cwd: root,
    env: appEnv({ PAGEBREAK_DIST_DIR: distDir, CONTENT_DIR: courseDir }),
    port,
    logName: "server-1000",
  });
  try {
    const outline = await pageWeight(server.base, "/");
    const rsc = async (pathname) => {
      const response = await fetch(server.base + pathname, { headers: { RSC: "1", "accept-encoding": "identity" } });
      const body = Buffer.from(await response.arrayBuffer());
      return { raw: body.length, gzip: gzipSize(body) };
    };
    const outlineRsc = await rsc("/");
    const samples = {};
    for (const slug of [lessonSlug(0), lessonSlug(499), lessonSlug(999)]) {
      const pathname = `/lessons/${slug}/1`;
      samples[pathname] = { ...(await pageWeight(server.base, pathname)), rsc: await rsc(pathname) };
    }
    // What of a lesson page depends on the course: its HTML (with the inline RSC payload) and the
    // RSC payload of a client-side navigation. The JS and CSS are the app's, the same for any course.
    const sample = Object.values(samples);
    const worstLessonGzip = Math.max(
      ...sample.map((page) => Math.max(page.html.gzip, page.rsc.gzip)),
      largestSlide.html?.gzip ?? 0,
      largestSlide.rsc?.gzip ?? 0,
      largestOnePage.html?.gzip ?? 0,
    );
    const result = {
      course: { lessons: 1000, slides: 5000, markdownBytes, markdownGzipBytes: markdownGzip },
      build: build ?? "reused the build from section 2",
      outline: { html: outline.html, inlineFlight: outline.inlineFlight, js: outline.js, css: outline.css, total: outline.total, rscPayload: outlineRsc, htmlGzipBytesPerLesson: outline.html.gzip / 1000 },
      lessonSamples: Object.fromEntries(Object.entries(samples).map(([pathname, page]) => [pathname, { html: page.html, js: page.js, css: page.css, total: page.total, rscPayload: page.rsc }])),
      largestOnDisk: { prerenderedLessonFiles, slidePage: largestSlide, onePageView: largestOnePage },
      javascript: { files: jsFiles.length, totalBytes: jsTotalBytes, filesContainingLessonTitles: jsWithCourseText.map((file) => path.relative(root, file)), markers },
      largestLessonDocumentGzipBytes: worstLessonGzip,
      largestLessonDocumentVsCourse: worstLessonGzip / markdownGzip,
      shipsWholeCourse: jsWithCourseText.length > 0 || worstLessonGzip >= markdownGzip / 2,
    };
    table(
      "5. Scale: the 1,000-lesson build (5,000 slides)",
      ["what", "raw KB", "gzip KB"],
      [
        ["course Markdown, all files", kb(markdownBytes), kb(markdownGzip)],
        ["outline / : HTML", kb(outline.html.raw), kb(outline.html.gzip)],
        ["  … of which the inline RSC payload (self.__next_f)", kb(outline.inlineFlight.raw), kb(outline.inlineFlight.gzip)],
        ["outline / : RSC payload (client navigation)", kb(outlineRsc.raw), kb(outlineRsc.gzip)],
        ...Object.entries(samples).map(([pathname, page]) => [`${pathname}: HTML + JS + CSS`, kb(page.total.raw), kb(page.total.gzip)]),
        ...Object.entries(samples).map(([pathname, page]) => [`${pathname}: RSC payload`, kb(page.rsc.raw), kb(page.rsc.gzip)]),
        [`largest of ${prerenderedLessonFiles} prerendered lesson files: slide HTML ${largestSlide.html?.file}`, kb(largestSlide.html?.raw ?? 0), kb(largestSlide.html?.gzip ?? 0)],
        [`  … slide RSC ${largestSlide.rsc?.file}`, kb(largestSlide.rsc?.raw ?? 0), kb(largestSlide.rsc?.gzip ?? 0)],
        [`  … one-page view HTML ${largestOnePage.html?.file}`, kb(largestOnePage.html?.raw ?? 0), kb(largestOnePage.html?.gzip ?? 0)],
        [`all static JS (${jsFiles.length} files)`, kb(jsTotalBytes), ""],
      ],
    );
    console.log(
      `   Static JS files containing a lesson title: ${jsWithCourseText.length} of ${jsFiles.length}. The largest course-dependent download of a lesson page ` +
        `(its HTML or RSC payload) is ${kb(worstLessonGzip)} KB gzip = ${(result.largestLessonDocumentVsCourse * 100).toFixed(1)} % of the course's Markdown (gzip): ` +
        `${result.shipsWholeCourse ? "a page DOES ship (much of) the course" : "no page ships the whole course"}. JS + CSS of a lesson page: ${kb(sample[0].js.gzip + sample[0].css.gzip)} KB gzip, the app's, whatever the course size.`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------

/** One line per target, from whatever sections results.json holds. */
function targetSummary(sections) {
  const rows = [];
  const { pipeline, build, weight, interaction, scale, scaling } = sections;
  for (const course of pipeline?.courses ?? []) {
    rows.push({ target: `pipeline ≤ ${TARGETS.pipelineRatio}× baseline (${course.dir})`, value: `${course.ratio.toFixed(1)}×`, met: course.targetMet });
  }
  const thousand = build?.builds?.find((entry) => entry.lessons === 1000);
  if (thousand) rows.push({ target: `1,000-lesson build < ${TARGETS.build1000Seconds} s`, value: `${thousand.wallSeconds} s`, met: build.targetMet });
  if (build?.builds?.[0]) rows.push({ target: `bundled course build < ${TARGETS.buildBundledSeconds} s`, value: `${build.builds[0].wallSeconds} s`, met: build.bundledTargetMet });
  if (build?.rebuilds) {
    rows.push({ target: `bundled course rebuild after an edit < ${TARGETS.buildBundledSeconds} s`, value: `${build.rebuilds[0].wallSeconds} s`, met: build.rebuildTargetsMet.bundled });
    rows.push({ target: `1,000-lesson rebuild after an edit < ${TARGETS.build1000Seconds} s`, value: `${build.rebuilds[1].wallSeconds} s`, met: build.rebuildTargetsMet.thousand });
  }
  if (weight?.verdicts) {
    rows.push({ target: `lesson page ≤ floor + ${TARGETS.lessonOverFloorKb} KB gzip`, value: `+${weight.verdicts.lesson.overFloor.totalKb.toFixed(1)} KB`, met: weight.verdicts.lesson.targetMet });
    rows.push({ target: `quiz page ≤ floor + ${TARGETS.quizOverFloorKb} KB gzip`, value: `+${weight.verdicts.quiz.overFloor.totalKb.toFixed(1)} KB`, met: weight.verdicts.quiz.targetMet });
  }
  if (interaction?.slides) {
    rows.push({ target: `slide switch p95 < ${TARGETS.p95Ms} ms`, value: `${interaction.slides.keyToPaintMs.p95} ms`, met: interaction.slides.targetMet });
    rows.push({ target: `quiz answer p95 < ${TARGETS.p95Ms} ms`, value: `${interaction.quiz.keyToPaintMs.p95} ms`, met: interaction.quiz.targetMet });
  }
  for (const kind of scaling?.kinds ?? []) {
    rows.push({ target: `${kind.kind}: each doubling ≤ ${SCALING_RATIO_TARGET}× the cost`, value: kind.ratios.map((ratio) => `${ratio}×`).join(", "), met: kind.targetMet });
  }
  for (const run of sections.class?.runs ?? []) {
    rows.push({ target: `class mode (${run.database}): p99 < 100 ms, no errors, none lost`, value: `${run.p99Ms} ms p99, ${run.errors} errors, ${run.lost} lost`, met: run.targetMet });
  }
  if (scale?.outline) rows.push({ target: "no page ships the whole course (1,000 lessons)", value: `largest lesson document ${kb(scale.largestLessonDocumentGzipBytes)} KB gzip`, met: !scale.shipsWholeCourse });
  return rows;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(tmp, { recursive: true });
  const started = Date.now();
  const info = machine();
  console.log(`Pagebreak benchmark — ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, Next ${info.next}, React ${info.react}`);
  console.log(`Sections: ${options.only.join(", ")}`);

  const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
  const results = {
    ...previous,
    machine: info,
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    sections: { ...(previous.sections ?? {}) },
  };
  const save = () => writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  const steps = {
    pipeline: () => pipelineSection(options),
    build: () => buildSection(),
    weight: () => weightSection(),
    interaction: () => interactionSection(options),
    scale: () => scaleSection(),
    scaling: () => scalingSection({ root, tmp, tsxBin, env: appEnv({}) }, { table, log }),
    search: () => searchSection({ root, tmp, tsxBin, env: appEnv({}) }, { table, log }),
    // The bundled course's build (.next-bench, built by starting it once if stale) under class-mode load.
    class: async () => {
      const server = await startBundledServer(await freePort(PORTS.from, PORTS.to));
      await server.stop();
      return classSection({ root, dist: ".next-bench" }, { table, log });
    },
  };
  let failed = false;
  try {
    for (const name of SECTIONS.filter((candidate) => options.only.includes(candidate))) {
      try {
        results.sections[name] = await section(name, options, steps[name]);
      } catch (error) {
        failed = true;
        console.error(`\nbench: section ${name} failed: ${error.stack ?? error}`);
        results.sections[name] = { error: String(error.message ?? error), ranAt: new Date().toISOString() };
      }
      results.totalSeconds = Math.round((Date.now() - started) / 1000);
      results.targets = targetSummary(results.sections);
      save();
    }
  } finally {
    if (!options.keep) {
      for (const dir of [".next-bench-100", ".next-bench-1000"]) rmSync(path.join(root, dir), { recursive: true, force: true });
      // Logs stay when something failed; the generated courses and profiles go either way.
      if (failed) console.error(`bench: logs kept in ${path.relative(process.cwd(), tmp)}`);
      else rmSync(tmp, { recursive: true, force: true });
    }
  }
  table("Targets", ["target", "measured", ""], (results.targets ?? []).map((row) => [row.target, row.value, met(row.met)]));
  console.log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s. Results: ${path.relative(process.cwd(), resultsFile)}`);
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
