import type { Metadata } from "next";
import { ReviewRunner } from "@/components/review/review-runner";
import { loadCourse, loadQuiz } from "@/lib/content/load";
import { reviewCards } from "@/lib/review/cards";
import "@/styles/site.css";

export const metadata: Metadata = {
  title: "Review",
  description: "The quiz items due for review, from every quiz of the course.",
};

/**
 * The Review page: every item of every quiz, built into the page; the browser picks the due ones
 * from its schedule, so the page is the same for everyone and prerendered (also in the static export).
 */
export default function ReviewPage() {
  const course = loadCourse();
  const cards = course.sequence.flatMap((entry) => {
    const quiz = entry.quiz ? loadQuiz(course, entry) : undefined;
    return quiz ? reviewCards(entry.slug, quiz) : [];
  });
  return <ReviewRunner cards={cards} />;
}
