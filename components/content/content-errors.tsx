import { formatContentError, type ContentError } from "@/lib/content/errors";

type Props = { title: string; errors: ContentError[]; className?: string };

/**
 * The checker's findings on the page itself, while a course is being edited (`npm run dev`): a
 * production build never gets here, because it stops on the same errors.
 */
export function ContentErrors({ title, errors, className }: Props) {
  return (
    <section aria-labelledby="content-errors" className={className}>
      <div className="rounded-lg border-2 border-rose-700 p-4 dark:border-rose-400">
        <h2 id="content-errors" className="text-lg font-semibold text-rose-900 dark:text-rose-200">
          <span aria-hidden="true">⚠ </span>
          {title}
        </h2>
        <ul className="mt-3 space-y-1 font-mono text-sm">
          {errors.map((error) => (
            <li key={formatContentError(error)} className="break-words">
              {formatContentError(error)}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">Fix the file and reload this page; the rest of the course keeps working meanwhile.</p>
      </div>
    </section>
  );
}
