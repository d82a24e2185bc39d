// Which Chromium the tests, the benchmark and the audit drive, and how. One place, so they agree.
import { existsSync } from "node:fs";

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * CHROMIUM_PATH if set, else Debian's /usr/bin/chromium where it exists, else undefined: the
 * caller's own browser (Playwright's, after `npx playwright install chromium` on a machine that can
 * download it). `npm test` installs one of them first when none is there (scripts/ensure-chromium.mjs).
 */
export function chromiumPath(env = process.env, debianChromium = DEBIAN_CHROMIUM) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync(debianChromium) ? debianChromium : undefined;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Headless flags for a closed network; Chromium refuses to run as root without --no-sandbox. */
export const CHROMIUM_ARGS = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
