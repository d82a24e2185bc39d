import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonHeader } from "@/components/slides/lesson-header";
import { NextUp } from "@/components/slides/next-up";
import { ReadAsSlidesLink } from "@/components/slides/read-as-slides-link";
import { entryForSegment, lessonSlugParams, renderEntry } from "@/lib/content/load";
import { nextLink, pageDescription, quizLinks, sectionTitle } from "@/lib/content/navigation";
import "@/styles/site.css";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return lessonSlugParams();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = entryForSegment((await params).slug);
  return found ? { title: `${found.entry.title} — one page`, description: pageDescription(found.entry) } : {};
}

/** Every slide of a lesson in order on one page, for reading straight through or printing. */
export default async function OnePage({ params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  if (!found || found.entry.slides.length === 0) notFound();
  const { course, entry } = found;
  const slides = renderEntry(course, entry, true);
  return (
    <>
      <LessonHeader entry={entry} sectionTitle={sectionTitle(course, entry)} />
      {/* Sticky, so going back to the slides never means scrolling away from the slide being read. */}
      <div className="no-print sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 text-sm dark:border-slate-800 dark:bg-[#0b1020]/95">
        <ReadAsSlidesLink slug={entry.slug} className="inline-flex min-h-11 items-center font-medium underline hover:text-accent dark:hover:text-accent-dark" />
      </div>
      {slides.map((html, index) => (
        <section
          key={index}
          id={`slide-${index + 1}`}
          data-one-page-slide={index + 1}
          aria-label={`Slide ${index + 1} of ${slides.length}`}
          className="print-slide scroll-mt-16 border-b border-slate-200 py-6 last:border-b-0 dark:border-slate-800"
        >
          <div
            className="prose"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </section>
      ))}
      <NextUp next={nextLink(course, entry)} quizzes={quizLinks(course, entry)} />
    </>
  );
}
