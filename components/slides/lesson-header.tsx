import { PageLink } from "@/components/page-link";
import type { CourseEntry } from "@/lib/content/course";

type Props = { entry: CourseEntry; sectionTitle?: string; children?: React.ReactNode };

const KIND_LABELS: Record<CourseEntry["kind"], string> = { lesson: "Lesson", "hands-on": "Hands-on guide", quiz: "Quiz" };

/** Breadcrumb, title and view switch above a lesson. */
export function LessonHeader({ entry, sectionTitle, children }: Props) {
  return (
    <header className="mb-6">
      <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-600 dark:text-slate-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <PageLink href="/" className="underline hover:text-accent dark:hover:text-accent-dark">
              Course outline
            </PageLink>
          </li>
          {sectionTitle && (
            <li>
              <span aria-hidden="true">/ </span>
              {sectionTitle}
            </li>
          )}
        </ol>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{KIND_LABELS[entry.kind]}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{entry.title}</h1>
      {children && <div className="no-print mt-3 text-sm">{children}</div>}
    </header>
  );
}
