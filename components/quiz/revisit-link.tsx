import { PageLink } from "@/components/page-link";
import { reportToClass } from "@/lib/class/browser/record";
import type { Revisit } from "@/lib/quiz/types";

type Props = { revisit?: Revisit };

/**
 * "Revisit: <slide title>" after a wrong answer: the slide that teaches the item, named by the
 * quiz's `Lesson:` line, or the best match in its section, which is said to be a suggestion.
 */
export function RevisitLink({ revisit }: Props) {
  if (!revisit) return null;
  return (
    <p className="mt-3 text-sm">
      <PageLink
        href={revisit.href}
        // Class mode (server builds only; a learner who joined a class): the instructor sees which slides learners go back to.
        onClick={process.env.PAGEBREAK_CLASS === "1" ? () => reportToClass({ kind: "revisit", href: revisit.href }) : undefined}
        className="font-medium text-accent underline dark:text-accent-dark"
      >
        Revisit: {revisit.title}
      </PageLink>
      {revisit.suggested && <span className="text-slate-700 dark:text-slate-300"> (suggested: the slide of this section that best matches the question)</span>}
    </p>
  );
}
