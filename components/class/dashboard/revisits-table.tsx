import { PageLink } from "@/components/page-link";
import type { RevisitStat } from "@/lib/class/aggregate";
import { CELL, DataTable } from "./table";

type Props = { revisits: RevisitStat[] };

/** The slides learners went back to from a wrong answer's Revisit link, most visited first. */
export function RevisitsTable({ revisits }: Props) {
  return (
    <DataTable caption="Slides revisited after wrong answers" head={["Slide", "Visits", "Learners"]} rows={revisits.length} empty="Nobody has followed a Revisit link yet.">
      {revisits.map((revisit) => (
        <tr key={revisit.href}>
          <th scope="row" className={`${CELL} font-medium`}>
            <PageLink href={revisit.href} className="underline">
              {revisit.title}
            </PageLink>
          </th>
          <td className={CELL}>{revisit.visits}</td>
          <td className={CELL}>{revisit.learners}</td>
        </tr>
      ))}
    </DataTable>
  );
}
