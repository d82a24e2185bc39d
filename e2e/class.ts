import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { classDatabaseEnv, e2eBase, type ClassProject } from "./class-servers";
import { choice, currentQuestion, optionControl, rightOptions, wrongOptions } from "./quiz-play";

const run = promisify(execFile);

export function classProject(): ClassProject {
  const name = test.info().project.name;
  if (name !== "class" && name !== "class-pg") throw new Error(`class specs run in the class projects, not ${name}`);
  return name;
}

export interface CreatedClass {
  code: string;
  joinUrl: string;
  signInUrl: string;
  output: string;
}

/** Runs `npm run class -- <args>` (through tsx, as the npm script does) against the project's database. */
export async function classCli(args: string[], env: Record<string, string> = classDatabaseEnv(classProject(), e2eBase())) {
  return run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/class.ts", ...args], { env: { ...process.env, ...env } });
}

export async function createClass(name: string, env?: Record<string, string>): Promise<CreatedClass> {
  const { stdout } = await classCli(["create", name], env);
  const code = /^Class code:\s+(\S+)$/m.exec(stdout)?.[1];
  const joinUrl = /^Learners join at:\s+(\S+)$/m.exec(stdout)?.[1];
  const signInUrl = /^Instructor sign-in:\s+(\S+)$/m.exec(stdout)?.[1];
  expect(code && joinUrl && signInUrl, stdout).toBeTruthy();
  return { code: code!, joinUrl: joinUrl!, signInUrl: signInUrl!, output: stdout };
}

/** A learner in a browser context of their own: opens the join address, types a name, presses Enter. */
export async function joinAs(browser: Browser, joinUrl: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(joinUrl);
  await page.getByRole("textbox", { name: "Your name" }).fill(name);
  await page.getByRole("textbox", { name: "Your name" }).press("Enter");
  await expect(page.getByRole("status")).toContainText(`as ${name}`);
  return page;
}

/** A path on the server the page is on (a test's own server, or the project's). */
function onSameSite(page: Page, path: string): string {
  return new URL(path, page.url()).toString();
}

/** The first question of the multiple-choice quiz, which the class tests answer. */
export const TARGET = choice.questions[0]!;

/**
 * Plays the multiple-choice quiz in practice mode until TARGET comes up (the quiz shuffles), answers
 * it right or wrong, and answers every other question right on the way. `open: false` plays on the
 * quiz page already open (offline, say).
 */
export async function answerTarget(page: Page, right: boolean, { open = true } = {}) {
  if (open) await page.goto(onSameSite(page, "/quizzes/root-user-quiz"));
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  for (let asked = 0; asked < choice.questions.length; asked++) {
    await expect(page.getByRole("heading", { name: /^Question \d+ of \d+$/ })).toBeFocused();
    const question = await currentQuestion(page);
    const isTarget = question.id === TARGET.id;
    const options = isTarget && !right ? [wrongOptions(question)[0]!] : rightOptions(question);
    for (const option of options) await optionControl(page, question, option).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
    if (isTarget) return;
    await page.getByRole("button", { name: "Continue" }).click();
  }
  throw new Error("The target question was never asked");
}

/** Opens Your class and waits until the outbox has sent everything. */
export async function expectAllSent(page: Page) {
  await page.goto(onSameSite(page, "/class"));
  await expect(page.getByText("Everything is sent.")).toBeVisible({ timeout: 20_000 });
}

/** The instructor: a browser context of their own, the one-time address, the Sign in button. */
export async function signInInstructor(browser: Browser, signInUrl: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(signInUrl);
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  await expect(page.getByRole("heading", { name: "Quiz items, hardest first" })).toBeVisible();
  return page;
}
