import path from "node:path";
import { listContentAssets, readContentAsset } from "@/lib/content/load";

type Params = { path: string[] };

/** Only files that exist in the content folder are served; nothing else reaches the file system. */
export const dynamicParams = false;

/** Static export refuses an empty list; a course without assets gets one placeholder that 404s. */
const PLACEHOLDER: Params = { path: ["_none"] };

export function generateStaticParams(): Params[] {
  const assets = listContentAssets().map((relative) => ({ path: relative.split("/") }));
  return assets.length > 0 ? assets : [PLACEHOLDER];
}

const CONTENT_TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mp3": "audio/mpeg",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
};

/** Serves an image or download that sits next to a lesson in the content folder. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const segments = (await params).path.map((segment) => decodeURIComponent(segment));
  const relative = segments.join("/");
  const body = readContentAsset(relative);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[path.extname(relative).toLowerCase()] ?? "application/octet-stream",
      // An SVG opened on its own must not run script on this origin.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
