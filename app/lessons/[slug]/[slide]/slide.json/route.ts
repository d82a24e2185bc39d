import { entryForSegment, loadCourse, renderSlides } from "@/lib/content/load";
import { parseSlideNumber } from "@/lib/routes";
import { atLeastOne, dataRouteParams, PLACEHOLDER_SLUG } from "@/lib/static-params";

type Params = { slug: string; slide: string };

/** One file per slide (lib/static-params.ts `dataRouteParams`); any other address is a 404. */
export const dynamic = "force-static";

export function generateStaticParams(): Params[] {
  return dataRouteParams(() => {
    const slides = loadCourse().sequence.flatMap((entry) => entry.slides.map((_, index) => ({ slug: entry.slug, slide: String(index + 1) })));
    return atLeastOne(slides, { slug: PLACEHOLDER_SLUG, slide: "1" });
  });
}

/** One slide's sanitized HTML, for the reader to show a slide its page does not carry. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { slug, slide } = await params;
  const found = entryForSegment(slug);
  const number = parseSlideNumber(slide);
  const [rendered] = found && number !== undefined ? renderSlides(found.course, found.entry, [number]) : [];
  if (!rendered) return new Response("Not found", { status: 404 });
  return Response.json(rendered);
}
