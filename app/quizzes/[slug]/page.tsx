import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { QuizLoader } from "@/components/quiz/quiz-loader";
import { LessonHeader } from "@/components/slides/lesson-header";
import { BrokenFilePage } from "@/components/content/broken-file-page";
import { ContentErrors } from "@/components/content/content-errors";
import { findEntry } from "@/lib/content/course";
import { brokenForSegment, entryForSegment, findingsForFile, loadCourse, loadQuiz } from "@/lib/content/load";
import { entryHref, nextLink, pageDescription, sectionTitle } from "@/lib/content/navigation";
import { quizSummary } from "@/lib/quiz/summary";
import { atLeastOne, PLACEHOLDER_SLUG } from "@/lib/static-params";
import "@/styles/site.css";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const course = loadCourse();
  return atLeastOne(
    [
      ...course.sequence.filter((entry) => entry.quiz).map((entry) => ({ slug: entry.slug })),
      // Only while editing (`npm run dev`): a file with errors gets a page that shows them.
      ...course.broken.map((entry) => ({ slug: entry.slug })),
    ],
    { slug: PLACEHOLDER_SLUG },
  );
}

function resolve(params: Params) {
  const found = entryForSegment(params.slug);
  return found?.entry.quiz ? found : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve(await params);
  return found ? { title: found.entry.title, description: pageDescription(found.entry) } : {};
}

/** A quiz: start screen, questions and results, all in the browser. */
export default async function QuizPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const found = resolve({ slug });
  const broken = found ? undefined : brokenForSegment(slug);
  if (broken) return <BrokenFilePage file={broken.file} errors={broken.errors} />;
  if (!found) notFound();
  const { course, entry } = found;
  const quiz = loadQuiz(course, entry);
  if (!quiz) notFound();
  const errors = findingsForFile(entry.file);
  const lesson = entry.lessonSlug ? findEntry(course, entry.lessonSlug) : undefined;
  const next = nextLink(course, entry);
  return (
    <>
      {errors.length > 0 && <ContentErrors title={`${entry.file} has errors`} errors={errors} className="mb-6" />}
      <LessonHeader entry={entry} sectionTitle={sectionTitle(course, entry)}>
        {lesson && (
          <PageLink href={entryHref(lesson)} className="underline hover:text-accent dark:hover:text-accent-dark">
            Back to the lesson: {lesson.title}
          </PageLink>
        )}
      </LessonHeader>
      <QuizLoader slug={entry.slug} summary={quizSummary(quiz)} />
      {next && (
        <p className="no-print mt-10 border-t border-slate-200 pt-4 dark:border-slate-800">
          <PageLink href={next.href} className="font-medium text-accent underline dark:text-accent-dark">
            Next: {next.kindLabel ? `${next.kindLabel}: ` : ""}
            {next.title}
          </PageLink>
        </p>
      )}
    </>
  );
}
