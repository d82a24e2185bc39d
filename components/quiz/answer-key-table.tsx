import { PageLink } from "@/components/page-link";
import type { AnswerKey } from "@/lib/quiz/answer-key";

type Props = { answerKey: AnswerKey };

const CELL = "border-t border-slate-200 px-3 py-2 align-top dark:border-slate-800";
const HEAD = "px-3 py-2 text-left font-semibold";

/**
 * A quiz's answer key as a table, for the instructor (the dev-only `/quizzes/<slug>/key` page):
 * every item with its right answer, the whole explanation, the sources and the slide it teaches.
 */
export function AnswerKeyTable({ answerKey }: Props) {
  const noun = answerKey.kind === "classify" ? "action" : "question";
  const count = `${answerKey.rows.length} ${noun}${answerKey.rows.length === 1 ? "" : "s"}`;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-3 text-left text-base text-slate-700 dark:text-slate-300">
          The right answer to each of the {count}, with its explanation, sources and the slide it teaches
        </caption>
        <thead>
          <tr className="bg-slate-100 dark:bg-slate-900">
            <th scope="col" className={HEAD}>
              #
            </th>
            <th scope="col" className={HEAD}>
              {answerKey.kind === "classify" ? "Action" : "Question"}
            </th>
            <th scope="col" className={HEAD}>
              Answer
            </th>
            <th scope="col" className={HEAD}>
              Explanation
            </th>
            <th scope="col" className={HEAD}>
              Sources
            </th>
            <th scope="col" className={HEAD}>
              Slide
            </th>
          </tr>
        </thead>
        <tbody>
          {answerKey.rows.map((row) => (
            <tr key={row.number}>
              <td className={`${CELL} numerals-tabular`}>{row.number}</td>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                {row.item}
              </th>
              <td className={CELL}>{row.answer}</td>
              <td className={CELL}>{row.explanation || <span className="text-slate-700 dark:text-slate-300">none written</span>}</td>
              <td className={CELL}>
                {row.sources.length === 0 ? (
                  <span className="text-slate-700 dark:text-slate-300">none</span>
                ) : (
                  <ul className="space-y-1">
                    {row.sources.map((source, index) => (
                      <li key={index}>
                        <a href={source.url} className="text-accent underline dark:text-accent-dark" rel="noopener noreferrer">
                          {source.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={CELL}>
                {row.slide ? (
                  <>
                    <PageLink href={row.slide.href} className="text-accent underline dark:text-accent-dark">
                      {row.slide.title}
                    </PageLink>
                    {row.slide.suggested && <span className="text-slate-700 dark:text-slate-300"> (suggested: no Lesson: line)</span>}
                  </>
                ) : (
                  <span className="text-slate-700 dark:text-slate-300">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
