/**
 * Runs once when the server starts (Next.js instrumentation). Under `npm run dev` it starts the
 * content watcher, so saving a lesson prints its problems before any page is open.
 */
export async function register(): Promise<void> {
  if (process.env.NODE_ENV !== "development" || process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startContentWatcher } = await import("./lib/dev/content-watcher");
  startContentWatcher();
}
