import { dataRouteParams } from "@/lib/static-params";
import { entryForSegment, lessonSlugParams } from "@/lib/content/load";
import { slideTitle } from "@/lib/content/slide-titles";

type Params = { slug: string };

/** One file per lesson, fetched when the slide overview opens, so no slide page carries every title. */
export const dynamic = "force-static";

export function generateStaticParams(): Params[] {
  return dataRouteParams(lessonSlugParams);
}

/** The title of every slide of a lesson, in order. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) return new Response("Not found", { status: 404 });
  return Response.json({ titles: found.entry.slides.map((slide, index) => slideTitle(slide, index + 1)) });
}
