import type { QuizScores } from "@/lib/class/aggregate";
import { CELL, DataTable } from "./table";

type Props = { scores: QuizScores[] };

/** Per quiz: rounds finished, the learners' mean last score, and each learner's best and last. */
export function ScoresTable({ scores }: Props) {
  return (
    <DataTable caption="Scores per quiz" head={["Quiz", "Rounds", "Mean last score", "Learners (best, last)"]} rows={scores.length} empty="The course has no quizzes.">
      {scores.map((quiz) => (
        <tr key={quiz.quiz}>
          <th scope="row" className={`${CELL} font-medium`}>
            {quiz.quizTitle}
          </th>
          <td className={CELL}>{quiz.attempts}</td>
          <td className={CELL}>{quiz.averageLast === undefined ? "–" : `${quiz.averageLast} %`}</td>
          <td className={CELL}>
            {quiz.learners.length === 0 ? (
              "–"
            ) : (
              <ul>
                {quiz.learners.map((learner) => (
                  <li key={learner.learnerId}>
                    {learner.displayName}: {learner.best} %, {learner.last} %
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
