import { slideHref } from "../routes";
import { nextEntry, type Course, type CourseEntry } from "./course";

const NEXT_KIND_LABELS: Record<CourseEntry["kind"], string | undefined> = {
  lesson: undefined,
  "hands-on": "Hands-on",
  quiz: "Quiz",
};

/** The "Next: …" link under a lesson's last slide, in course order. */
export function nextLink(course: Course, entry: CourseEntry) {
  const next = nextEntry(course, entry.slug);
  return next ? { href: slideHref(next.slug, 1), title: next.title, kindLabel: NEXT_KIND_LABELS[next.kind] } : undefined;
}

/** The title of the section an entry sits in. */
export function sectionTitle(course: Course, entry: CourseEntry): string | undefined {
  return course.sections.find((section) => section.key === entry.sectionKey)?.title;
}
