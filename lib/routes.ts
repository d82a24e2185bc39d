/**
 * URLs of the reader's pages, without the base path (`pageUrl` in lib/base-path.ts adds it). One place, so the
 * route folders in app/ and every link agree.
 */
export function slideHref(slug: string, slide: number): string {
  return `/lessons/${encodeURIComponent(slug)}/${slide}`;
}

/** One slide's HTML as JSON, which the reader fetches for slides its page does not carry. */
export function slideDataHref(slug: string, slide: number): string {
  return `${slideHref(slug, slide)}/slide.json`;
}

/** The titles of a lesson's slides as JSON, for the slide overview. */
export function slideTitlesHref(slug: string): string {
  return `/lessons/${encodeURIComponent(slug)}/slides.json`;
}

/** The presenter view's URL query names its slide: `?slide=3`. A static host has no server to read it. */
export const PRESENTER_SLIDE_PARAM = "slide";

/** The presenter view of a lesson (current and next slide, notes, timer), opening at `slide`. */
export function presenterHref(slug: string, slide = 1): string {
  return `/lessons/${encodeURIComponent(slug)}/presenter${presenterSearch(slide)}`;
}

/** The query that opens the presenter view at `slide` (nothing for the first). */
export function presenterSearch(slide: number): string {
  return slide > 1 ? `?${PRESENTER_SLIDE_PARAM}=${slide}` : "";
}

/** A lesson's speaker notes as JSON, which only the presenter view fetches. */
export function notesDataHref(slug: string): string {
  return `/lessons/${encodeURIComponent(slug)}/notes.json`;
}

/** A quiz's items, options and explanations as JSON, which the quiz page fetches once it runs. */
export function quizDataHref(slug: string): string {
  return `/quizzes/${encodeURIComponent(slug)}/quiz.json`;
}

export function onePageHref(slug: string): string {
  return `/lessons/${encodeURIComponent(slug)}/all`;
}

/** Where a file from the content directory (an image next to a lesson) is served. */
export function contentAssetHref(relativePath: string): string {
  return `/content-assets/${relativePath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Reads a 1-based slide number from a URL segment; anything but a plain positive integer is not one. */
export function parseSlideNumber(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : undefined;
}

/** A quiz's page. */
export function quizHref(slug: string): string {
  return `/quizzes/${encodeURIComponent(slug)}`;
}
