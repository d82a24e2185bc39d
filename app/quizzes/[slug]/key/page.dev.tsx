import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { BrokenFilePage } from "@/components/content/broken-file-page";
import { AnswerKeyTable } from "@/components/quiz/answer-key-table";
import { quizAnswerKey } from "@/lib/content/answer-key";
import { brokenForSegment, entryForSegment } from "@/lib/content/load";
import { quizHref } from "@/lib/routes";
import "@/styles/site.css";

// Only in `npm run dev`: next.config.js reads `.dev.tsx` files as pages in development alone, so
// no production build or static export has this route, and learners never get the key.

type Params = { slug: string };

function resolve(params: Params) {
  const found = entryForSegment(params.slug);
  return found?.entry.quiz ? found : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve(await params);
  return found ? { title: `Answer key: ${found.entry.title}`, robots: { index: false } } : {};
}

/** The quiz's answer key, for the instructor while editing the course. */
export default async function AnswerKeyPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const found = resolve({ slug });
  const broken = found ? undefined : brokenForSegment(slug);
  if (broken) return <BrokenFilePage file={broken.file} errors={broken.errors} />;
  if (!found) notFound();
  const key = quizAnswerKey(found.course, found.entry);
  if ("errors" in key) return <BrokenFilePage file={found.entry.file} errors={key.errors} />;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Answer key: {found.entry.title}</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        For the instructor: this page exists only in <code>npm run dev</code>, never in a build learners get.{" "}
        <code>npm run key -- {found.entry.slug}</code> prints the same key.{" "}
        <PageLink href={quizHref(found.entry.slug)} className="font-medium text-accent underline dark:text-accent-dark">
          Back to the quiz
        </PageLink>
      </p>
      <AnswerKeyTable answerKey={key.key} />
    </>
  );
}
