import type { Dashboard } from "@/lib/class/aggregate";
import { DeleteLearner } from "./delete-learner";
import { CELL, DataTable } from "./table";

type Props = { dashboard: Dashboard; classCode: string };

/** Learners × lessons: the furthest slide each learner reached in each lesson. */
export function ProgressTable({ dashboard, classCode }: Props) {
  const { learners, lessons, progress } = dashboard;
  return (
    <DataTable caption="Reading progress by learner and lesson" head={["Learner", ...lessons.map((lesson) => lesson.title), "Data"]} rows={learners.length} empty="Nobody has joined yet.">
      {learners.map((learner) => (
        <tr key={learner.id}>
          <th scope="row" className={`${CELL} font-medium`}>
            {learner.displayName}
          </th>
          {lessons.map((lesson) => {
            const cell = progress[learner.id]?.[lesson.slug];
            return (
              <td key={lesson.slug} className={CELL}>
                {!cell || cell.reached === 0 ? "–" : cell.finished ? "✓ finished" : `${cell.reached} of ${cell.slides}`}
              </td>
            );
          })}
          <td className={CELL}>
            <DeleteLearner classCode={classCode} learnerId={learner.id} displayName={learner.displayName} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
