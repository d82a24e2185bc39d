import { entryForSegment, loadCourse, loadQuiz } from "@/lib/content/load";
import { atLeastOne, PLACEHOLDER_SLUG } from "@/lib/static-params";

type Params = { slug: string };

/** Built once per quiz, like the quiz's page; any other address is a 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    loadCourse()
      .sequence.filter((entry) => entry.quiz)
      .map((entry) => ({ slug: entry.slug })),
    { slug: PLACEHOLDER_SLUG },
  );
}

/**
 * The whole quiz (items, options, explanations, sources), sanitized at build time, for the quiz
 * page to fetch once it runs: the page itself carries only its start screen, so its size does not
 * depend on the quiz's.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const found = entryForSegment((await params).slug);
  const quiz = found?.entry.quiz ? loadQuiz(found.course, found.entry) : undefined;
  if (!quiz) return new Response("Not found", { status: 404 });
  return Response.json(quiz);
}
