"use client";

import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { cn } from "@/lib/cn";
import { excerptParts } from "@/lib/search/excerpt";
import type { PagefindApi, PagefindHit } from "@/lib/search/pagefind-api";

/** Hits shown at once: enough to choose from, few enough to read. */
const MAX_HITS = 8;
/** Words of context around the matched ones. */
const EXCERPT_WORDS = 24;

type Status = "idle" | "loading" | "ready" | "failed";

let pagefind: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind's script and index the first time the learner reaches for the search box: pages
 * ship none of it before. Record URLs are whole addresses (base path included), hence baseUrl "/".
 */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${BASE_PATH}/pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: "/", excerptLength: EXCERPT_WORDS });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** What the search box (course-search.tsx) asks of its results from its own keys. */
export interface SearchResultsHandle {
  /** The first hit, which Enter in the box opens. */
  firstHit(): PagefindHit | undefined;
  /** Moves focus to the first hit. */
  focusFirstHit(): void;
}

export type SearchResultsProps = {
  ref: Ref<SearchResultsHandle>;
  input: RefObject<HTMLInputElement | null>;
  listId: string;
  query: string;
  open: boolean;
  onClose: () => void;
};

/**
 * The search box's list of hits, and Pagefind behind it. Loaded the first time the learner reaches
 * for the box (course-search.tsx), so no page ships it before: it fetches Pagefind at once, runs a
 * search for each query, and lets ↓ ↑ move through the hits and Escape hand focus back to the box.
 */
export default function SearchResults({ ref, input, listId, query, open, onClose }: SearchResultsProps) {
  // The last answer, and the query it answers: while a newer query is on its way its hits stay shown.
  const [answer, setAnswer] = useState<{ term: string; hits: PagefindHit[]; failed: boolean }>({ term: "", hits: [], failed: false });
  const listRef = useRef<HTMLUListElement>(null);
  const links = () => [...(listRef.current?.querySelectorAll("a") ?? [])];
  const blank = !query.trim();
  const hits = blank ? [] : answer.hits;
  const status: Status = blank ? "idle" : answer.term !== query ? "loading" : answer.failed ? "failed" : "ready";

  useImperativeHandle(ref, () => ({ firstHit: () => hits[0], focusFirstHit: () => links()[0]?.focus() }));

  useEffect(() => {
    void loadPagefind().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!query.trim()) return;
    // A query typed while an earlier search is on its way replaces it: the late answer is dropped.
    let current = true;
    (async () => {
      const api = await loadPagefind();
      const found = await api.search(query);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
      if (current) setAnswer({ term: query, hits: data, failed: false });
    })().catch(() => current && setAnswer({ term: query, hits: [], failed: true }));
    return () => {
      current = false;
    };
  }, [query]);

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  const message =
    status === "loading" && hits.length === 0
      ? "Searching…"
      : status === "failed"
        ? "Search could not load. Try again."
        : status === "ready"
          ? hits.length === 0
            ? `No results for “${query.trim()}”`
            : `${hits.length === MAX_HITS ? `Top ${MAX_HITS}` : hits.length} result${hits.length === 1 ? "" : "s"} for “${query.trim()}”`
          : "";

  return (
    <div
      hidden={!(open && query.trim() !== "")}
      className="absolute right-0 left-0 z-40 mt-1 max-h-[70vh] min-w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-popover sm:left-auto sm:w-[28rem] dark:border-slate-600 dark:bg-slate-900"
    >
      <p role="status" className={cn("px-3 py-2 text-sm text-slate-600 dark:text-slate-300", message ? "" : "sr-only")}>
        {message}
      </p>
      <ul id={listId} ref={listRef} aria-label="Search results" onKeyDown={onListKeyDown} className="divide-y divide-slate-200 dark:divide-slate-700">
        {hits.map((hit) => (
          <li key={hit.url + (hit.meta.title ?? "")}>
            <a
              href={hit.url}
              className="block px-3 py-2 hover:bg-slate-100 focus:bg-accent-soft focus:outline-2 focus:-outline-offset-2 focus:outline-accent dark:hover:bg-slate-800 dark:focus:bg-slate-800 dark:focus:outline-accent-dark"
            >
              <span className="block text-xs text-slate-600 dark:text-slate-300">{[hit.meta.label, hit.meta.lesson].filter(Boolean).join(": ")}</span>
              <span className="block font-medium text-accent dark:text-accent-dark">{hit.meta.title}</span>
              <span className="mt-0.5 block text-sm text-slate-700 dark:text-slate-200">
                {excerptParts(hit.excerpt).map((part, index) =>
                  part.match ? (
                    <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300/90 dark:text-slate-950">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
