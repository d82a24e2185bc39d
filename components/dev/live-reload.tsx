"use client";

import { useEffect } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { CONTENT_CHANGE_EVENT, CONTENT_EVENTS_PATH, isNewerContent, parseContentVersion, type ContentVersion } from "@/lib/dev/content-events";

type Props = {
  /** The state of the course this page was rendered from; undefined when no watcher ran. */
  shown: ContentVersion | undefined;
};

/**
 * `npm run dev` only (rendered by dev-tools.tsx): reloads the page when a course
 * file is saved. A full reload, not `router.refresh()`: the reader keeps the slides it has shown
 * and fetched, and moves between slides without telling the router, so only a reload shows every
 * changed slide. The URL names the slide, so the reader stays on it; progress is in localStorage.
 */
export function LiveReload({ shown }: Props) {
  useEffect(() => {
    const events = new EventSource(`${BASE_PATH}${CONTENT_EVENTS_PATH}`);
    events.addEventListener(CONTENT_CHANGE_EVENT, (event) => {
      if (isNewerContent(parseContentVersion(event.data), shown)) window.location.reload();
    });
    // Leaving the page: a reload now would cancel the navigation that is taking the reader away.
    const stop = () => events.close();
    window.addEventListener("beforeunload", stop);
    return () => {
      window.removeEventListener("beforeunload", stop);
      stop();
    };
  }, [shown]);
  return null;
}
