import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureChromium } from "./ensure-chromium.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/**
 * A machine with no browser at all: no CHROMIUM_PATH, Debian's path pointing into an empty folder,
 * Playwright's browser folder empty, and its download host refusing connections (so the real
 * `playwright install chromium` fails fast here and on a machine that could download).
 */
function bareMachine(tmp: string, pathDirs: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathDirs.join(path.delimiter), PLAYWRIGHT_BROWSERS_PATH: path.join(tmp, "playwright"), PLAYWRIGHT_DOWNLOAD_HOST: "http://127.0.0.1:9" };
  delete env.CHROMIUM_PATH;
  return { env, debianChromium: path.join(tmp, "debian", "chromium") };
}

describe("ensureChromium (the browser step of npm test)", () => {
  let tmp: string;
  let lines: string[];
  const log = (line: string) => lines.push(line);

  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "pagebreak-chromium-"));
    mkdirSync(path.join(tmp, "playwright"));
    mkdirSync(path.join(tmp, "empty-bin"));
    lines = [];
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it("uses the browser CHROMIUM_PATH names, and installs nothing", async () => {
    const browser = path.join(tmp, "my-chromium");
    writeFileSync(browser, "#!/bin/sh\n");
    const result = await ensureChromium({ env: { CHROMIUM_PATH: browser, PATH: "" }, debianChromium: path.join(tmp, "none"), log });
    expect(result).toEqual({ found: true, path: browser });
    expect(lines).toEqual([]);
  });

  it("stops in one line, installing nothing, when CHROMIUM_PATH names an empty folder", async () => {
    const folder = path.join(tmp, "empty-chromium");
    mkdirSync(folder);
    const result = await ensureChromium({ env: { CHROMIUM_PATH: folder, PATH: "" }, debianChromium: path.join(tmp, "none"), log });
    expect(result.found).toBe(false);
    expect(!result.found && result.error).toBe(`CHROMIUM_PATH names ${folder}, which is not a file: point it at a Chromium executable, or unset it to have one installed.`);
    expect(lines).toEqual([]);
  });

  it("with no browser and no apt-get: tries Playwright's download, then explains in one line", { timeout: 60_000 }, async () => {
    const machine = bareMachine(tmp, [path.join(tmp, "empty-bin")]);
    const result = await ensureChromium({ ...machine, log });
    expect(lines).toEqual(["No Chromium found for the end-to-end tests: installing Playwright's (playwright install chromium) …"]);
    expect(result.found).toBe(false);
    const error = result.found ? "" : result.error;
    expect(error).not.toContain("\n");
    expect(error).toMatch(/^No Chromium found for the end-to-end tests, and Playwright could not download its own \(there is no apt-get for Debian's\): install Debian's .* or set CHROMIUM_PATH\.$/);
  });

  it("falls through to apt-get, updating the package lists only when the install fails without", { timeout: 60_000 }, async () => {
    // A stand-in apt-get (the real one would install): it refuses to install before an update, as
    // on a fresh machine, records every call, and then puts a browser where Debian's goes.
    const bin = path.join(tmp, "bin");
    mkdirSync(bin);
    const calls = path.join(tmp, "apt-calls");
    const machine = bareMachine(tmp, [bin]);
    writeFileSync(
      path.join(bin, "apt-get"),
      `#!/bin/sh
PATH=/usr/bin:/bin
echo "$*" >> "${calls}"
if [ "$1" = update ]; then touch "${tmp}/lists"; exit 0; fi
if [ ! -e "${tmp}/lists" ]; then echo "E: Unable to locate package chromium" >&2; exit 100; fi
mkdir -p "${path.dirname(machine.debianChromium)}" && touch "${machine.debianChromium}"
`,
    );
    chmodSync(path.join(bin, "apt-get"), 0o755);

    const result = await ensureChromium({ ...machine, log });
    if (isRoot) {
      expect(result).toEqual({ found: true, path: machine.debianChromium });
      expect(lines).toEqual([
        "No Chromium found for the end-to-end tests: installing Playwright's (playwright install chromium) …",
        "Playwright could not download its Chromium: installing Debian's chromium with apt-get …",
        "apt-get could not install chromium: updating the package lists (apt-get update) and trying again …",
      ]);
      expect(readFileSync(calls, "utf8").split("\n").filter(Boolean)).toEqual(["install -y -qq chromium", "update -qq", "install -y -qq chromium"]);
    } else {
      // Not root: apt-get is never run.
      expect(result.found).toBe(false);
      expect(!result.found && result.error).toContain("installing Debian's with apt-get needs root");
      expect(existsSync(calls)).toBe(false);
    }
  });
});
