"use client";

import { lazyPart } from "@/components/lazy-part";
import { Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { focusTarget } from "@/components/slides/focus-target";
import { cn } from "@/lib/cn";
import { isSearchShortcut } from "@/lib/search/keys";
import type { SearchResultsProps, SearchResultsHandle } from "./search-results";

type Props = { className?: string };

/** What shows in place of the hits when their code cannot load. */
function SearchUnavailable({ open, query }: SearchResultsProps) {
  return (
    <p role="status" hidden={!(open && query.trim())} className="absolute z-40 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-popover dark:border-slate-600 dark:bg-slate-900">
      Search could not load. Reload the page to try again.
    </p>
  );
}

// The hits and Pagefind behind them load when the learner first reaches for the box: every page
// has the box, few searches are made, so no page pays for them up front.
const loadSearchResults = () => import("./search-results");
const SearchResults = lazyPart(loadSearchResults, SearchUnavailable);

/**
 * The course's search box in the header: `/` focuses it, typing lists the slides, guides and quiz
 * items that hold the words, each with its matched words marked. ↓ and ↑ (or Tab) move through the
 * hits, Enter opens one (Enter in the box opens the first), Escape closes the list.
 * On a phone the header keeps to one row, to leave the slide its height: the box is a Search
 * button until the learner asks for it (or presses `/`), and folds back when left empty. The box
 * and the button are styled in course-search.css, which styles/base.css takes into every page's
 * stylesheet.
 */
export function CourseSearch({ className }: Props) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  /** The learner has reached for the box: its results are loaded and kept. */
  const [wanted, setWanted] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useRef<SearchResultsHandle>(null);
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

  const closeList = useCallback(() => {
    setOpen(false);
    keepClosed.current = true;
    inputRef.current?.focus();
    keepClosed.current = false;
  }, []);

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = results.current?.firstHit();
    if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      // A closed list opens first; the next ↓ goes into it.
      if (open) results.current?.focusFirstHit();
      else setOpen(true);
    } else if (event.key === "Enter" && first) {
      // No <form>: Enter in the box opens the first hit.
      event.preventDefault();
      window.location.assign(first.url);
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

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label="Search the course"
        aria-expanded={unfolded}
        aria-controls={boxId}
        onClick={() => (unfolded ? setUnfolded(false) : showBox())}
        onPointerEnter={() => void loadSearchResults()}
        className="search-toggle"
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
          aria-controls={wanted ? listId : undefined}
          aria-keyshortcuts="/"
          placeholder="Search  /"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onPointerEnter={() => void loadSearchResults()}
          onFocus={() => {
            if (!keepClosed.current) setOpen(true);
            setWanted(true);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onInputKeyDown}
          onClick={() => setOpen(true)}
          className="search-box"
        />
        {wanted && (
          <Suspense fallback={null}>
            <SearchResults ref={results} input={inputRef} listId={listId} query={query} open={open} onClose={closeList} />
          </Suspense>
        )}
      </search>
    </>
  );
}
