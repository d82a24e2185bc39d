"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useSyncExternalStore, type TouchEvent } from "react";
import { BASE_PATH, TRAILING_SLASH } from "@/lib/base-path";
import { lastSaveFailed, saveSlideReached, subscribeToReadingProgress } from "@/lib/progress/storage";
import { slideHref } from "@/lib/routes";
import { shortcutAction, slideFromPathname, swipeAction, targetSlide, type SlideAction } from "@/lib/slides/keys";
import { SLIDE_FETCH_RADIUS, slideWindow, type SlideHtml } from "@/lib/slides/window";
import { useSlideCache } from "./use-slide-cache";
import { NextUp, type NextUpProps } from "./next-up";
import { SlideControl } from "./slide-control";

type Props = {
  slug: string;
  lessonTitle: string;
  /** The lesson's length. */
  total: number;
  /** The sanitized HTML of the slides around this page's (lib/slides/window.ts), rendered at build time. */
  slides: SlideHtml[];
  /** The slide this page's URL names; the URL stays the truth once the reader moves. */
  initialSlide: number;
  next?: NextUpProps["next"];
  quizzes?: NextUpProps["quizzes"];
};

const noSubscription = () => () => {};

/**
 * The paged reader. The server renders the slides around this page's with all but one hidden, and
 * the reader fetches the slides around each new one as it moves, so turning a page is a history
 * entry and an attribute change: the slide is already there.
 */
export function SlideDeck({ slug, lessonTitle, total, slides, initialSlide, next, quizzes }: Props) {
  const pathname = usePathname();
  const fromUrl = slideFromPathname(pathname);
  const current = fromUrl !== undefined && fromUrl >= 1 && fromUrl <= total ? fromUrl : initialSlide;
  // Links work without JavaScript; once it runs, they become buttons that switch in place.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const saveFailed = useSyncExternalStore(subscribeToReadingProgress, lastSaveFailed, () => false);
  const slideRefs = useRef(new Map<number, HTMLElement>());
  const loaded = useSlideCache(slug, slides, slideWindow(current, total, SLIDE_FETCH_RADIUS));
  const currentLoaded = loaded.has(current);
  const shownSlide = useRef(current);
  const touchStart = useRef<{ x: number; y: number } | undefined>(undefined);

  // The URL updates the render a moment after pushState; keys pressed faster than that must still
  // count from the slide they asked for, not from the one still on screen.
  const requested = useRef(current);
  useEffect(() => {
    requested.current = current;
  }, [current]);

  const act = useCallback(
    (action: SlideAction) => {
      const slide = targetSlide(action, requested.current, total);
      if (slide === requested.current) return;
      requested.current = slide;
      // Saved now, not when the slide renders: the router may skip rendering a slide passed by
      // quick key presses, and the learner still reached it.
      saveSlideReached(slug, slide, total);
      window.history.pushState(null, "", `${BASE_PATH}${slideHref(slug, slide)}${TRAILING_SLASH ? "/" : ""}`);
    },
    [slug, total],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const action = shortcutAction(event, focusTarget(event.target));
      if (!action) return;
      event.preventDefault();
      act(action);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [act]);

  useEffect(() => {
    document.title = `${lessonTitle} — slide ${current} of ${total} · Pagebreak`;
    saveSlideReached(slug, current, total);
    if (shownSlide.current === current || !currentLoaded) return;
    shownSlide.current = current;
    // Take the reader (and a screen reader's cursor) to the top of the new slide.
    const slide = slideRefs.current.get(current);
    const heading = slide?.querySelector<HTMLElement>("h1, h2, h3, h4, h5, h6");
    const target = heading ?? slide;
    if (!target) return;
    if (target === heading) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    slide?.scrollIntoView({ block: "nearest" });
  }, [current, currentLoaded, lessonTitle, slug, total]);

  function onTouchStart(event: TouchEvent) {
    const touch = event.touches[0];
    touchStart.current = touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : undefined;
  }

  function onTouchEnd(event: TouchEvent) {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = undefined;
    if (!start || !touch) return;
    const action = swipeAction(touch.clientX - start.x, touch.clientY - start.y);
    if (action) act(action);
  }

  return (
    <div>
      <div className="no-print mb-4 flex items-center gap-3">
        <p role="status" className="shrink-0 text-sm tabular-nums text-slate-700 dark:text-slate-300">
          <span className="sr-only">
            Slide {current} of {total}
          </span>
          <span aria-hidden="true">
            {current} / {total}
          </span>
        </p>
        <progress
          aria-hidden="true"
          value={current}
          max={total}
          className="h-1.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-transparent [&::-webkit-progress-value]:bg-accent dark:[&::-webkit-progress-value]:bg-accent-dark"
        />
      </div>

      <div data-slide-deck onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
        {[...loaded].map(([number, html]) => (
          <section
            key={number}
            ref={(element) => {
              if (element) slideRefs.current.set(number, element);
              else slideRefs.current.delete(number);
            }}
            hidden={number !== current}
            aria-label={`Slide ${number} of ${total}`}
            tabIndex={-1}
            className="min-h-[50vh] focus:outline-none"
          >
            <div
              className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-4 prose-a:text-accent dark:prose-a:text-accent-dark prose-pre:bg-slate-100 prose-pre:text-slate-900 dark:prose-pre:bg-slate-900 dark:prose-pre:text-slate-100"
              dangerouslySetInnerHTML={{ __html: html }}
            />
            {number === total && <NextUp next={next} quizzes={quizzes} />}
          </section>
        ))}
        {!currentLoaded && (
          <section aria-label={`Slide ${current} of ${total}`} className="min-h-[50vh]">
            {/* Only after a jump past the slides already fetched, or offline: a link always works. */}
            <p className="text-slate-700 dark:text-slate-300">
              Loading slide {current}…{" "}
              <a href={`${BASE_PATH}${slideHref(slug, current)}${TRAILING_SLASH ? "/" : ""}`} className="underline">
                Open it
              </a>
            </p>
          </section>
        )}
      </div>

      {saveFailed && (
        <p className="no-print mt-4 text-sm text-amber-900 dark:text-amber-200">
          This browser did not let Pagebreak save your place (storage is full or turned off).
        </p>
      )}

      <nav aria-label="Slides" className="no-print mt-8 flex items-center justify-between gap-4">
        <SlideControl direction="previous" enhanced={enhanced} href={current > 1 ? slideHref(slug, current - 1) : undefined} onGo={() => act("previous")} />
        <SlideControl direction="next" enhanced={enhanced} href={current < total ? slideHref(slug, current + 1) : undefined} onGo={() => act("next")} />
      </nav>
    </div>
  );
}

function focusTarget(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return undefined;
  const scrolls = target.matches("pre, .table-scroll") && target.scrollWidth > target.clientWidth;
  return { tagName: target.tagName, isContentEditable: target.isContentEditable, role: target.getAttribute("role"), scrollsSideways: scrolls };
}
