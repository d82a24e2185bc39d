// @ts-check
// The security headers and Content Security Policy of every page, in one place. Plain ESM without
// dependencies: next.config.js, the build adapter (csp-adapter.mjs), scripts/write-headers.mjs
// (which writes public/_headers for static hosts) and the unit tests all read it.

/**
 * Content assets (`/content-assets/…`, files next to the lessons) get a policy of their own on top
 * of the page's: an SVG opened on its own runs no script and loads nothing. The route handler sends
 * it too, for a server without the headers of next.config.js.
 */
export const ASSET_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Browser features Pagebreak never uses, switched off for the page and anything it embeds. */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "browsing-topics",
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/**
 * @typedef {object} PolicyOptions
 * @property {boolean} [dev] `next dev`: React's dev tooling needs eval, and Next injects styles.
 * @property {string[]} [scriptHashes] Hashes (`sha256-…`) of the page's own inline scripts. Without
 *   them the policy allows inline scripts in general (`'unsafe-inline'`): the baseline a response
 *   header has to be, because one header serves every page. Each prerendered page then carries a
 *   `<meta>` policy with its hashes, and the browser enforces both.
 * @property {boolean} [meta] For a `<meta http-equiv>` tag, which cannot carry `frame-ancestors`.
 */

/**
 * The Content Security Policy, as the value of the header or of the `<meta>` tag.
 * @param {PolicyOptions} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ dev = false, scriptHashes, meta = false } = {}) {
  // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it allows no JavaScript
  // eval (`eval`, `new Function` stay blocked), and Chromium refuses any wasm without it.
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...(scriptHashes ? scriptHashes.map((hash) => `'${hash}'`) : ["'unsafe-inline'"]), ...(dev ? ["'unsafe-eval'"] : [])];
  /** @type {string[][]} */
  const directives = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    // No inline event handler (`onclick="…"`) ever runs, even under the baseline's 'unsafe-inline'.
    ["script-src-attr", "'none'"],
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    // Lessons may show remote images (https only) and data: images.
    ["img-src", "'self'", "https:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["frame-src", "'none'"],
    ["manifest-src", "'self'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ...(meta ? [] : [["frame-ancestors", "'none'"]]),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Headers for every page besides the policy.
 * @returns {{ key: string, value: string }[]}
 */
export function commonHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    // For browsers that predate `frame-ancestors`.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * Every header of a page: the common ones and the baseline policy.
 * @param {{ dev?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function pageHeaders({ dev = false } = {}) {
  return [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }, ...commonHeaders()];
}

/**
 * Every header under `/content-assets/`: the page's, with the sandboxing policy as a second one in
 * the same header (a browser enforces both, so an asset ends up with the stricter). A 404 there
 * is a page like any other, and gets every page header; a file gets the sandbox on top.
 * @param {{ dev?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function assetHeaders({ dev = false } = {}) {
  return [{ key: "Content-Security-Policy", value: `${contentSecurityPolicy({ dev })}, ${ASSET_CSP}` }, ...commonHeaders()];
}

/**
 * The rules for next.config.js `headers()`: the page headers everywhere, and under
 * `/content-assets/` the assets' ones (these replace the policy the asset route sends itself).
 * @param {{ dev?: boolean }} [options]
 */
export function nextHeaderRules({ dev = false } = {}) {
  return [
    { source: "/:path((?!content-assets/).*)", headers: pageHeaders({ dev }) },
    { source: "/content-assets/:path*", headers: assetHeaders({ dev }) },
  ];
}

/**
 * `public/_headers` for static hosts that read it (Netlify, Cloudflare Pages). Paths are relative
 * to the exported folder. Where several rules match, those hosts send every matching header, and
 * a browser enforces every Content-Security-Policy it gets: assets end up with the stricter one.
 * @returns {string}
 */
export function headersFile() {
  const lines = ["# Written by scripts/write-headers.mjs from lib/security/policy.mjs; do not edit by hand.", "/*"];
  for (const { key, value } of pageHeaders()) lines.push(`  ${key}: ${value}`);
  lines.push("/content-assets/*", `  Content-Security-Policy: ${ASSET_CSP}`);
  return `${lines.join("\n")}\n`;
}

/**
 * The nginx configuration for the static site (README, "Security"). An `add_header` inside a
 * `location` replaces every outer one, so the assets' block repeats all of the page headers and adds
 * the sandboxing policy as a second `Content-Security-Policy`.
 * @returns {string}
 */
export function nginxConfig() {
  /** @param {{ key: string, value: string }[]} headers @param {string} indent */
  const lines = (headers, indent) => headers.map(({ key, value }) => `${indent}add_header ${key} "${value}" always;`);
  return [
    ...lines(pageHeaders(), ""),
    "",
    "location /content-assets/ {   # with BASE_PATH: /course/content-assets/",
    ...lines([...pageHeaders(), { key: "Content-Security-Policy", value: ASSET_CSP }], "  "),
    "}",
  ].join("\n");
}

/**
 * The Apache (`mod_headers`) configuration for the static site (README, "Security"). Under
 * `/content-assets/` the sandboxing policy is added as a second policy, as everywhere else.
 * @returns {string}
 */
export function apacheConfig() {
  return [
    ...pageHeaders().map(({ key, value }) => `Header always set ${key} "${value}"`),
    '<If "%{REQUEST_URI} =~ m#/content-assets/#">',
    `  Header always add Content-Security-Policy "${ASSET_CSP}"`,
    "</If>",
  ].join("\n");
}

/**
 * Reads a `_headers` file: each rule is a path pattern (`/*` matches anything below) followed by
 * indented `Name: value` lines. `#` starts a comment line.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(":");
    const rule = rules.at(-1);
    if (colon === -1 || !rule) continue;
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a `_headers` path pattern matches a path: exact, or a prefix ending in `*`.
 * @param {string} pattern
 * @param {string} pathname
 */
export function headersPatternMatches(pattern, pathname) {
  return pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}
