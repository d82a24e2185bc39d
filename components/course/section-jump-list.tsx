import type { Section } from "@/lib/content/course";

type Props = {
  sections: Section[];
  /** The id of each section's heading, in the same order (`sectionAnchors`). */
  anchors: string[];
};

/** "Sections": a link to each section's heading, so a long outline is a jump away from anywhere in it. */
export function SectionJumpList({ sections, anchors }: Props) {
  return (
    <nav aria-labelledby="sections-label" className="mb-8">
      <p id="sections-label" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Sections
      </p>
      <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section, index) => (
          <li key={section.key}>
            <a
              href={`#${anchors[index]}`}
              className="inline-flex min-h-6 items-center text-accent underline-offset-2 hover:underline dark:text-accent-dark"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
