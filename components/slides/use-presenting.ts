"use client";

import { useEffect, useState } from "react";
import { presenceMessage, presentChannelName, saysPresenting } from "@/lib/slides/presence";

/** The lesson is being presented. */
export interface Presence {
  /**
   * Hands the lesson's channel to the code that keeps in step (use-presenter-sync.ts): from now on
   * its messages go to `receive`; `missed` are those it carried before, oldest first.
   */
  join(receive: (data: unknown) => void): { channel: BroadcastChannel; missed: unknown[] };
}

/**
 * Asks, when the window opens, whether anyone presents lesson `slug`, and listens for the answer or
 * a later presenter view (lib/slides/presence.ts). Only then does the deck load the code that keeps
 * it in step (presenter-sync.tsx), and hands it this channel: from the moment the lesson is known to
 * be presented no message is lost, however long that code takes to arrive. Without BroadcastChannel
 * (very old browsers) the lesson is never known to be presented.
 */
export function usePresenting(slug: string): Presence | undefined {
  const [presence, setPresence] = useState<Presence>();
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(presentChannelName(slug));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!saysPresenting(event.data, slug)) return;
      const missed = [event.data];
      channel.onmessage = (later: MessageEvent<unknown>) => missed.push(later.data);
      setPresence({
        join(receive) {
          channel.onmessage = (later: MessageEvent<unknown>) => receive(later.data);
          return { channel, missed: missed.splice(0) };
        },
      });
    };
    channel.postMessage(presenceMessage(slug, "hello"));
    return () => channel.close();
  }, [slug]);
  return presence;
}
