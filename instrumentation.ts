/**
 * Runs once when the server starts (Next.js instrumentation). Under `npm run dev` it starts the
 * content watcher, so saving a lesson prints its problems before any page is open. Under
 * `npm start` it loads the course as soon as the server is up: the first request for a data file
 * (a slide, a quiz) would otherwise wait while the process reads and parses every lesson and
 * loads the Markdown pipeline (about a second for the bundled course, more for a large one).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "development") {
    const { startContentWatcher } = await import("./lib/dev/content-watcher");
    startContentWatcher();
    return;
  }
  // Build workers load the course when they need it (from the build's own check).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // After start-up, not during it: the server answers its prerendered pages meanwhile.
  setTimeout(() => void import("./lib/content/load").then(({ loadContent }) => loadContent()), 0);
}
