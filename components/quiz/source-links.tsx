import type { SourceLink } from "@/lib/quiz/types";

type Props = { sources: SourceLink[] };

/** "Source: IAM User Guide · Organizations User Guide" under an explanation. */
export function SourceLinks({ sources }: Props) {
  if (sources.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      {sources.length === 1 ? "Source: " : "Sources: "}
      {sources.map((source, index) => (
        <span key={index}>
          {index > 0 && " · "}
          <a href={source.url} className="text-accent underline dark:text-accent-dark" rel="noopener noreferrer">
            {source.label}
          </a>
        </span>
      ))}
    </p>
  );
}
