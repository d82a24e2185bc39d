import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";
import { classPorts, classServerEnv } from "./e2e/class-servers";


/** The fixture course in the old Jekyll layout, served by its own build to test the importer. */
const jekyllCourse = path.resolve("lib/content/__fixtures__/jekyll-course");

/**
 * Ports and build folders of the test servers. E2E_PORT_BASE moves them all, so two test runs on
 * one machine (say, two people's branches) do not collide; by default 3100–3103.
 */
const base = Number(process.env.E2E_PORT_BASE) || 3100;
const PORTS = { app: base, jekyll: base + 1, static: base + 2, dev: base + 3, hostile: base + 4, ...classPorts(base) };
const suffix = base === 3100 ? "" : `-${base}`;

/**
 * E2E_SERVERS=app,dev starts only those servers (for running one project's tests); all by default.
 * The names match the projects.
 */
type NamedServer = Exclude<PlaywrightTestConfig["webServer"], undefined | unknown[]> & { name: string };

function servers(all: NamedServer[]): Omit<NamedServer, "name">[] {
  const wanted = process.env.E2E_SERVERS?.split(",").map((name) => name.trim());
  return all.filter((server) => !wanted || wanted.includes(server.name)).map(({ name, ...server }) => server);
}

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: `.test-reports/e2e${suffix}.json` }]],
  outputDir: `test-results${suffix}`,
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "app",
      testIgnore: ["jekyll-*.spec.ts", "static-*.spec.ts", "dev-*.spec.ts", "security-hostile.spec.ts", "class-*.spec.ts"],
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.app}` },
    },
    {
      name: "jekyll",
      testMatch: "jekyll-*.spec.ts",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.jekyll}` },
    },
    {
      name: "static",
      testMatch: ["static-*.spec.ts", "security-headers.spec.ts", "search.spec.ts"],
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.static}/course/` },
    },
    {
      // `npm run dev` on a scratch copy of the course that the tests edit; pages compile on first visit.
      name: "dev",
      testMatch: "dev-*.spec.ts",
      timeout: 90_000,
      // Every save reloads every open page of the dev server: its specs run one at a time.
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.dev}` },
    },
    {
      // A course of cross-site scripting payloads (e2e/fixtures/hostile-course): none may run.
      name: "hostile",
      testMatch: "security-hostile.spec.ts",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.hostile}` },
    },
    {
      // Class mode on `next start` with PGlite in a fresh data folder (e2e/class-servers.ts).
      name: "class",
      testMatch: "class-*.spec.ts",
      // What needs a PostgreSQL server it can stop runs with class-pg only.
      testIgnore: "class-pg-*.spec.ts",
      timeout: 90_000,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS.class}` },
    },
    {
      // The same tests with PostgreSQL: a private cluster started with the server (scripts/class-postgres.mjs).
      name: "class-pg",
      testMatch: "class-*.spec.ts",
      timeout: 90_000,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PORTS["class-pg"]}` },
    },
  ],
  // Each server is a production build (next build + next start, or the static export), built once.
  webServer: servers([
    {
      name: "app",
      command: "node scripts/start.mjs",
      env: { PORT: String(PORTS.app), PAGEBREAK_DIST_DIR: `.next-e2e${suffix}`, CONTENT_DIR: "content" },
      url: `http://localhost:${PORTS.app}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "jekyll",
      command: "node scripts/start.mjs",
      env: { PORT: String(PORTS.jekyll), PAGEBREAK_DIST_DIR: `.next-e2e-jekyll${suffix}`, CONTENT_DIR: jekyllCourse },
      url: `http://localhost:${PORTS.jekyll}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "static",
      command: "node scripts/build-static.mjs && node scripts/serve-static.mjs",
      env: { PORT: String(PORTS.static), BASE_PATH: "/course", PAGEBREAK_OUT_DIR: `.out-e2e${suffix}`, CONTENT_DIR: jekyllCourse },
      url: `http://localhost:${PORTS.static}/course/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "dev",
      command: "node scripts/e2e-dev-server.mjs",
      env: { PORT: String(PORTS.dev), PAGEBREAK_DIST_DIR: `.next-e2e-dev${suffix}`, E2E_DEV_CONTENT: `.e2e-dev-content${suffix}` },
      url: `http://localhost:${PORTS.dev}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "hostile",
      command: "node scripts/e2e-hostile-server.mjs",
      env: { PORT: String(PORTS.hostile), PAGEBREAK_DIST_DIR: `.next-e2e-hostile${suffix}`, E2E_HOSTILE_CONTENT: `.next-e2e-hostile-content${suffix}` },
      url: `http://localhost:${PORTS.hostile}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "class",
      command: "node scripts/e2e-class-server.mjs",
      // SIGTERM, not SIGKILL: the server script then stops its PostgreSQL cluster too.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: classServerEnv("class", base),
      url: `http://localhost:${PORTS.class}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      name: "class-pg",
      command: "node scripts/e2e-class-server.mjs",
      // SIGTERM, not SIGKILL: the server script then stops its PostgreSQL cluster too.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: classServerEnv("class-pg", base),
      url: `http://localhost:${PORTS["class-pg"]}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
  ]),
});
