// `npm run serve:static`: serves out/ the way a plain static host does (GitHub Pages, S3, nginx):
// files as they are, a folder's index.html, 404.html for anything else, under BASE_PATH if set.
// For trying the static site locally and for the end-to-end tests; not a production server.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
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

function send(response, status, file) {
  response.writeHead(status, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
}

function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = "";
  }
  const inside = basePath === "" || pathname === basePath || pathname.startsWith(`${basePath}/`);
  const relative = inside ? pathname.slice(basePath.length) || "/" : undefined;
  const file = relative === undefined ? undefined : path.join(outDir, relative);
  if (!file || !file.startsWith(outDir)) return send(response, 404, path.join(outDir, "404.html"));

  if (isFile(file)) return send(response, 200, file);
  if (isFile(path.join(file, "index.html"))) {
    if (!url.pathname.endsWith("/")) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    return send(response, 200, path.join(file, "index.html"));
  }
  if (isFile(`${file}.html`)) return send(response, 200, `${file}.html`);
  send(response, 404, path.join(outDir, "404.html"));
}).listen(port, () => console.log(`Serving ${outDir} at http://localhost:${port}${basePath}/`));
