"use client";

import { useEffect, useState } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { slideTitlesHref } from "@/lib/routes";

type Props = {
  slug: string;
  total: number;
  current: number;
  onChoose: (slide: number) => void;
};

type Titles = { state: "loading" } | { state: "ready"; titles: string[] } | { state: "failed" };

/** Every slide of the lesson by its title, the current one marked; choosing one goes there. */
export function SlideOverview({ slug, total, current, onChoose }: Props) {
  const [titles, setTitles] = useState<Titles>({ state: "loading" });

  useEffect(() => {
    let cancelled = false;
    fetch(`${BASE_PATH}${slideTitlesHref(slug)}`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: unknown) => {
        const list = typeof data === "object" && data !== null && "titles" in data && Array.isArray(data.titles) ? data.titles : undefined;
        if (!cancelled) setTitles(list?.every((title) => typeof title === "string") ? { state: "ready", titles: list } : { state: "failed" });
      })
      .catch(() => !cancelled && setTitles({ state: "failed" }));
    return () => {
      cancelled = true;
    };
  }, [slug]);

  const names = titles.state === "ready" ? titles.titles : Array.from({ length: total }, (_, index) => `Slide ${index + 1}`);
  return (
    <>
      {titles.state === "failed" && <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">The slide titles could not be loaded; the slides are listed by number.</p>}
      <ol className="space-y-1">
        {names.map((name, index) => {
          const number = index + 1;
          const isCurrent = number === current;
          return (
            <li key={number}>
              <button
                type="button"
                data-autofocus={isCurrent ? "" : undefined}
                aria-current={isCurrent ? "true" : undefined}
                onClick={() => onChoose(number)}
                className="flex min-h-11 w-full items-baseline gap-3 rounded-lg px-3 py-2 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent aria-[current]:bg-accent-soft aria-[current]:font-semibold dark:hover:bg-slate-800 dark:aria-[current]:bg-slate-800"
              >
                <span className="w-8 shrink-0 text-right numerals-tabular text-slate-600 dark:text-slate-400">{number}</span>
                <span className="min-w-0 break-words">{name}</span>
                {isCurrent && <span className="ml-auto shrink-0 text-sm font-normal text-slate-600 dark:text-slate-300">(current)</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
