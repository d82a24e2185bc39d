"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { focusTarget } from "@/components/slides/focus-target";
import { BASE_PATH } from "@/lib/base-path";
import { cn } from "@/lib/cn";
import { excerptParts } from "@/lib/search/excerpt";
import { isSearchShortcut } from "@/lib/search/keys";
import type { PagefindApi, PagefindHit } from "@/lib/search/pagefind-api";

type Props = { className?: string };

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

/**
 * The course's search box in the header: `/` focuses it, typing lists the slides, guides and quiz
 * items that hold the words, each with its matched words marked. ↓ and ↑ (or Tab) move through the
 * hits, Enter opens one (Enter in the box opens the first), Escape closes the list.
 * On a phone the header keeps to one row, to leave the slide its height: the box is a Search
 * button until the learner asks for it (or presses `/`), and folds back when left empty.
 */
export function CourseSearch({ className }: Props) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<PagefindHit[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchId = useRef(0);
  /** Set while Escape hands focus back to the box, which must not open the list again. */
  const keepClosed = useRef(false);
  const listId = useId();
  const boxId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** Phones only (the box is always shown from the `sm` width up): the box is unfolded. */
  const [unfolded, setUnfolded] = useState(false);

  const showBox = useCallback(() => {
    flushSync(() => setUnfolded(true));
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      if (!isSearchShortcut(event, focusTarget(event.target))) return;
      event.preventDefault();
      showBox();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [showBox]);

  const runSearch = useCallback(async (term: string) => {
    const id = ++searchId.current;
    if (!term.trim()) {
      setHits([]);
      setStatus("idle");
      return;
    }
    setStatus("loading");
    try {
      const api = await loadPagefind();
      const found = await api.search(term);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
      if (id !== searchId.current) return;
      setHits(data);
      setStatus("ready");
    } catch {
      if (id === searchId.current) setStatus("failed");
    }
  }, []);

  const links = () => [...(listRef.current?.querySelectorAll("a") ?? [])];

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      // A closed list opens first; the next ↓ goes into it.
      if (open) links()[0]?.focus();
      else setOpen(true);
    } else if (event.key === "Enter" && hits[0]) {
      // No <form>: Enter in the box opens the first hit.
      event.preventDefault();
      window.location.assign(hits[0].url);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (open && query) setOpen(false);
      else if (query) setQuery("");
      else if (unfolded && buttonRef.current?.checkVisibility()) {
        // An empty box on a phone folds back into its button.
        setUnfolded(false);
        buttonRef.current.focus();
      }
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      keepClosed.current = true;
      inputRef.current?.focus();
      keepClosed.current = false;
    }
  };

  const showList = open && query.trim() !== "";
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
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label="Search the course"
        aria-expanded={unfolded}
        aria-controls={boxId}
        onClick={() => (unfolded ? setUnfolded(false) : showBox())}
        className="ml-auto inline-flex size-8 items-center justify-center rounded-md border border-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent sm:hidden dark:border-slate-600 dark:hover:bg-slate-800 dark:focus-visible:outline-accent-dark"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
      </button>
      <search
        id={boxId}
        className={cn("relative", unfolded ? "" : "max-sm:hidden", className)}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setOpen(false);
          // Folds on a phone when left empty; not when the learner is pressing the button, which folds it.
          if (!query.trim() && event.relatedTarget !== buttonRef.current) setUnfolded(false);
        }}
      >
        <input
          ref={inputRef}
          type="search"
          aria-label="Search the course"
          aria-controls={listId}
          aria-keyshortcuts="/"
          placeholder="Search  /"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onFocus={() => {
            if (!keepClosed.current) setOpen(true);
            void loadPagefind().catch(() => undefined);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            void runSearch(event.target.value);
          }}
          onKeyDown={onInputKeyDown}
          onClick={() => setOpen(true)}
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 placeholder:text-slate-500 focus:outline-2 focus:outline-offset-1 focus:outline-accent dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:focus:outline-accent-dark"
        />
        <div
          hidden={!showList}
          className="absolute right-0 left-0 z-40 mt-1 max-h-[70vh] min-w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg sm:left-auto sm:w-[28rem] dark:border-slate-600 dark:bg-slate-900"
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
                  <span className="block text-xs text-slate-600 dark:text-slate-300">
                    {[hit.meta.label, hit.meta.lesson].filter(Boolean).join(": ")}
                  </span>
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
      </search>
    </>
  );
}
