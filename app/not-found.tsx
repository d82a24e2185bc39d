import { PageLink } from "@/components/page-link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4">
        There is no such lesson or slide.{" "}
        <PageLink href="/" className="font-medium text-accent underline dark:text-accent-dark">
          Go to the course outline
        </PageLink>
      </p>
      {process.env.NODE_ENV === "development" && (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          Just added this file? The development server refreshes its list of pages on the first visit: reload once.
        </p>
      )}
    </>
  );
}
