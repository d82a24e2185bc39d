"use client";

import { useCallback, useEffect, useState } from "react";
import { pageUrl } from "@/lib/base-path";
import { presenterSearch, slideHref } from "@/lib/routes";
import { shortcutAction, targetSlide } from "@/lib/slides/keys";
import { slideWindow, type SlideHtml } from "@/lib/slides/window";
import { ElapsedTimer } from "./elapsed-timer";
import { focusTarget } from "./focus-target";
import { SlideControl } from "./slide-control";
import { usePresenterSync } from "./use-presenter-sync";
import { useSlideCache } from "./use-slide-cache";
import { useSlideNotes } from "./use-slide-notes";

type Props = {
  slug: string;
  lessonTitle: string;
  total: number;
  /** The slide the view opens at. */
  start: number;
};

const NO_SLIDES: SlideHtml[] = [];

/** Fades the foot of the next slide's preview when it is cut short, so it does not look whole. */
function markClipped(element: HTMLDivElement | null) {
  if (!element) return;
  const observer = new ResizeObserver(() => element.toggleAttribute("data-clipped", element.scrollHeight > element.clientHeight + 1));
  observer.observe(element);
  if (element.firstElementChild) observer.observe(element.firstElementChild);
  return () => observer.disconnect();
}

const proseClass =
  "prose";
const panelClass = "rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-700";
const panelHeadingClass = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";

/**
 * What the instructor sees while presenting: the current slide, the next one, the current slide's
 * notes, where they are and for how long. It moves with the keys the reader uses, and every
 * audience window of the lesson in this browser moves with it (use-presenter-sync.ts).
 */
export function PresenterConsole({ slug, lessonTitle, total, start }: Props) {
  const [current, setCurrent] = useState(start);
  const loaded = useSlideCache(slug, NO_SLIDES, slideWindow(current, total));
  const notes = useSlideNotes(slug, total);
  const currentHtml = loaded.get(current);
  const nextHtml = current < total ? loaded.get(current + 1) : undefined;
  const currentNotes = notes.state === "ready" ? notes.notes[current - 1] : undefined;

  const goTo = useCallback((slide: number) => {
    if (slide >= 1 && slide <= total) setCurrent(slide);
  }, [total]);
  usePresenterSync(slug, current, goTo);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const command = shortcutAction(event, focusTarget(event.target));
      // The reader's other commands (overview, help…) belong to its own page.
      if (command !== "next" && command !== "previous" && command !== "first" && command !== "last") return;
      event.preventDefault();
      setCurrent((from) => targetSlide(command, from, total));
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [total]);

  useEffect(() => {
    document.title = `Presenter: ${lessonTitle} — slide ${current} of ${total} · Pagebreak`;
    // A reload opens the view where it was. Replaced, not pushed: Back leaves the view.
    window.history.replaceState(null, "", `${window.location.pathname}${presenterSearch(current)}`);
  }, [current, lessonTitle, total]);

  const audienceHref = pageUrl(slideHref(slug, current));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="min-w-0 basis-full sm:flex-1 sm:basis-auto">
          <p className="text-sm text-slate-700 dark:text-slate-300">Presenter view</p>
          <h1 className="text-xl font-semibold tracking-tight">{lessonTitle}</h1>
        </div>
        <ElapsedTimer />
        <a
          href={audienceHref}
          target="_blank"
          className="text-sm underline hover:text-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:hover:text-accent-dark"
        >
          Open audience window
        </a>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <section aria-label={`Current slide, ${current} of ${total}`} className={`${panelClass} lg:row-span-2`}>
          {currentHtml === undefined ? (
            <p className="text-slate-700 dark:text-slate-300">Loading slide {current}…</p>
          ) : (
            <div key={current} className={proseClass} dangerouslySetInnerHTML={{ __html: currentHtml }} />
          )}
        </section>

        <section aria-labelledby="presenter-notes" className={`${panelClass} lg:col-start-2 lg:row-start-2`}>
          <h2 id="presenter-notes" className={panelHeadingClass}>
            Speaker notes
          </h2>
          {notes.state === "loading" ? (
            <p className="text-slate-700 dark:text-slate-300">Loading notes…</p>
          ) : notes.state === "failed" ? (
            <p className="text-amber-900 dark:text-amber-200">The notes could not be loaded. Reload the page to try again.</p>
          ) : currentNotes ? (
            <div key={current} className={`${proseClass} prose-lg`} dangerouslySetInnerHTML={{ __html: currentNotes }} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">No notes for this slide.</p>
          )}
        </section>

        <section aria-labelledby="presenter-next" className={`${panelClass} lg:col-start-2 lg:row-start-1`}>
          <h2 id="presenter-next" className={panelHeadingClass}>
            {current < total ? `Up next: slide ${current + 1}` : "Up next"}
          </h2>
          {current >= total ? (
            <p className="text-slate-700 dark:text-slate-300">The end of the lesson.</p>
          ) : nextHtml === undefined ? (
            <p className="text-slate-700 dark:text-slate-300">Loading slide {current + 1}…</p>
          ) : (
            // A preview to glance at: its links and buttons take no focus and no clicks.
            <div key={current + 1} ref={markClipped} inert className="max-h-72 overflow-hidden data-clipped:[mask-image:linear-gradient(to_bottom,#000_75%,transparent)]">
              <div className={`${proseClass} prose-sm`} dangerouslySetInnerHTML={{ __html: nextHtml }} />
            </div>
          )}
        </section>
      </div>

      {/* Always at hand, at the bottom of the screen, however long the slide. */}
      <nav
        aria-label="Slides"
        className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-[#0b1020]"
      >
        <SlideControl direction="previous" scriptOnly disabled={current <= 1} onGo={() => goTo(current - 1)} />
        <p role="status" className="order-first w-full text-center text-lg font-semibold whitespace-nowrap numerals-tabular sm:order-none sm:w-auto sm:flex-1 sm:text-2xl">
          <span className="sr-only">
            Slide {current} of {total}
          </span>
          <span aria-hidden="true">
            {current} / {total}
          </span>
        </p>
        <SlideControl direction="next" scriptOnly disabled={current >= total} onGo={() => goTo(current + 1)} />
      </nav>
    </div>
  );
}
