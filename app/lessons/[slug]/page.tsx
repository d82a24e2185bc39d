import { notFound, redirect } from "next/navigation";
import { entryForSegment, loadCourse } from "@/lib/content/load";
import { slideHref } from "@/lib/routes";
import { atLeastOne, PLACEHOLDER_SLUG } from "@/lib/static-params";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const lessons = loadCourse().sequence.filter((entry) => entry.slides.length > 0);
  return atLeastOne(lessons.map((entry) => ({ slug: entry.slug })), { slug: PLACEHOLDER_SLUG });
}

/** A lesson's bare address opens its first slide. */
export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) notFound();
  redirect(slideHref(found.entry.slug, 1));
}
