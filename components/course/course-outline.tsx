import { PageLink } from "@/components/page-link";
import type { CourseEntry, Section } from "@/lib/content/course";
import { entryHref, linkKindLabel, sizeLabel } from "@/lib/content/navigation";
import type { QuizSignature } from "@/lib/quiz/saved";
import { EntryProgress } from "./entry-progress";
import { QuizProgress } from "./quiz-progress";
import { SectionFold } from "./section-fold";

type Props = {
  sections: Section[];
  /** The id of each section's heading, in the same order (`sectionAnchors`), for the jump list. */
  anchors: string[];
  /** Each quiz as it is now, by slug, so its saved session is only shown when the quiz would resume it. */
  quizzes: Record<string, QuizSignature>;
};

const KIND_LABELS: Record<CourseEntry["kind"], string | undefined> = {
  lesson: undefined,
  "hands-on": "Hands-on",
  quiz: "Quiz",
};

/**
 * The course outline: sections in order, each with its lessons, their hands-on guides, then
 * quizzes. Each section folds away, and stays folded on the next visit, so a course of a thousand
 * lessons stays navigable. Named by the page's heading, so it reads as "Course outline, list".
 */
export function CourseOutline({ sections, anchors, quizzes }: Props) {
  return (
    <ol aria-labelledby="outline-heading" className="space-y-8">
      {sections.map((section, index) => (
        <li key={section.key}>
          <SectionFold sectionKey={section.key}>
            <summary className="flex cursor-pointer list-none items-baseline gap-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="inline-block w-4 text-slate-500 transition-transform group-open:rotate-90">
                ▸
              </span>
              <h2 id={anchors[index]} className="scroll-mt-4 text-xl font-semibold">
                {section.title}
              </h2>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                ({sectionSize(section)})
              </span>
            </summary>
            {section.description && <p className="mt-1 text-slate-700 dark:text-slate-300">{section.description}</p>}
            <ol className="mt-4 space-y-3">
              {section.items.map((item) => (
                <li key={item.entry.slug}>
                  <EntryCard entry={item.entry} quizzes={quizzes} />
                  {item.handsOn.length > 0 && (
                    <ol className="mt-2 ml-6 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
                      {item.handsOn.map((guide) => (
                        <li key={guide.slug}>
                          <EntryCard entry={guide} quizzes={quizzes} />
                        </li>
                      ))}
                    </ol>
                  )}
                </li>
              ))}
              {section.quizzes.map((quiz) => (
                <li key={quiz.slug}>
                  <EntryCard entry={quiz} quizzes={quizzes} />
                </li>
              ))}
            </ol>
          </SectionFold>
        </li>
      ))}
    </ol>
  );
}

/** "3 pages" in a section: lessons, guides and quizzes. */
function sectionSize(section: Section): string {
  const count = section.items.reduce((sum, item) => sum + 1 + item.handsOn.length, 0) + section.quizzes.length;
  return `${count} ${count === 1 ? "page" : "pages"}`;
}

function EntryCard({ entry, quizzes }: { entry: CourseEntry; quizzes: Props["quizzes"] }) {
  const kindLabel = KIND_LABELS[entry.kind];
  const signature = Object.hasOwn(quizzes, entry.slug) ? quizzes[entry.slug] : undefined;
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <PageLink
          href={entryHref(entry)}
          className="text-lg font-medium text-accent underline-offset-2 hover:underline dark:text-accent-dark"
        >
          {linkKindLabel(entry) && <span className="sr-only">{linkKindLabel(entry)}: </span>}
          {entry.title}
        </PageLink>
        {entry.quiz ? (
          signature && <QuizProgress slug={entry.slug} signature={signature} />
        ) : (
          <EntryProgress slug={entry.slug} title={entry.title} slideCount={entry.slides.length} />
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {kindLabel && (
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            {kindLabel}
          </span>
        )}
        {sizeLabel(entry)}
        {entry.description && <> · {entry.description}</>}
      </p>
    </div>
  );
}
