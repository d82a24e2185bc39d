// `npm run build:static`: the whole course as a static site in out/ (or PAGEBREAK_OUT_DIR), for any
// static host or CDN. BASE_PATH=/sub-path builds it for a site served under a sub-path. Builds only
// when something changed since the last static build (`--force` builds anyway): see scripts/build.mjs.
import { buildStatic } from "./build.mjs";

process.exit(await buildStatic({ force: process.argv.includes("--force") }));
