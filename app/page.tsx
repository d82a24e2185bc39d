import { CourseOutline } from "@/components/course/course-outline";
import { loadCourse } from "@/lib/content/load";

export default function HomePage() {
  const course = loadCourse();
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">Course outline</h1>
      <CourseOutline sections={course.sections} />
    </>
  );
}
