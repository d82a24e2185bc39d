import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");

const LESSON = `---
title: Account basics
lesson: 1
---
## Closing an account

Only the root user closes a standalone account.

<!-- pagebreak -->

## Launching instances

Any IAM user allowed ec2:RunInstances can launch an EC2 instance.
`;

const QUIZ = `---
title: Check your basics
kind: quiz
lesson: basics
---
## Question 1:

Who can close a standalone account?

- A) Any IAM user
  - Incorrect: Closing needs the root user.
- B) The root user
  - Correct: Only the root user can close it, as the lesson says.

Source: [Closing an account](https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-closing.html)

Lesson: [Account basics](basics.md#1)

## Question 2:

Who can launch an EC2 instance?

- A) Any IAM user allowed ec2:RunInstances
  - Correct: Launching EC2 instances is delegable.
- B) Only the root user
  - Incorrect: It needs no root user.
`;

/** Runs the real command, as `npm run key -- …` does, on the course in `contentDir`. */
function runKey(contentDir: string, args: string[], typedIn = ROOT) {
  const result = spawnSync(process.execPath, [TSX_CLI, "--conditions=react-server", path.join(ROOT, "scripts/key.ts"), ...args], {
    cwd: ROOT,
    // npm runs the script in the project's folder and says where the command was typed.
    env: { ...process.env, CONTENT_DIR: contentDir, INIT_CWD: typedIn },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run key", () => {
  let course: string;

  beforeAll(() => {
    course = fs.mkdtempSync(path.join(os.tmpdir(), "pagebreak-key-"));
    fs.writeFileSync(path.join(course, "basics.md"), LESSON);
    fs.writeFileSync(path.join(course, "check.md"), QUIZ);
    fs.writeFileSync(path.join(course, "broken.md"), "---\ntitle: Broken\nkind: quiz\n---\n## Question 1:\n\nNo options at all.\n");
  });
  afterAll(() => fs.rmSync(course, { recursive: true, force: true }));

  it("prints a quiz's key by slug: the right answers, the explanations, sources and slides", { timeout: 20_000 }, () => {
    const { status, stdout, stderr } = runKey(course, ["check"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Check your basics: answer key, 2 questions");
    // Question 1's Lesson: line names slide 1; question 2 has none, so the course's text suggests one.
    expect(lines.find((line) => line.startsWith("1  "))).toMatch(/^1 {2}Who can close a standalone account\? +B\) The root user +Only the root user can.* {2}1 {8}1\/1$/);
    expect(lines.find((line) => line.startsWith("2  "))).toMatch(/^2 {2}Who can launch an EC2 instance\? +A\) Any IAM user.* {2}— {8}1\/2\*$/);
    expect(stdout).toContain("\n  1  /lessons/basics\n");
    // The wrong options and their notes are not the key.
    expect(stdout).not.toContain("Any IAM user  ");
    expect(stdout).not.toContain("Closing needs");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("finds the quiz by its file too, relative to the folder the command was typed in, or absolute", { timeout: 20_000 }, () => {
    const bySlug = runKey(course, ["check"]).stdout;
    expect(runKey(course, [path.join(course, "check.md")]).stdout).toBe(bySlug);
    expect(runKey(course, ["check.md"], course).stdout).toBe(bySlug);
  });

  it.each([
    [[], "key: expected a quiz: its file or its slug (--help for usage)"],
    [["chek"], 'key: no file or quiz "chek"; did you mean check?'],
    [["basics"], 'key: "basics" is a lesson (basics.md), not a quiz'],
    [["package.json"], "key: package.json is not in the course folder"],
  ])("refuses %j in one line", { timeout: 20_000 }, (args, message) => {
    const { status, stdout, stderr } = runKey(course, args);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr.startsWith(message)).toBe(true);
  });

  it("prints a broken quiz's errors as file:line, then one line", { timeout: 20_000 }, () => {
    const { status, stdout, stderr } = runKey(course, ["broken"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^broken\.md:\d+(:\d+)?: /);
    expect(lines.at(-1)).toBe("key: broken.md has errors: fix them, then ask for its key again");
  });
});
