import { PageLink } from "@/components/page-link";
import type { EntryLink } from "@/lib/content/navigation";

export type NextUpProps = {
  /** The next page in course order, or undefined at the end of the course. */
  next?: EntryLink;
  /** Quizzes that test this lesson. */
  quizzes?: EntryLink[];
};

const linkClass = "font-medium text-accent-strong underline dark:text-accent-dark";

/** Shown under the last slide: the lesson's quizzes, and where the course goes from here. */
export function NextUp({ next, quizzes = [] }: NextUpProps) {
  return (
    <div className="no-print mt-10 space-y-2 rounded-lg border border-accent/30 bg-accent-soft p-4 dark:border-accent-dark/40 dark:bg-slate-900">
      {quizzes.map((quiz) => (
        <p key={quiz.href}>
          <PageLink href={quiz.href} className={linkClass}>
            Take the quiz: {quiz.title}
          </PageLink>
        </p>
      ))}
      {next ? (
        <p>
          <PageLink href={next.href} className={linkClass}>
            Next: {next.kindLabel ? `${next.kindLabel}: ` : ""}
            {next.title}
          </PageLink>
        </p>
      ) : (
        <p>
          That was the last page of the course.{" "}
          <PageLink href="/" className={linkClass}>
            Back to the course outline
          </PageLink>
        </p>
      )}
    </div>
  );
}
