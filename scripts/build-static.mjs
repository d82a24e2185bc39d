// `npm run build:static`: the whole course as a static site in out/ (or PAGEBREAK_OUT_DIR), for any
// static host or CDN. BASE_PATH=/sub-path builds it for a site served under a sub-path.
import { runNext } from "./lib.mjs";

process.exit(await runNext(["build"], { PAGEBREAK_STATIC: "1" }));
