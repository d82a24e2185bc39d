import { PageLink } from "@/components/page-link";
import type { ContentError } from "@/lib/content/errors";
import { ContentErrors } from "./content-errors";

type Props = { file: string; errors: ContentError[] };

/** The page of a file that could not be loaded, while the course is being edited. */
export function BrokenFilePage({ file, errors }: Props) {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{file} could not be loaded</h1>
      <ContentErrors title={`${errors.length} ${errors.length === 1 ? "error" : "errors"} in ${file}`} errors={errors} />
      <p className="mt-6">
        <PageLink href="/" className="font-medium text-accent underline dark:text-accent-dark">
          Back to the course outline
        </PageLink>
      </p>
    </>
  );
}
