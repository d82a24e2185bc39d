import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORKFLOW = path.join(ROOT, ".github/workflows/pages.yml");

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { needs?: string; environment?: { name: string }; steps: Step[] }>;
}

const workflow = load(readFileSync(WORKFLOW, "utf8")) as Workflow;
const buildSteps = workflow.jobs.build!.steps;

/** The action a step uses, without its version: `actions/checkout`. */
const action = (step: Step) => step.uses?.replace(/@.*$/, "");
const stepUsing = (steps: Step[], name: string) => steps.find((step) => action(step) === name);

/**
 * What the workflow's `${{ … }}` expressions give on GitHub, for a project site in a repository
 * named `sample-course` (configure-pages answers "/sample-course"; "" for `<owner>.github.io`).
 */
const EXPRESSIONS: Record<string, string> = { "steps.pages.outputs.base_path": "/sample-course" };

function evaluate(value: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const known = EXPRESSIONS[expression];
    if (known === undefined) throw new Error(`pages.yml uses \${{ ${expression} }}, which this test does not know: add what GitHub gives for it`);
    return known;
  });
}

/** Runs a step's script as GitHub does on Ubuntu (`bash -e`), without blocking the test runner. */
function runStep(script: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-e", "-c", script], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
  });
}

describe("the GitHub Pages workflow", () => {
  it("builds on pushes to main with Node 20 and deploys with GitHub's own Pages actions", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "workflow_dispatch"]));
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.concurrency.group).toBe("pages");
    expect(buildSteps.map(action).filter(Boolean)).toEqual(["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact"]);
    expect(String(stepUsing(buildSteps, "actions/setup-node")!.with!["node-version"])).toBe("20");
    // The sub-path comes from configure-pages, which runs before the build.
    const pages = stepUsing(buildSteps, "actions/configure-pages")!;
    expect(buildSteps.indexOf(pages)).toBeLessThan(buildSteps.findIndex((step) => step.run?.includes("build")));
    // npm run build:static writes to out/ unless told otherwise, and the workflow does not tell it.
    expect(stepUsing(buildSteps, "actions/upload-pages-artifact")!.with!.path).toBe("out");
    expect(buildSteps.some((step) => step.env?.PAGEBREAK_OUT_DIR)).toBe(false);
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe("build");
    expect(deploy.environment!.name).toBe("github-pages");
    expect(deploy.steps.map(action)).toEqual(["actions/deploy-pages"]);
  });

  describe("its build commands, run as written", () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), "pagebreak-pages-"));
    // Inside the project (the build resolves it from there), as the workflow's out/ is; not out/
    // itself, which may hold the developer's own export.
    const outDir = `.out-e2e-pages-test-${process.pid}`;
    afterAll(() => {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(path.join(ROOT, outDir), { recursive: true, force: true });
    });

    it("give a site under the repository's sub-path with no answer key in it", { timeout: 300_000 }, async () => {
      const runs = buildSteps.filter((step) => step.run);
      // Installing is `npm ci`, which this test's own checkout has done: the rest is the build.
      expect(runs[0]!.run!.trim()).toBe("npm ci");
      const commands = runs.slice(1);
      expect(commands.length).toBeGreaterThan(0);

      // A small course keeps the build short; the workflow itself builds the repository's course.
      const course = path.join(scratch, "course");
      const lesson = "---\ntitle: Getting started\nlesson: 1\n---\n## First slide\n\nHello.\n\n<!-- pagebreak -->\n\n## Second slide\n\nBye.\n";
      const quiz =
        "---\ntitle: Check\nkind: quiz\nlesson: getting-started\n---\n## Question 1:\n\nWhat does the first slide say?\n\n- A) Hello\n  - Correct: The first slide says hello.\n- B) Bye\n  - Incorrect: That is the second slide.\n";
      mkdirSync(course);
      writeFileSync(path.join(course, "getting-started.md"), lesson);
      writeFileSync(path.join(course, "check.md"), quiz);

      for (const step of commands) {
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(String(value))]));
        // GitHub runs `run:` with `bash -e` on Ubuntu.
        const result = await runStep(step.run!, { ...process.env, ...env, CONTENT_DIR: course, PAGEBREAK_OUT_DIR: outDir });
        expect(result.status, `${step.name ?? step.run}:\n${result.output}`).toBe(0);
      }

      const out = path.join(ROOT, outDir);
      const home = readFileSync(path.join(out, "index.html"), "utf8");
      expect(home).toContain('href="/sample-course/lessons/getting-started/1/"');
      expect(home).toMatch(/src="\/sample-course\/_next\/static\//);
      // Every page, script and style link stays under the sub-path (Next's preconnect to its own origin is no link to a file).
      const outside = [...home.matchAll(/<[^>]*\b(?:href|src)="\/(?!sample-course\/)[^"]*"[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/rel="preconnect"/.test(tag));
      expect(outside).toEqual([]);
      expect(existsSync(path.join(out, "lessons/getting-started/2/index.html"))).toBe(true);
      expect(existsSync(path.join(out, "quizzes/check/index.html"))).toBe(true);
      expect(existsSync(path.join(out, "404.html"))).toBe(true);
      // The answer key page is for `npm run dev` only: a learner's build has no such page, and no file mentions it.
      expect(existsSync(path.join(out, "quizzes/check/key"))).toBe(false);
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      for (const file of files) expect(readFileSync(path.join(file.parentPath, file.name), "latin1"), file.name).not.toContain("Answer key");
    });
  });
});
