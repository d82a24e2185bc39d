"use client";

import { useSyncExternalStore } from "react";
import { presenterStartSlide } from "@/lib/slides/present";
import { PresenterConsole } from "./presenter-console";
import "./presenter.css";

type Props = {
  slug: string;
  lessonTitle: string;
  /** The lesson's length. */
  total: number;
};

const noSubscription = () => () => {};

/**
 * The presenter view of a lesson. Its page is one static file per lesson, so the slide it opens at
 * (`?slide=3`) is read here, in the browser: a static host has no server to read the query.
 */
export function PresenterView({ slug, lessonTitle, total }: Props) {
  const start = useSyncExternalStore(
    noSubscription,
    () => presenterStartSlide(window.location.search, total),
    () => undefined,
  );
  return (
    <div data-presenter-view>
      {start === undefined ? (
        <>
          <h1 className="text-xl font-semibold">{lessonTitle}</h1>
          <p className="mt-4 text-slate-700 dark:text-slate-300">Opening the presenter view…</p>
        </>
      ) : (
        // Mounted with its slide known, so opening the view never moves the audience.
        <PresenterConsole slug={slug} lessonTitle={lessonTitle} total={total} start={start} />
      )}
    </div>
  );
}
