import type { ItemStat } from "@/lib/class/aggregate";
import { CELL, DataTable, percent } from "./table";

type Props = { items: ItemStat[] };

/** Every answered quiz item by error rate, hardest first; for multiple choice, the wrong options picked. */
export function ItemsTable({ items }: Props) {
  return (
    <DataTable caption="Quiz items by error rate, hardest first" head={["Item", "Quiz", "Error rate", "Wrong / answered", "Wrong options picked"]} rows={items.length} empty="No answers yet.">
      {items.map((item) => (
        <tr key={`${item.quiz}\0${item.item}`}>
          <th scope="row" className={`${CELL} font-medium`}>
            {item.itemText}
          </th>
          <td className={CELL}>{item.quizTitle}</td>
          <td className={CELL}>{percent(item.errorRate)}</td>
          <td className={CELL}>
            {item.wrong} of {item.answered}
          </td>
          <td className={CELL}>
            {item.wrongOptions.some((option) => option.picked > 0) ? (
              <ul>
                {item.wrongOptions
                  .filter((option) => option.picked > 0)
                  .map((option) => (
                    <li key={option.id}>
                      {option.text}: {option.picked}
                    </li>
                  ))}
              </ul>
            ) : (
              "–"
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
