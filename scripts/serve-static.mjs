// `npm run serve:static`: serves out/ the way a plain static host does (GitHub Pages, S3, nginx):
// files as they are, a folder's index.html, 404.html for anything else, under BASE_PATH if set.
// For trying the static site locally and for the end-to-end tests; not a production server.
// Like Netlify or Cloudflare Pages, it sends the headers listed in the site's `_headers` file
// (public/_headers, copied into the export) and does not serve that file itself.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { headersPatternMatches, parseHeadersFile } from "../lib/security/policy.mjs";
import { root } from "./lib.mjs";

const outDir = path.resolve(root, process.env.PAGEBREAK_OUT_DIR || "out");
const basePath = (process.env.BASE_PATH || "").replace(/\/+$/, "");
const port = Number(process.env.PORT || 3000);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const headersSource = [path.join(outDir, "_headers"), path.join(root, "public", "_headers")].find((file) => existsSync(file));
const headerRules = headersSource ? parseHeadersFile(readFileSync(headersSource, "utf8")) : [];

/** The `_headers` headers for a path inside the site; a header named by several rules gets every value. */
function siteHeaders(sitePath) {
  const headers = {};
  for (const rule of headerRules) {
    if (!headersPatternMatches(rule.pattern, sitePath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

function send(response, status, file, sitePath) {
  response.writeHead(status, { ...siteHeaders(sitePath), "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
}

/** Whether `file` is `dir` or inside it (a sibling folder whose name starts the same is not). */
function isInside(dir, file) {
  return file === dir || file.startsWith(`${dir}${path.sep}`);
}

function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

/** A segment that, decoded, names something else than one file or folder name. */
const UNSAFE_SEGMENT_RE = /^\.\.?$|[/\\\0]/;

/**
 * The path a request names, decoded segment by segment; undefined (a 404) when a segment does not
 * decode, or decodes to `.`, `..`, or something holding `/`, `\` or NUL. Matched against
 * `_headers` as it is served: `/lessons/..%2fcontent-assets/x.svg` would otherwise be served as the
 * asset with the headers of a lesson page, without the asset's sandbox. Repeated slashes count as
 * one, as they do for the file that is served.
 */
function decodeSitePath(pathname) {
  const segments = [];
  for (const raw of pathname.split("/")) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (UNSAFE_SEGMENT_RE.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.join("/").replace(/\/{2,}/g, "/");
}

/** `pathname` without BASE_PATH, or undefined when it is not under it. */
function insideBasePath(pathname) {
  if (basePath === "" || pathname === basePath) return pathname.slice(basePath.length) || "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const decoded = decodeSitePath(url.pathname);
  const relative = decoded === undefined ? undefined : insideBasePath(decoded);
  const file = relative === undefined ? undefined : path.join(outDir, relative);
  const notFound = path.join(outDir, "404.html");
  // A refused path's 404 gets the headers of the path as written, as a host matching on it would.
  if (!file || !isInside(outDir, file) || path.basename(file) === "_headers") return send(response, 404, notFound, relative ?? insideBasePath(url.pathname) ?? "/");

  if (isFile(file)) return send(response, 200, file, relative);
  if (isFile(path.join(file, "index.html"))) {
    if (!url.pathname.endsWith("/")) {
      // One leading slash: `//host/x` would send the browser to another site.
      response.writeHead(301, { ...siteHeaders(relative), Location: `/${url.pathname.replace(/^\/+/, "")}/${url.search}` });
      return response.end();
    }
    return send(response, 200, path.join(file, "index.html"), relative);
  }
  if (isFile(`${file}.html`)) return send(response, 200, `${file}.html`, relative);
  send(response, 404, notFound, relative);
}).listen(port, () => console.log(`Serving ${outDir} at http://localhost:${port}${basePath}/`));
