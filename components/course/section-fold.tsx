"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { isFolded, saveFold, subscribeToOutlineFolds } from "@/lib/progress/outline-folds";

type Props = {
  /** The section's `section:` name, under which this browser remembers the fold. */
  sectionKey: string;
  /** The <summary> first, then the section's contents. */
  children: ReactNode;
};

/**
 * A section of the outline that folds away: a native <details> (keyboard and screen-reader ready),
 * open unless the learner folded it on an earlier visit. The server renders it open; a remembered
 * fold closes it once the page has loaded.
 */
export function SectionFold({ sectionKey, children }: Props) {
  const folded = useSyncExternalStore(subscribeToOutlineFolds, () => isFolded(sectionKey), () => false);
  return (
    <details open={!folded} onToggle={(event) => saveFold(sectionKey, !event.currentTarget.open)} className="group">
      {children}
    </details>
  );
}
