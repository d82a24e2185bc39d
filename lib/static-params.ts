/**
 * Next's static export refuses a dynamic route whose `generateStaticParams` returns nothing ("returned
 * an empty array"), yet a course may have no quizzes, no lessons or no files beside its lessons. Such
 * a route then gets one placeholder page, which answers 404 like any unknown address.
 */
export const PLACEHOLDER_SLUG = "_none";

export function atLeastOne<Params>(params: Params[], placeholder: Params): Params[] {
  return params.length > 0 ? params : [placeholder];
}
