"use client";

import { lazyPart } from "@/components/lazy-part";
import { PageLink } from "@/components/page-link";
import { usePathname } from "next/navigation";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type TouchEvent } from "react";
import { pageUrl } from "@/lib/base-path";
import { lastSaveFailed, saveSlideReached, subscribeToReadingProgress } from "@/lib/progress/storage";
import { onePageHref, presenterHref, slideHref } from "@/lib/routes";
import { isSlideAction, shortcutAction, slideFromPathname, swipeAction, targetSlide, type ReaderCommand } from "@/lib/slides/keys";
import { slideWindow, type SlideHtml } from "@/lib/slides/window";
import { whenIdle } from "@/lib/when-idle";
import { focusTarget } from "./focus-target";
import { NextUp, type NextUpProps } from "./next-up";
import type { OpenDialog } from "./reader-dialogs";
import { SlideControl } from "./slide-control";
import { SlideSection } from "./slide-section";
import { usePresenting } from "./use-presenting";
import { useSlideCache } from "./use-slide-cache";

type Props = {
  slug: string;
  lessonTitle: string;
  /** "Lesson", "Hands-on guide". */
  kindLabel: string;
  sectionTitle?: string;
  /** True when the first slide opens with a heading that says the title again: the title is not shown twice. */
  titleRepeated: boolean;
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
const loadReaderDialogs = () => import("./reader-dialogs");
const ReaderDialogs = lazyPart(loadReaderDialogs);
const PresenterSync = lazyPart(() => import("./presenter-sync"));

/**
 * The slide stage. The slide fills the space between a slim lesson bar and a control bar that
 * never moves; long slides scroll inside the stage. The server renders the slides around this
 * page's with all but one hidden, and the reader fetches the slides around each new one as it
 * moves, so turning a page is a history entry and an attribute change: the slide is already there.
 */
export function SlideDeck({ slug, lessonTitle, kindLabel, sectionTitle, titleRepeated, total, slides, initialSlide, next, quizzes }: Props) {
  const pathname = usePathname();
  const slideIn = useCallback((path: string) => {
    const fromUrl = slideFromPathname(path);
    return fromUrl !== undefined && fromUrl >= 1 && fromUrl <= total ? fromUrl : undefined;
  }, [total]);
  // The slide on screen: the URL's when the deck mounts (Back may bring this page back under
  // another slide's URL), then each turn's (see goTo), and the URL's again after Back or Forward.
  const [current, setCurrent] = useState(() => slideIn(pathname) ?? initialSlide);
  useEffect(() => {
    const onPopState = () => {
      const fromUrl = slideIn(window.location.pathname);
      if (fromUrl !== undefined) setCurrent(fromUrl);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [slideIn]);
  // True once this script runs (the server renders false): the keyboard shortcuts work from then on.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const saveFailed = useSyncExternalStore(subscribeToReadingProgress, lastSaveFailed, () => false);
  const slideRefs = useRef(new Map<number, HTMLElement>());
  const stageRef = useRef<HTMLDivElement>(null);
  const shownSlide = useRef(current);
  const touchStart = useRef<{ x: number; y: number } | undefined>(undefined);
  const loaded = useSlideCache(slug, slides, slideWindow(current, total));
  const currentLoaded = loaded.has(current);
  const [dialog, setDialog] = useState<OpenDialog>(undefined);
  // Mounted from the first opening on (see reader-dialogs.tsx).
  const [dialogsMounted, setDialogsMounted] = useState(false);
  const openDialog = useCallback((which: "overview" | "help") => {
    setDialogsMounted(true);
    setDialog(which);
  }, []);
  // The dialogs' code arrives while the reader is idle, so the first `o` or `?` opens at once.
  useEffect(() => whenIdle(() => void loadReaderDialogs()), []);
  const nextUp = useMemo(() => <NextUp next={next} quizzes={quizzes} />, [next, quizzes]);
  const registerSlide = useCallback((number: number, element: HTMLElement | null) => {
    if (element) slideRefs.current.set(number, element);
    else slideRefs.current.delete(number);
  }, []);

  // Keys pressed faster than React renders must still count from the slide they asked for, not
  // from the one still on screen.
  const requested = useRef(current);
  /** The slide last saved as reached: a turn saves its own (goTo), the page's first and Back's here. */
  const savedSlide = useRef(0);
  useEffect(() => {
    requested.current = current;
  }, [current]);

  const goTo = useCallback(
    (slide: number) => {
      if (slide === requested.current || slide < 1 || slide > total) return;
      requested.current = slide;
      // Saved now, not when the slide renders: React may skip rendering a slide passed by quick
      // key presses, and the learner still reached it.
      saveSlideReached(slug, slide, total);
      savedSlide.current = slide;
      setCurrent(slide);
      // Next's router re-renders the whole page (head included) for every URL it is told of: the
      // new entry carries the router's own state (`__NA`), which its patched pushState passes
      // through untouched, so a turn costs one slide's render. The router is not told later either:
      // its update would land after the next turns and write its older URL back over theirs. Back
      // and Forward go through it as usual (the entries are its own), and so do links.
      window.history.pushState({ ...window.history.state, __NA: true }, "", pageUrl(slideHref(slug, slide)));
    },
    [slug, total],
  );

  // Once someone presents the lesson, the presenter view and its other windows move with this one.
  const presence = usePresenting(slug);

  const run = useCallback(
    (command: ReaderCommand) => {
      if (isSlideAction(command)) return goTo(targetSlide(command, requested.current, total));
      if (command === "overview" || command === "help") return openDialog(command);
      if (command === "fullscreen") return toggleFullscreen();
      const presenter = pageUrl(presenterHref(slug, requested.current));
      window.open(presenter, `pagebreak-presenter-${slug}`, "popup");
    },
    [goTo, openDialog, slug, total],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Inside a dialog, its own keys (Tab, Escape, Enter) are all that count.
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const command = shortcutAction(event, focusTarget(event.target));
      if (!command) return;
      event.preventDefault();
      run(command);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [run]);

  useEffect(() => {
    const title = `${lessonTitle} — slide ${current} of ${total} · Pagebreak`;
    if (document.title !== title) document.title = title;
    if (savedSlide.current !== current) {
      saveSlideReached(slug, current, total);
      savedSlide.current = current;
    }
    if (shownSlide.current === current || !currentLoaded) return;
    shownSlide.current = current;
    // The new slide shows from its top, and a screen reader's cursor goes to its heading. That focus
    // is the app's, not the learner's: no outline is drawn for it (stage.css).
    stageRef.current?.scrollTo({ top: 0 });
    const slide = slideRefs.current.get(current);
    const heading = slide?.querySelector<HTMLElement>("h1, h2, h3, h4, h5, h6");
    const target = heading ?? slide;
    if (!target) return;
    // Once per heading: an attribute written again on every turn is work for nothing.
    if (target === heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, [current, currentLoaded, lessonTitle, slug, total]);

  function onTouchStart(event: TouchEvent) {
    const touch = event.touches[0];
    // A swipe on a code block or table that scrolls sideways is that element's, not a page turn.
    const scroller = event.target instanceof Element ? event.target.closest<HTMLElement>("pre, .table-scroll") : null;
    const ownsSwipe = scroller !== null && scroller.scrollWidth > scroller.clientWidth;
    touchStart.current = touch && event.touches.length === 1 && !ownsSwipe ? { x: touch.clientX, y: touch.clientY } : undefined;
  }

  function onTouchEnd(event: TouchEvent) {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = undefined;
    if (!start || !touch) return;
    const action = swipeAction(touch.clientX - start.x, touch.clientY - start.y);
    if (action) goTo(targetSlide(action, requested.current, total));
  }

  const titleMode = current === 1 ? (titleRepeated ? "hidden" : "full") : "line";
  return (
    <div data-slide-stage className="slide-stage">
      <header className="slide-stage__bar no-print">
        <div className="mx-auto flex w-full max-w-5xl items-center gap-2 px-4 py-1.5">
          <div className="min-w-0 flex-1">
            <p className="hidden truncate text-xs text-slate-600 sm:block dark:text-slate-400">
              <PageLink href="/" className="underline hover:text-accent dark:hover:text-accent-dark">
                Course outline
              </PageLink>
              {sectionTitle && <span> / {sectionTitle}</span>}
              <span> · {kindLabel}</span>
            </p>
            <h1 className={`slide-stage__title slide-stage__title--${titleMode}`}>{lessonTitle}</h1>
          </div>
          <nav aria-label="Lesson views" className="flex shrink-0 items-center">
            <PageLink href={`${onePageHref(slug)}#slide-${current}`} className="slide-stage__tool">
              <span aria-hidden="true">☰</span>
              <span className="hidden md:inline">Read as one page</span>
              <span className="sr-only md:hidden">Read as one page</span>
            </PageLink>
            {/* In the server's HTML, so hydrating adds nothing; `aria-keyshortcuts` once the keys work. */}
            <button type="button" className="needs-js slide-stage__tool" onClick={() => openDialog("overview")} aria-keyshortcuts={enhanced ? "o" : undefined}>
              <span aria-hidden="true">▦</span>
              <span className="hidden md:inline">Overview</span>
              <span className="sr-only md:hidden">Overview</span>
            </button>
            <button type="button" className="needs-js slide-stage__tool" onClick={() => run("presenter")} aria-keyshortcuts={enhanced ? "p" : undefined}>
              <span aria-hidden="true">◧</span>
              <span className="sr-only">Presenter view</span>
            </button>
            <button type="button" className="needs-js slide-stage__tool" onClick={() => openDialog("help")} aria-keyshortcuts={enhanced ? "?" : undefined}>
              <span aria-hidden="true">?</span>
              <span className="sr-only">Keyboard shortcuts</span>
            </button>
          </nav>
        </div>
      </header>

      {/* Focusable, so a keyboard can scroll a long slide even when no link in it has focus. */}
      <div
        ref={stageRef}
        tabIndex={0}
        role="region"
        aria-label="Slide stage"
        className="slide-stage__scroll"
        data-slide-deck
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        {[...loaded].map(([number, html]) => (
          <SlideSection
            key={number}
            number={number}
            total={total}
            html={html}
            hidden={number !== current}
            register={registerSlide}
            nextUp={number === total ? nextUp : undefined}
          />
        ))}
        {!currentLoaded && (
          <section aria-label={`Slide ${current} of ${total}`} className="slide">
            {/* Only after a jump past the slides already fetched, or offline: a link always works. */}
            <p className="slide__body text-slate-700 dark:text-slate-300">
              Loading slide {current}…{" "}
              <a href={pageUrl(slideHref(slug, current))} className="underline">
                Open it
              </a>
            </p>
          </section>
        )}
      </div>

      <nav aria-label="Slides" className="slide-stage__controls no-print">
        {saveFailed && (
          <p className="mx-auto max-w-5xl px-4 pt-2 text-sm text-amber-900 dark:text-amber-200">
            This browser did not let Pagebreak save your place (storage is full or turned off).
          </p>
        )}
        <div className="mx-auto flex w-full max-w-5xl items-center gap-3 px-4 py-2">
          <SlideControl direction="previous" disabled={current <= 1} pageHref={current > 1 ? slideHref(slug, current - 1) : undefined} onGo={() => run("previous")} />
          <div className="flex min-w-0 flex-1 flex-col items-center gap-1">
            <p role="status" className="text-sm numerals-tabular text-slate-700 dark:text-slate-300">
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
              className="slide-stage__progress"
            />
          </div>
          <SlideControl direction="next" disabled={current >= total} pageHref={current < total ? slideHref(slug, current + 1) : undefined} onGo={() => run("next")} />
        </div>
      </nav>

      {dialogsMounted && (
        <Suspense fallback={null}>
          <ReaderDialogs
            open={dialog}
            onClose={(which) => setDialog((open) => (open === which ? undefined : open))}
            slug={slug}
            total={total}
            current={current}
            onChoose={(slide) => {
              setDialog(undefined);
              goTo(slide);
            }}
          />
        </Suspense>
      )}
      {presence && (
        <Suspense fallback={null}>
          <PresenterSync slug={slug} current={current} goTo={goTo} presence={presence} />
        </Suspense>
      )}
    </div>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen().catch(() => undefined);
}
