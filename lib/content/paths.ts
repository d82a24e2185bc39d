import path from "node:path";

/** Files a content folder may serve next to its lessons (images, downloads). */
export const ASSET_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".pdf", ".mp4", ".webm", ".mp3", ".txt", ".zip"]);

/** URLs with a scheme (`https:`, `mailto:`), protocol-relative URLs and in-page anchors are not files. */
const EXTERNAL_URL_RE = /^([a-z][a-z\d+.-]*:|\/\/|#)/i;

/** Characters a browser does not keep as they are in a URL's path. */
const UNSAFE_URL_CHARACTER_RE = /[\\\t\n\r]/g;

/** A URL from a lesson that points at a file of the course or the site. */
export interface ContentUrl {
  /** The file's path relative to the content folder (or, for a root path, to the site root). */
  relative: string;
  /** True for `/assets/x.png`: looked up in the content folder, then in `public/`. */
  fromRoot: boolean;
  /**
   * The path as written, still percent-encoded, for root paths served from `public/`. `\`, tabs and
   * line breaks are encoded too: a browser reads `\` as `/` and drops the others, so `/\host` or
   * `/<tab>/host` would name another site. Decoding it would turn `/%2Fhost` into `//host`.
   */
  path: string;
  /** `?query#hash` kept from the original URL. */
  suffix: string;
}

/**
 * Resolves a URL written in `entryFile` against the content folder. Undefined for external URLs,
 * undecodable ones, and paths that climb out of the folder. Pure string work (posix paths).
 */
export function resolveContentUrl(entryFile: string, url: string): ContentUrl | undefined {
  if (url === "" || EXTERNAL_URL_RE.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const [pathPart, suffix] = cut === -1 ? [url, ""] : [url.slice(0, cut), url.slice(cut)];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (decoded === "") return undefined;
  // As a browser reads it: `%2Fimages/x.png` is relative (its first segment holds a slash).
  const fromRoot = pathPart.startsWith("/");
  const relative = fromRoot
    ? path.posix.normalize(decoded.slice(1))
    : path.posix.normalize(path.posix.join(path.posix.dirname(entryFile), decoded));
  // `/%2Fhost/x` decodes to `//host/x`: not a path of this site, whatever its file name.
  if (relative.startsWith("..") || relative.startsWith("/") || relative === ".") return undefined;
  return { relative, fromRoot, path: pathPart.replace(UNSAFE_URL_CHARACTER_RE, encodeURIComponent), suffix };
}

export function isAssetPath(relative: string): boolean {
  return ASSET_EXTENSIONS.has(path.posix.extname(relative).toLowerCase());
}
