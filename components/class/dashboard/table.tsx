import type { ReactNode } from "react";

type Props = { caption: string; head: string[]; children: ReactNode; empty?: string; rows: number };

/** A plain data table with a caption, scrolling sideways on a narrow screen. */
export function DataTable({ caption, head, children, empty, rows }: Props) {
  if (rows === 0) return <p className="text-slate-700 dark:text-slate-300">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th key={label} scope="col" className="border-b border-slate-300 px-2 py-2 font-semibold dark:border-slate-600">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const CELL = "border-b border-slate-200 px-2 py-2 align-top dark:border-slate-700";

/** A share as a whole percent, with a space before the sign (as the rest of the app writes it). */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
