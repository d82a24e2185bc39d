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

/** A segment decoded once more, or undefined when it does not decode (`100%.png` has no `%XX`). */
function decodeOnce(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Serves an image or download that sits next to a lesson in the content folder. Next hands the
 * segments over decoded, so they are looked up as they are; still encoded ones (if a Next version
 * ever hands those over) are decoded once more. A name that does not decode is no file: a 404,
 * never a URIError (which failed the build of a course with a file named `100%.txt`).
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const segments = (await params).path;
  const decoded = segments.map(decodeOnce);
  const candidates = decoded.includes(undefined) ? [segments.join("/")] : [segments.join("/"), decoded.join("/")];
  for (const relative of candidates) {
    const body = readContentAsset(relative);
    if (!body) continue;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": CONTENT_TYPES[path.extname(relative).toLowerCase()] ?? "application/octet-stream",
        // An SVG opened on its own must not run script on this origin.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
  return new Response("Not found", { status: 404 });
}
