/** Where the dev server streams content changes to open pages (app/dev/content-events/route.dev.ts). */
export const CONTENT_EVENTS_PATH = "/dev/content-events";

/** The name of the stream's events, each carrying the course's ContentVersion. */
export const CONTENT_CHANGE_EVENT = "change";

/**
 * Which state of the course folder a dev server has seen: its run (new on each start) and how many
 * changes its content watcher has counted. Pages carry the one they were rendered from, so the
 * live reload skips changes a page already shows and catches those it missed while connecting.
 */
export interface ContentVersion {
  run: string;
  changes: number;
}

/** Whether `latest` is a state of the course that a page rendered from `shown` does not show. */
export function isNewerContent(latest: ContentVersion, shown: ContentVersion | undefined): boolean {
  return !shown || latest.run !== shown.run || latest.changes > shown.changes;
}

/** Stands for an event that cannot be read: newer than anything, so the page reloads. */
const UNREADABLE: ContentVersion = { run: "", changes: Number.POSITIVE_INFINITY };

/** An event's data as sent by the dev server (`{ run, changes, files }`). */
export function parseContentVersion(data: unknown): ContentVersion {
  let parsed: unknown;
  try {
    parsed = typeof data === "string" ? JSON.parse(data) : undefined;
  } catch {
    return UNREADABLE;
  }
  if (typeof parsed !== "object" || parsed === null || !("run" in parsed) || !("changes" in parsed)) return UNREADABLE;
  const { run, changes } = parsed;
  return typeof run === "string" && typeof changes === "number" ? { run, changes } : UNREADABLE;
}
