import path from "node:path";

/**
 * The class-mode test servers, shared by playwright.config.ts (which starts them) and the specs
 * (which run `npm run class` against the same database and start extra servers from the same
 * build). `class` runs on PGlite in a data folder emptied at start; `class-pg` on PostgreSQL, a
 * private cluster on a fixed loopback port started with the server.
 */
export type ClassProject = "class" | "class-pg";

/** Ports: the two project servers, extra servers of the tests at extra + 0..2, the class-pg cluster. */
export function classPorts(base: number) {
  return { class: base + 5, "class-pg": base + 6, extra: base + 7, postgres: base + 15 };
}

function suffix(base: number): string {
  return base === 3100 ? "" : `-${base}`;
}

export function classServerEnv(project: ClassProject, base: number): Record<string, string> {
  const ports = classPorts(base);
  const common = { PORT: String(ports[project]), PAGEBREAK_DIST_DIR: `.next-e2e-${project}${suffix(base)}`, CONTENT_DIR: "content" };
  // DATABASE_URL empty: PGlite, even where the environment names a PostgreSQL server.
  if (project === "class") return { ...common, DATABASE_URL: "", PAGEBREAK_DATA_DIR: path.resolve(`.next-e2e-class-data${suffix(base)}`) };
  return { ...common, PAGEBREAK_PG_PORT: String(ports.postgres), E2E_CLASS_POSTGRES: "1" };
}

/** What `npm run class` and extra servers need to reach the same database as the project's server. */
export function classDatabaseEnv(project: ClassProject, base: number): Record<string, string> {
  const env = classServerEnv(project, base);
  if (project === "class") return { DATABASE_URL: "", PAGEBREAK_DATA_DIR: env.PAGEBREAK_DATA_DIR!, PORT: env.PORT! };
  return { DATABASE_URL: `postgresql://pagebreak@127.0.0.1:${classPorts(base).postgres}/postgres`, PORT: env.PORT! };
}

export function e2eBase(): number {
  return Number(process.env.E2E_PORT_BASE) || 3100;
}
