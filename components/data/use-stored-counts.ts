"use client";

import { useSyncExternalStore } from "react";
import { countStored, type StoredCounts } from "@/lib/data-export/describe";
import { pagebreakSnapshot, subscribeToPagebreakData } from "@/lib/data-export/storage";

// A string snapshot: the same text until the counts change, as useSyncExternalStore needs.
const countsText = () => JSON.stringify(countStored(pagebreakSnapshot()));
const noCounts = () => "";

/** How much this browser keeps, kept current; undefined until the page runs in the browser. */
export function useStoredCounts(): StoredCounts | undefined {
  const text = useSyncExternalStore(subscribeToPagebreakData, countsText, noCounts);
  return text ? (JSON.parse(text) as StoredCounts) : undefined;
}
