/**
 * Next's static export refuses a dynamic route whose `generateStaticParams` returns nothing ("returned
 * an empty array"), yet a course may have no quizzes, no lessons or no files beside its lessons. Such
 * a route then gets one placeholder page, which answers 404 like any unknown address.
 */
export const PLACEHOLDER_SLUG = "_none";

export function atLeastOne<Params>(params: Params[], placeholder: Params): Params[] {
  return params.length > 0 ? params : [placeholder];
}

/**
 * The params a data route (a slide's HTML, a lesson's titles or notes, the search index's files)
 * prerenders. A static export has no server, so it writes every file. A server build writes none:
 * each is made on its first request and kept (the route is `force-static`), which takes most of the
 * pages out of a large course's build (a lesson of 5 slides has 7 such files, and its search index
 * one per slide). Such a route leaves `dynamicParams` at its default: the export refuses an explicit
 * `true`, and `false` would make the files a server build did not list 404.
 */
export function dataRouteParams<Params>(all: () => Params[]): Params[] {
  return buildsStaticExport() ? all() : [];
}

/** This build is the static export (`npm run build:static`). */
export function buildsStaticExport(): boolean {
  return process.env.PAGEBREAK_STATIC === "1";
}
