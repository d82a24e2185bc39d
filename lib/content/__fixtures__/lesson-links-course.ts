import type { SourceFile } from "../course";

/**
 * A small course for the `Lesson:` line tests: a three-slide lesson and a guide in "Section-1", a
 * lesson in "Section-2", and quizzes that link to them. A quiz's `items` are its actions, each with
 * whatever lines should sit under it (an explanation, a `Lesson:` line).
 */
export const ROOT_LESSON: SourceFile = {
  path: "_posts/2024-3-14-root-user.md",
  source: [
    "---",
    "title: The root user",
    "section: Section-1",
    "lesson: 1",
    "---",
    "## Overview of root user access",
    "",
    "The root user has complete access to every service and resource in the account.",
    "",
    "<!-- pagebreak -->",
    "",
    "## Root-only actions",
    "",
    "Only the root user can close the account or change the support plan.",
    "",
    "<!-- pagebreak -->",
    "",
    "## Best practices",
    "",
    "Turn on multi-factor authentication and watch for unexpected sign-ins.",
    "",
  ].join("\n"),
};

export const LAB: SourceFile = {
  path: "_hands_on/2024-3-15-lab.md",
  source: "---\ntitle: Lock it down\nsection: Section-1\nlesson: 1\n---\n## Add MFA\n\nAssign an authenticator app as the root user's MFA device.\n",
};

export const NETWORK_LESSON: SourceFile = {
  path: "_posts/2024-4-1-networks.md",
  source: "---\ntitle: Networks\nsection: Section-2\nlesson: 1\n---\n## Security groups\n\nA security group filters traffic to an instance.\n",
};

/** A classify quiz of "Section-1" whose actions are `items`: each an action line and the lines under it. */
export function classifyQuiz(path: string, items: readonly (readonly string[])[], section = "Section-1"): SourceFile {
  const body = items.flatMap(([action, ...under]) => [`- ${action}`, ...under.map((line) => `  - ${line}`)]);
  return {
    path,
    source: ["---", "title: Root or not?", "kind: classify", `section: ${section}`, "categories:", "  root: Root user only", "  iam: Delegable to IAM", "---", "## Root user only", ...body, "## Delegable to IAM", "- Launch an instance", "  - Anyone with `ec2:RunInstances`.", ""].join("\n"),
  };
}

/** The line of the first action in a quiz from classifyQuiz. */
export const FIRST_ACTION_LINE = 10;
