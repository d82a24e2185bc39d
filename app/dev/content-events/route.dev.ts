import { contentVersion } from "@/lib/dev/course-cache";
import { subscribeToContentChanges } from "@/lib/dev/content-watcher";
import { CONTENT_CHANGE_EVENT } from "@/lib/dev/content-events";

// Only `next dev` has this route (next.config.js lists `dev.ts` among the page extensions in
// development only), so builds and the static export never see it.
export const dynamic = "force-dynamic";

/** Keeps proxies and the browser from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: the course's version (lib/dev/course-cache.ts) on connecting and after each
 * burst of saves in the course folder; an open page reloads when it is newer than the one it was
 * rendered from (components/dev/live-reload.tsx). Same origin, so `connect-src 'self'` allows it.
 */
export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== "development") return new Response("Not found", { status: 404 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const sendVersion = (files: readonly string[]) => {
        const version = contentVersion();
        if (version) send(`event: ${CONTENT_CHANGE_EVENT}\ndata: ${JSON.stringify({ ...version, files })}\n\n`);
      };
      const unsubscribe = subscribeToContentChanges(sendVersion);
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the browser.
        }
      });
      // Reconnect quickly after the dev server restarts.
      send("retry: 1000\n\n");
      sendVersion([]);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" },
  });
}
