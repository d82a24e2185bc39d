"use client";

import { memo, useCallback, type ReactNode } from "react";
import { slideDensity } from "@/lib/slides/density";

type Props = {
  number: number;
  total: number;
  html: string;
  hidden: boolean;
  /** Tells the deck where the slide is, to focus its heading when it is shown. */
  register: (number: number, element: HTMLElement | null) => void;
  nextUp?: ReactNode;
};

/**
 * One slide of the stage. Memoised: turning a slide re-renders the two slides whose `hidden`
 * changes, not every slide in the deck.
 */
export const SlideSection = memo(function SlideSection({ number, total, html, hidden, register, nextUp }: Props) {
  const ref = useCallback((element: HTMLElement | null) => register(number, element), [number, register]);
  return (
    <section ref={ref} hidden={hidden} aria-label={`Slide ${number} of ${total}`} tabIndex={-1} data-density={slideDensity(html)} className="slide">
      <div className="slide__body prose" dangerouslySetInnerHTML={{ __html: html }} />
      {nextUp}
    </section>
  );
});
