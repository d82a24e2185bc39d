"use client";

import { useSyncExternalStore } from "react";
import type { ReadingProgress } from "@/lib/progress/reading";
import { readingProgress, subscribeToReadingProgress } from "@/lib/progress/storage";

/** The learner's saved reading progress, or undefined while rendering on the server (it lives in the browser). */
export function useReadingProgress(): ReadingProgress | undefined {
  return useSyncExternalStore(subscribeToReadingProgress, readingProgress, () => undefined);
}
