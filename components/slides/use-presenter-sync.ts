"use client";

import { useEffect, useRef } from "react";
import { asksWhoPresents, presenceMessage, presentChannelName } from "@/lib/slides/presence";
import { askedToShow, INITIAL_SYNC, readSlideMessage, slideMessage, slideShown } from "@/lib/slides/present";
import type { Presence } from "./use-presenting";

/**
 * Keeps this window on the same slide as the lesson's other windows (the presenter view and any
 * number of audience windows) in this browser, with no server: a BroadcastChannel per lesson.
 * When the local reader moves, the others are told; when another window moves, `goTo` is called.
 * A move made because of a message is not posted back (lib/slides/present.ts `slideShown`), so two
 * windows never bounce a slide between them. Opening a window moves no one: it only says it is in
 * step (lib/slides/presence.ts), so reader windows that are not yet load this code. A reader hands
 * over the channel it learnt that on (use-presenting.ts), with the messages this code has missed,
 * taken as if they came now. Without BroadcastChannel (very old browsers) each window simply stays
 * on its own.
 */
export function usePresenterSync(slug: string, current: number, goTo: (slide: number) => void, handedOver?: Presence): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const sync = useRef(INITIAL_SYNC);
  const shown = useRef(current);
  const follow = useRef(goTo);
  useEffect(() => {
    follow.current = goTo;
  }, [goTo]);

  useEffect(() => {
    if (!handedOver && typeof BroadcastChannel === "undefined") return;
    const receive = (data: unknown) => {
      if (asksWhoPresents(data, slug)) return channel.current?.postMessage(presenceMessage(slug, "presenting"));
      const slide = readSlideMessage(data, slug);
      if (slide === undefined) return;
      // Asked for the slide already on screen, with no other request on its way: nothing will change.
      if (slide !== shown.current || sync.current.asked.length > 0) sync.current = askedToShow(sync.current, slide, performance.now());
      follow.current(slide);
    };
    // Whoever opens the channel closes it: a handed-over one is the reader's (use-presenting.ts).
    let opened: BroadcastChannel;
    let missed: unknown[] = [];
    if (handedOver) ({ channel: opened, missed } = handedOver.join(receive));
    else {
      opened = new BroadcastChannel(presentChannelName(slug));
      opened.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
    }
    channel.current = opened;
    opened.postMessage(presenceMessage(slug, "presenting"));
    missed.forEach(receive);
    return () => {
      if (!handedOver) opened.close();
      channel.current = null;
      sync.current = INITIAL_SYNC;
    };
  }, [slug, handedOver]);

  useEffect(() => {
    if (current === shown.current) return;
    shown.current = current;
    const { state, post } = slideShown(sync.current, current, performance.now());
    sync.current = state;
    if (post) channel.current?.postMessage(slideMessage(slug, current));
  }, [slug, current]);
}
