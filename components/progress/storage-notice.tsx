"use client";

import { lazyPart } from "@/components/lazy-part";
import { Suspense, useSyncExternalStore } from "react";
import { SET_ASIDE_PREFIX, SEEN_KEY, subscribeToStorage, unseenSetAside } from "@/lib/browser-storage";

const subscribe = (listener: () => void) => subscribeToStorage((key) => key.startsWith(SET_ASIDE_PREFIX) || key === SEEN_KEY, listener);

// Almost no visit has anything to say: the notice's code loads only for one that has.
const SetAsideBanner = lazyPart(() => import("./set-aside-banner"));

/**
 * Says so when saved progress could not be read and was set aside (damaged, or written by a newer
 * Pagebreak). The data stays in the browser under its set-aside key; "OK" only hides the notice.
 */
export function StorageNotice() {
  const unseen = useSyncExternalStore(subscribe, unseenSetAside, () => "");
  if (!unseen) return null;
  return (
    <Suspense fallback={null}>
      <SetAsideBanner />
    </Suspense>
  );
}
