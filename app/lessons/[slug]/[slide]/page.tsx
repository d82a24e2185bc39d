import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideDeck } from "@/components/slides/slide-deck";
import { ContentErrors } from "@/components/content/content-errors";
import { BrokenFilePage } from "@/components/content/broken-file-page";
import { brokenForSegment, entryForSegment, findingsForFile, loadCourse, renderSlides } from "@/lib/content/load";
import { nextLink, pageDescription, quizLinks, sectionTitle } from "@/lib/content/navigation";
import { firstHeadingRepeatsTitle } from "@/lib/content/slide-titles";
import { parseSlideNumber } from "@/lib/routes";
import { pageSlides } from "@/lib/slides/window";
import { atLeastOne, PLACEHOLDER_SLUG } from "@/lib/static-params";
import "@/styles/slide.css";

type Params = { slug: string; slide: string };

/** Only the slides that exist are built; any other number or slug is a 404. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const course = loadCourse();
  return atLeastOne(
    [
      ...course.sequence.flatMap((entry) => entry.slides.map((_, index) => ({ slug: entry.slug, slide: String(index + 1) }))),
      // Only while editing (`npm run dev`): a file with errors gets a page that shows them.
      ...course.broken.map((entry) => ({ slug: entry.slug, slide: "1" })),
    ],
    { slug: PLACEHOLDER_SLUG, slide: "1" },
  );
}

function resolve(params: Params) {
  const found = entryForSegment(params.slug);
  const slide = parseSlideNumber(params.slide);
  if (!found || slide === undefined || slide > found.entry.slides.length) return undefined;
  return { ...found, slide };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve(await params);
  if (!found) return {};
  return {
    title: `${found.entry.title} — slide ${found.slide} of ${found.entry.slides.length}`,
    description: pageDescription(found.entry, found.slide),
  };
}

export default async function SlidePage({ params }: { params: Promise<Params> }) {
  const { slug, slide: slideSegment } = await params;
  const found = resolve({ slug, slide: slideSegment });
  const broken = found ? undefined : brokenForSegment(slug);
  if (broken && slideSegment === "1") return <BrokenFilePage file={broken.file} errors={broken.errors} />;
  if (!found) notFound();
  const { course, entry, slide } = found;
  const errors = findingsForFile(entry.file);
  return (
    <>
      {errors.length > 0 && <ContentErrors title={`${entry.file} has errors`} errors={errors} className="mb-6" />}
      <SlideDeck
        key={entry.slug}
        slug={entry.slug}
        lessonTitle={entry.title}
        kindLabel={entry.kind === "hands-on" ? "Hands-on guide" : "Lesson"}
        sectionTitle={sectionTitle(course, entry)}
        titleRepeated={firstHeadingRepeatsTitle(entry.title, entry.slides)}
        total={entry.slides.length}
        slides={renderSlides(course, entry, pageSlides(slide, entry.slides.length))}
        initialSlide={slide}
        next={nextLink(course, entry)}
        quizzes={quizLinks(course, entry)}
      />
    </>
  );
}
