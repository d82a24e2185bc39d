import { notFound, redirect } from "next/navigation";
import { entryForSegment, lessonSlugParams } from "@/lib/content/load";
import { slideHref } from "@/lib/routes";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return lessonSlugParams();
}

/** A lesson's bare address opens its first slide. */
export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) notFound();
  redirect(slideHref(found.entry.slug, 1));
}
