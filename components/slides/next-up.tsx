import Link from "next/link";

export type NextUpProps = {
  /** The next page in course order, or undefined at the end of the course. */
  next?: { href: string; title: string; kindLabel?: string };
};

/** Shown under the last slide: where the course goes from here. */
export function NextUp({ next }: NextUpProps) {
  return (
    <div className="no-print mt-10 rounded-lg border border-accent/30 bg-accent-soft p-4 dark:border-accent-dark/40 dark:bg-slate-900">
      {next ? (
        <Link href={next.href} className="font-medium text-accent-strong underline dark:text-accent-dark">
          Next: {next.kindLabel ? `${next.kindLabel}: ` : ""}
          {next.title}
        </Link>
      ) : (
        <p>
          That was the last page of the course.{" "}
          <Link href="/" className="font-medium text-accent-strong underline dark:text-accent-dark">
            Back to the course outline
          </Link>
        </p>
      )}
    </div>
  );
}
