"use client";

import { useEffect, useState } from "react";
import { BASE_PATH } from "@/lib/base-path";
import { notesDataHref } from "@/lib/routes";
import { readNotesData } from "@/lib/slides/present";

/** A lesson's speaker notes as the presenter view has them: one entry per slide, null where a slide has none. */
export type SlideNotes = { state: "loading" } | { state: "failed" } | { state: "ready"; notes: (string | null)[] };

/**
 * Fetches a lesson's notes file (built with the site, like the slides' data files). Learners' pages
 * never carry the notes: only the presenter view asks for them.
 */
export function useSlideNotes(slug: string, total: number): SlideNotes {
  const [notes, setNotes] = useState<SlideNotes>({ state: "loading" });
  useEffect(() => {
    let live = true;
    fetchNotes(slug, total).then(
      (found) => live && setNotes({ state: "ready", notes: found }),
      () => live && setNotes({ state: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [slug, total]);
  return notes;
}

async function fetchNotes(slug: string, total: number): Promise<(string | null)[]> {
  const response = await fetch(`${BASE_PATH}${notesDataHref(slug)}`);
  if (!response.ok) throw new Error(`notes: ${response.status}`);
  const notes = readNotesData(await response.json(), total);
  if (!notes) throw new Error("notes: not a notes file");
  return notes;
}
