import { PageLink } from "@/components/page-link";

export function NotFoundMessage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4">
        There is no such lesson or slide.{" "}
        <PageLink href="/" className="font-medium text-accent underline dark:text-accent-dark">
          Go to the course outline
        </PageLink>
      </p>
    </>
  );
}
