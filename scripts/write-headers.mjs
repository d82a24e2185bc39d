// `node scripts/write-headers.mjs`: writes public/_headers, the security headers for static hosts
// that read such a file (Netlify, Cloudflare Pages), from lib/security/policy.mjs. A unit test
// (lib/security/policy.test.ts) fails when the file and the policy disagree.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { headersFile } from "../lib/security/policy.mjs";
import { root } from "./lib.mjs";

const file = path.join(root, "public", "_headers");
writeFileSync(file, headersFile());
console.log(`Wrote ${path.relative(root, file)}`);
