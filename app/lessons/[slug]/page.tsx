import { notFound, redirect } from "next/navigation";
import { entryForSegment, lessonSlugParams } from "@/lib/content/load";
import { slideHref } from "@/lib/routes";
import { buildsStaticExport } from "@/lib/static-params";
import "@/styles/site.css";

type Params = { slug: string };

export const dynamicParams = false;

/** A server answers these addresses with a redirect (next.config.js `redirects`) and needs no page. */
export function generateStaticParams(): Params[] {
  return buildsStaticExport() ? lessonSlugParams() : [];
}

/** A lesson's bare address opens its first slide: on a static host, this page says where it is. */
export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) notFound();
  redirect(slideHref(found.entry.slug, 1));
}
