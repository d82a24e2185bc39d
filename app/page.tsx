import { PageLink } from "@/components/page-link";
import { ContentErrors } from "@/components/content/content-errors";
import { ContinueReading } from "@/components/course/continue-reading";
import { CourseOutline } from "@/components/course/course-outline";
import { ProgressSummary } from "@/components/course/progress-summary";
import { SectionJumpList } from "@/components/course/section-jump-list";
import { isWarning } from "@/lib/content/errors";
import { loadContent, loadCourse, loadQuiz } from "@/lib/content/load";
import { sectionAnchors } from "@/lib/content/navigation";
import type { OutlineLesson } from "@/lib/progress/course-progress";
import { quizSignature, type QuizSignature } from "@/lib/quiz/saved";
import { slideHref } from "@/lib/routes";
import "@/styles/site.css";

export default function HomePage() {
  const course = loadCourse();
  // Only while editing (`npm run dev`): a build with errors never serves this page.
  const errors = loadContent().findings.filter((finding) => !isWarning(finding));
  // Saved progress is shown against the course as it is now: current slide counts, and each quiz's
  // signature (as the quiz page works it out), so nothing saved for an older version shows as current.
  // One object for both components that read it: the page carries it once.
  const lessons: Record<string, OutlineLesson> = Object.fromEntries(
    course.sequence
      .filter((entry) => entry.slides.length > 0)
      .map((entry) => [entry.slug, { title: entry.title, slides: entry.slides.length, ...(entry.kind === "hands-on" ? { guide: true as const } : {}) }]),
  );
  const loaded = course.sequence.flatMap((entry) => {
    const quiz = loadQuiz(course, entry);
    return quiz ? [{ slug: entry.slug, quiz }] : [];
  });
  // fromEntries defines own properties: a quiz slugged `__proto__` stays data.
  const quizzes: Record<string, QuizSignature> = Object.fromEntries(loaded.map(({ slug, quiz }) => [slug, quizSignature(quiz)]));
  const passMarks: Record<string, number> = Object.fromEntries(loaded.map(({ slug, quiz }) => [slug, quiz.pass]));
  const anchors = sectionAnchors(course.sections);
  return (
    <>
      {errors.length > 0 && <ContentErrors title="The course has errors" errors={errors} className="mb-4" />}
      {course.broken.length > 0 && (
        <ul className="mb-8 list-disc pl-6 text-sm">
          {course.broken.map((entry) => (
            <li key={entry.file}>
              <PageLink href={slideHref(entry.slug, 1)} className="underline">
                {entry.file}: see its errors
              </PageLink>
            </li>
          ))}
        </ul>
      )}
      <h1 id="outline-heading" className="mb-8 text-3xl font-bold tracking-tight">
        Course outline
      </h1>
      <ProgressSummary lessons={lessons} passMarks={passMarks} />
      <ContinueReading lessons={lessons} />
      {course.sections.length > 1 && <SectionJumpList sections={course.sections} anchors={anchors} />}
      <CourseOutline sections={course.sections} anchors={anchors} quizzes={quizzes} />
    </>
  );
}
