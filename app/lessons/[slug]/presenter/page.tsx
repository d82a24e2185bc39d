import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresenterView } from "@/components/slides/presenter-view";
import { entryForSegment, loadCourse } from "@/lib/content/load";
import { atLeastOne, PLACEHOLDER_SLUG } from "@/lib/static-params";
import "@/styles/site.css";

type Params = { slug: string };

/** One page per lesson with slides; the slide to open at is in the query, read in the browser. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const lessons = loadCourse().sequence.filter((entry) => entry.slides.length > 0);
  return atLeastOne(lessons.map((entry) => ({ slug: entry.slug })), { slug: PLACEHOLDER_SLUG });
}

function resolve(segment: string) {
  const found = entryForSegment(segment);
  return found && found.entry.slides.length > 0 ? found : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve((await params).slug);
  if (!found) return {};
  return { title: `Presenter view: ${found.entry.title}`, robots: { index: false } };
}

export default async function PresenterPage({ params }: { params: Promise<Params> }) {
  const found = resolve((await params).slug);
  if (!found) notFound();
  const { entry } = found;
  // Plain data only: the slides and their notes come from the files the view fetches.
  return <PresenterView slug={entry.slug} lessonTitle={entry.title} total={entry.slides.length} />;
}
