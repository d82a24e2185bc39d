"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { slideDataHref } from "@/lib/routes";
import { whenIdle } from "@/lib/when-idle";
import type { SlideHtml } from "@/lib/slides/window";

/**
 * The HTML of the slides in `wanted` that are here: the page's own, and those fetched from each
 * slide's data file (built with the site, so static hosts serve it too) as the reader moves. A
 * slide is fetched once, ahead of being needed, so turning to it waits for nothing.
 */
export function useSlideCache(slug: string, initial: readonly SlideHtml[], wanted: readonly number[]): Map<number, string> {
  const [cache, setCache] = useState(() => new Map(initial.map((slide) => [slide.number, slide.html])));
  const requested = useRef(new Set<number>(initial.map((slide) => slide.number)));
  const wantedKey = wanted.join(",");

  // The first slides to fetch wait until the page is idle: loading it comes first (and a phone's
  // main thread is busiest then). After that a turn fetches what is now ahead at once.
  const pageLoaded = useRef(false);
  useEffect(() => {
    const fetchWanted = () => {
      pageLoaded.current = true;
      for (const number of wantedKey.split(",").map(Number)) {
        if (requested.current.has(number)) continue;
        requested.current.add(number);
        fetchSlide(slug, number).then(
          (html) => setCache((before) => new Map(before).set(number, html)),
          // Offline, say: the slide shows a link to its own page, and the next move asks again.
          () => requested.current.delete(number),
        );
      }
    };
    if (pageLoaded.current) return fetchWanted();
    return whenIdle(fetchWanted);
  }, [slug, wantedKey]);

  return useMemo(() => {
    const shown = new Map<number, string>();
    for (const number of wantedKey.split(",").map(Number)) {
      const html = cache.get(number);
      if (html !== undefined) shown.set(number, html);
    }
    return shown;
  }, [cache, wantedKey]);
}

async function fetchSlide(slug: string, number: number): Promise<string> {
  const response = await fetch(`${BASE_PATH}${slideDataHref(slug, number)}`);
  if (!response.ok) throw new Error(`slide ${number}: ${response.status}`);
  const data: unknown = await response.json();
  const html = typeof data === "object" && data !== null && "html" in data ? data.html : undefined;
  if (typeof html !== "string") throw new Error(`slide ${number}: not slide data`);
  return html;
}
