// Interaction latency in real Chromium: from a key press to the next frame painted with its result.
//
// In the page, a capture-phase keydown listener keeps the event's timeStamp (when the browser
// received the key). A MutationObserver waits for the result in the DOM (the next slide's
// `hidden` attribute removed; the quiz's feedback box inserted) and notes the time. Then one
// requestAnimationFrame (whose callback runs just before the frame containing the change is
// painted) and a MessageChannel message (delivered after that frame's paint) give the time the
// frame was painted. Reported per press: key → DOM change, and key → painted.
// The Event Timing API (PerformanceObserver type "event", durationThreshold 16) is observed too:
// it lists every keydown whose handlers plus the next paint took ≥ 16 ms (8 ms granularity).

export { CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

function instrument() {
  if (window.__bench) return;
  const bench = { lastKey: undefined, pending: undefined, slow: [], pushedAt: undefined };
  window.__bench = bench;
  document.addEventListener("keydown", (event) => (bench.lastKey = { key: event.key, timeStamp: event.timeStamp }), { capture: true });
  // Wraps history.pushState as patched by Next's router (the reader turns a page with it), to
  // split a slide switch into the key handler's own work and the router's re-render after it.
  const push = history.pushState;
  history.pushState = function (...args) {
    const result = push.apply(this, args);
    bench.pushedAt = performance.now();
    return result;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "keydown") bench.slow.push({ startTime: entry.startTime, duration: entry.duration, processingStart: entry.processingStart, processingEnd: entry.processingEnd });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {
    bench.eventTimingUnsupported = true;
  }
  bench.arm = (kind, argument) => {
    bench.lastKey = undefined;
    bench.pushedAt = undefined;
    const done =
      kind === "slide"
        ? () => {
            const section = document.querySelectorAll("[data-slide-deck] > section")[argument];
            return Boolean(section && !section.hidden);
          }
        : () => document.querySelector(argument) !== null;
    bench.pending = new Promise((resolve) => {
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        const dom = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => {
          const frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ key: bench.lastKey, pushedAt: bench.pushedAt, dom, frame, painted: performance.now() });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(() => done() && finish());
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
      const timer = setTimeout(() => {
        observer.disconnect();
        finished = true;
        resolve({ timeout: true, key: bench.lastKey });
      }, 5000);
    });
  };
}

/** Deterministic pause of 60–180 ms between presses, so presses land at every phase of a frame. */
function pauses(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 60 + (state % 120);
  };
}

async function measure(page, key, kind, argument) {
  await page.evaluate(({ kind, argument }) => window.__bench.arm(kind, argument), { kind, argument });
  await page.keyboard.press(key);
  const result = await page.evaluate(() => window.__bench.pending);
  if (result.timeout || !result.key) throw new Error(`no ${kind} change seen after pressing ${key}`);
  return {
    toDom: result.dom - result.key.timeStamp,
    toPaint: result.painted - result.key.timeStamp,
    toPushState: result.pushedAt === undefined ? undefined : result.pushedAt - result.key.timeStamp,
    keyTime: result.key.timeStamp,
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

async function slowEntries(page, samples) {
  const { slow, eventTimingUnsupported } = await page.evaluate(() => ({ slow: window.__bench.slow, eventTimingUnsupported: window.__bench.eventTimingUnsupported }));
  const matched = slow.filter((entry) => samples.some((sample) => Math.abs(sample.keyTime - entry.startTime) < 2));
  return { eventTimingUnsupported: Boolean(eventTimingUnsupported), matched };
}

export function summarize(samples, slow) {
  const round = (value) => Math.round(value * 10) / 10;
  const toPaint = samples.map((sample) => sample.toPaint);
  const toDom = samples.map((sample) => sample.toDom);
  const pushed = samples.filter((sample) => sample.toPushState !== undefined);
  const stats = (values) => ({ median: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) });
  const phases = pushed.length
    ? {
        keyToPushStateReturnedMs: stats(pushed.map((sample) => sample.toPushState)),
        pushStateToDomMs: stats(pushed.map((sample) => sample.toDom - sample.toPushState)),
        domToPaintMs: stats(pushed.map((sample) => sample.toPaint - sample.toDom)),
      }
    : { domToPaintMs: stats(samples.map((sample) => sample.toPaint - sample.toDom)) };
  return {
    count: samples.length,
    keyToPaintMs: { median: round(percentile(toPaint, 50)), p95: round(percentile(toPaint, 95)), max: round(Math.max(...toPaint)) },
    keyToDomMs: { median: round(percentile(toDom, 50)), p95: round(percentile(toDom, 95)), max: round(Math.max(...toDom)) },
    over16ms: toPaint.filter((value) => value >= 16).length,
    phases,
    eventTiming: {
      keydownsAtLeast16ms: slow.matched.length,
      durationsMs: slow.matched.map((entry) => entry.duration),
      unsupported: slow.eventTimingUnsupported,
    },
  };
}

/** Key presses on a lesson: → to the last slide, ← back to the first, and so on. */
export async function slideSwitches(browser, base, pathname, count, warmup = 4) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(base + pathname, { waitUntil: "networkidle" });
    // Hydrated: the "Next slide" link has become a button.
    await page.getByRole("button", { name: "Next slide" }).waitFor();
    await page.evaluate(instrument);
    const total = await page.locator("[data-slide-deck] > section").count();
    if (total < 2) throw new Error(`${pathname} has ${total} slide(s); need 2 or more`);
    let requests = 0;
    page.on("request", () => requests++);
    const pause = pauses(7);
    let current = 1;
    let direction = 1;
    const samples = [];
    for (let press = 0; press < count + warmup; press++) {
      if (current + direction < 1 || current + direction > total) direction = -direction;
      const target = current + direction;
      const sample = await measure(page, direction > 0 ? "ArrowRight" : "ArrowLeft", "slide", target - 1);
      current = target;
      if (press >= warmup) samples.push(sample);
      await page.waitForTimeout(pause());
    }
    return { page: pathname, slides: total, requestsDuringSwitches: requests, ...summarize(samples, await slowEntries(page, samples)) };
  } finally {
    await context.close();
  }
}

/**
 * The measurement's own floor: a static page whose keydown handler only flips the `hidden`
 * attribute of two tiny sections, timed the same way. What is left above it is the app's.
 */
export async function floorSwitches(browser, count, warmup = 4) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><body><div data-slide-deck><section>One</section><section hidden>Two</section></div>
      <script>document.addEventListener("keydown", () => { for (const s of document.querySelectorAll("section")) s.hidden = !s.hidden; });</script></body></html>`);
    await page.evaluate(instrument);
    const pause = pauses(5);
    const samples = [];
    for (let press = 0; press < count + warmup; press++) {
      const sample = await measure(page, "ArrowRight", "slide", (press + 1) % 2);
      if (press >= warmup) samples.push(sample);
      await page.waitForTimeout(pause());
    }
    return { page: "static page, handler flips `hidden`", ...summarize(samples, await slowEntries(page, samples)) };
  } finally {
    await context.close();
  }
}

/** Answering a classification quiz with the 1 key, in practice mode: key → feedback painted. */
export async function quizAnswers(browser, base, pathname, count, warmup = 3) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const samples = [];
    const slow = { matched: [], eventTimingUnsupported: false };
    const pause = pauses(11);
    let answered = 0;
    let rounds = 0;
    while (samples.length < count) {
      // A fresh round: forget the saved session, open the start screen, choose Practice, start.
      await page.goto(base + pathname, { waitUntil: "networkidle" });
      await page.evaluate(() => localStorage.clear());
      await page.reload({ waitUntil: "networkidle" });
      rounds++;
      await page.getByRole("radio", { name: /^Practice/ }).check();
      await page.getByRole("button", { name: "Start" }).click();
      await page.evaluate(instrument);
      const roundSamples = [];
      for (;;) {
        const heading = page.getByRole("heading", { name: /^Action \d+ of \d+$/ });
        await heading.waitFor();
        const [, position, total] = /Action (\d+) of (\d+)/.exec(await heading.innerText());
        const sample = await measure(page, "1", "selector", "[data-correct]");
        if (answered++ >= warmup) {
          samples.push(sample);
          roundSamples.push(sample);
        }
        if (samples.length >= count || position === total) break;
        await page.waitForTimeout(pause());
        await page.getByRole("button", { name: "Continue", exact: true }).click();
        await page.locator("[data-correct]").waitFor({ state: "detached" });
      }
      const entries = await slowEntries(page, roundSamples);
      slow.matched.push(...entries.matched);
      slow.eventTimingUnsupported ||= entries.eventTimingUnsupported;
    }
    return { page: pathname, rounds, ...summarize(samples, slow) };
  } finally {
    await context.close();
  }
}

/** Trace events whose time is reported per slide switch (inclusive; script can contain forced layout). */
const TRACE_EVENTS = {
  FunctionCall: "script (FunctionCall)",
  RunMicrotasks: "microtasks",
  UpdateLayoutTree: "style recalc",
  Layout: "layout",
  PrePaint: "pre-paint",
  Paint: "paint",
  Layerize: "layerize",
  Commit: "compositor commit",
};

/**
 * Where the renderer's main thread spends a slide switch: a Chromium trace (devtools.timeline)
 * over `presses` switches, after as many untraced ones, summed by event name per switch.
 */
export async function traceSlideSwitches(browser, base, pathname, presses = 20) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(base + pathname, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Next slide" }).waitFor();
    const total = await page.locator("[data-slide-deck] > section").count();
    let current = 1;
    let direction = 1;
    const press = async () => {
      if (current + direction < 1 || current + direction > total) direction = -direction;
      current += direction;
      await page.keyboard.press(direction > 0 ? "ArrowRight" : "ArrowLeft");
      await page.waitForTimeout(120);
    };
    for (let i = 0; i < presses; i++) await press();
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    for (let i = 0; i < presses; i++) await press();
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    const events = trace.traceEvents ?? trace;
    const names = new Map();
    for (const event of events) if (event.ph === "M" && event.name === "thread_name") names.set(`${event.pid}:${event.tid}`, event.args.name);
    const counts = new Map();
    for (const event of events) {
      const key = `${event.pid}:${event.tid}`;
      if (names.get(key) === "CrRendererMain" && event.ph === "X") counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const perSwitch = Object.fromEntries(Object.values(TRACE_EVENTS).map((label) => [label, 0]));
    let tasks = 0;
    for (const event of events) {
      if (`${event.pid}:${event.tid}` !== main || event.ph !== "X" || !event.dur) continue;
      if (event.name === "RunTask") tasks += event.dur / 1000;
      const label = TRACE_EVENTS[event.name];
      if (label) perSwitch[label] += event.dur / 1000;
    }
    const round = (value) => Math.round((value / presses) * 100) / 100;
    return { presses, busyMsPerSwitch: round(tasks), msPerSwitch: Object.fromEntries(Object.entries(perSwitch).map(([label, value]) => [label, round(value)])) };
  } finally {
    await context.close();
  }
}
