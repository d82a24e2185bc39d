import { Button } from "@/components/ui/button";
import { BASE_PATH } from "@/lib/base-path";

type Props = { classCode: string; learnerId: string; displayName: string };

/** Deletes a learner's data at the class, after a second press (no script needed: a disclosure and a form). */
export function DeleteLearner({ classCode, learnerId, displayName }: Props) {
  return (
    <details>
      <summary className="cursor-pointer underline">Delete…</summary>
      <form method="post" action={`${BASE_PATH}/api/class/${classCode}/learners/${learnerId}`} className="mt-2">
        <Button type="submit" variant="danger" aria-label={`Delete ${displayName} and everything they sent`}>
          Delete {displayName}
        </Button>
      </form>
    </details>
  );
}
