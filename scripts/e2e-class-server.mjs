// The class-mode E2E server: `npm start` (build if needed, then next start) on an empty database.
// With E2E_CLASS_POSTGRES=1 a private PostgreSQL cluster runs beside it (scripts/class-postgres.mjs)
// on PAGEBREAK_PG_PORT and DATABASE_URL points at it; otherwise PGlite in PAGEBREAK_DATA_DIR,
// emptied first. Both stop with the server.
import { rmSync } from "node:fs";
import { startPostgresCluster } from "./class-postgres.mjs";
import { run } from "./lib.mjs";

let cluster;
const env = { ...process.env };
if (process.env.E2E_CLASS_POSTGRES === "1") {
  cluster = await startPostgresCluster();
  env.DATABASE_URL = cluster.url;
} else if (process.env.PAGEBREAK_DATA_DIR) {
  rmSync(process.env.PAGEBREAK_DATA_DIR, { recursive: true, force: true });
}
const stop = () => cluster?.stop();
process.on("exit", stop);
const code = await run(process.execPath, ["scripts/start.mjs"], { env });
stop();
process.exit(code);
