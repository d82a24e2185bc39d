"use client";

import { useEffect, useRef } from "react";
import { askedToShow, INITIAL_SYNC, presentChannelName, readSlideMessage, slideMessage, slideShown } from "@/lib/slides/present";

/**
 * Keeps this window on the same slide as the lesson's other windows (the presenter view and any
 * number of audience windows) in this browser, with no server: a BroadcastChannel per lesson.
 * When the local reader moves, the others are told; when another window moves, `goTo` is called.
 * A move made because of a message is not posted back (lib/slides/present.ts `slideShown`), so two
 * windows never bounce a slide between them. Opening a window posts nothing: it never moves the
 * others. Without BroadcastChannel (very old browsers) each window simply stays on its own.
 */
export function usePresenterSync(slug: string, current: number, goTo: (slide: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const sync = useRef(INITIAL_SYNC);
  const shown = useRef(current);
  const follow = useRef(goTo);
  useEffect(() => {
    follow.current = goTo;
  }, [goTo]);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(presentChannelName(slug));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const slide = readSlideMessage(event.data, slug);
      if (slide === undefined) return;
      // Asked for the slide already on screen, with no other request on its way: nothing will change.
      if (slide !== shown.current || sync.current.asked.length > 0) sync.current = askedToShow(sync.current, slide, performance.now());
      follow.current(slide);
    };
    return () => {
      opened.close();
      channel.current = null;
      sync.current = INITIAL_SYNC;
    };
  }, [slug]);

  useEffect(() => {
    if (current === shown.current) return;
    shown.current = current;
    const { state, post } = slideShown(sync.current, current, performance.now());
    sync.current = state;
    if (post) channel.current?.postMessage(slideMessage(slug, current));
  }, [slug, current]);
}
