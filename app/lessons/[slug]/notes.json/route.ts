import { dataRouteParams } from "@/lib/static-params";
import { entryForSegment, lessonSlugParams, renderSlideNotes } from "@/lib/content/load";
import type { NotesData } from "@/lib/slides/present";

type Params = { slug: string };

/** One file per lesson with slides (lib/static-params.ts `dataRouteParams`); any other address is a 404. */
export const dynamic = "force-static";

export function generateStaticParams(): Params[] {
  return dataRouteParams(lessonSlugParams);
}

/**
 * A lesson's speaker notes, one entry per slide (null where a slide has none), for the presenter
 * view only: no learner's page or slide data file carries them. A public file like any other of
 * the site: notes are kept out of the learner's view, not secret.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) return new Response("Not found", { status: 404 });
  const { course, entry } = found;
  const data: NotesData = { notes: entry.slides.map((_, index) => renderSlideNotes(course, entry, index + 1) ?? null) };
  return Response.json(data);
}
