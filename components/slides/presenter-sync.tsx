"use client";

import { usePresenterSync } from "./use-presenter-sync";
import type { Presence } from "./use-presenting";

type Props = {
  slug: string;
  current: number;
  goTo: (slide: number) => void;
  /** The channel that told this window the lesson is presented, and what it has carried since. */
  presence: Presence;
};

/**
 * A reader window keeping in step with the presenter view and the lesson's other windows. The slide
 * deck mounts it (loading its code) only once someone presents the lesson (use-presenting.ts).
 */
export default function PresenterSync({ slug, current, goTo, presence }: Props) {
  usePresenterSync(slug, current, goTo, presence);
  return null;
}
