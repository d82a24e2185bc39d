import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import type { Course, CourseEntry } from "@/lib/content/course";
import { formatContentError } from "@/lib/content/errors";
import { resolveLessonLine } from "@/lib/content/lesson-links";
import { checkContentFolder, loadQuiz } from "@/lib/content/load";
import { parserFor, toHtml } from "./__fixtures__/quiz-source";
import { parseChoiceQuiz, parseClassifyQuiz } from "./parse";
import type { ChoiceQuiz, ClassifyQuiz, Quiz, SourceLink } from "./types";

// The bundled quizzes teach facts learners repeat in exams and at work ("Quizzes that teach"). These
// tests hold them to the rules of the research notes they come from (shared/facts/
// aws-root-user-tasks.md): every item names the page that states it, the wording of an action
// does not give its answer away, a delegable action says why it can be delegated, and every item
// names the bundled slide that teaches it.

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const BUNDLED_COURSE = fileURLToPath(new URL("../../content", import.meta.url));

/** The Service Authorization Reference home page: it states none of the facts, so it is never a source. */
const SERVICE_AUTHORIZATION_HOME = /^https:\/\/docs\.aws\.amazon\.com\/service-authorization\/latest\/reference\/?(reference\.html)?(#.*)?$/;

/**
 * The pages the facts sheet cites (its sources S1–S17, the corrections and the better sources it
 * names), compared without `#fragment`. A source outside this list is either a typo or a page nobody
 * checked the fact against.
 */
const CITED_PAGES = new Set([
  // S1, and IAM "Root user best practices" (mandatory MFA, no root access keys, `aws login`).
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html",
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
  // S3: centralized root access, and the STS AssumeRoot API reference.
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html",
  "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html",
  // S4, S5, S6, S7.
  "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-acct-name.html",
  "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_update_primary_email.html",
  "https://docs.aws.amazon.com/awssupport/latest/user/security-support-plans.html",
  "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close.html",
  "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close_management.html",
  "https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html",
  // S8, S9, S10, S11, S13.
  "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
  "https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html",
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-set-up.html",
  "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-iam-mapping-reference.html",
  "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateReservedInstancesListing.html",
  // S14: the GovCloud (US) sign-up page, both routes (standalone and Organizations).
  "https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/getting-started-sign-up.html",
  // S15, S16.
  "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html",
  "https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html",
  // S17, as the facts sheet asks: each service's own "actions, resources and condition keys" page.
  "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupport.html",
  "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html",
  "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html",
  "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
  "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html",
]);

/**
 * Phrases that qualify an action (which account, which prerequisite, which route). Each one must
 * appear in actions of every category or of none: today's quiz put "in a standalone account" on
 * root-only actions only, so learners could sort by the phrase instead of the fact.
 */
const QUALIFIERS = [
  "standalone account",
  "management account",
  "member account",
  "delegated administrator",
  "organization",
  "centralized root access",
  "AssumeRoot",
  "from the management account",
  "once",
  "activated",
  "while",
  "after",
  "legacy",
  "through",
  "AWS Support",
  "denies all principals",
  "root user",
];

/** An IAM action as the explanations write it: `service:Action` in code. */
const IAM_ACTION_RE = /<code>[a-z0-9-]+:[A-Za-z0-9*]+<\/code>/;
/** A reason clause: the explanation says why the action can be delegated, not only what grants it. */
const REASON_RE = /\bbecause\b/i;
const HREF_RE = /href="([^"]+)"/g;

/** Each quiz of a course folder, parsed by the app's own parsers, with its links as written. */
function quizzesOf(dir: string): { course: Course; quizzes: { file: string; entry: CourseEntry; quiz: Quiz }[] } {
  const { course, findings } = checkContentFolder(dir);
  if (findings.length > 0) throw new Error(`the course has findings:\n${findings.map(formatContentError).join("\n")}`);
  const quizzes = course.sequence.flatMap((entry) => {
    if (!entry.quiz) return [];
    const parsed = entry.quiz.format === "classify" ? parseClassifyQuiz(entry.file, entry.quiz.parts, toHtml) : parseChoiceQuiz(entry.file, entry.quiz.parts, toHtml);
    if (!parsed.quiz) throw new Error(parsed.errors.map(formatContentError).join("\n"));
    return [{ file: entry.file, entry, quiz: parsed.quiz }];
  });
  return { course, quizzes };
}

/** Each item's name and `Lesson:` link, as written. */
function lessonLinks(quiz: Quiz): { name: string; href?: string }[] {
  return quiz.kind === "classify"
    ? quiz.items.map((item) => ({ name: item.text, href: item.lesson?.href }))
    : quiz.questions.map((question) => ({ name: `Question ${question.id.replace(/^q/, "")}`, href: question.lesson?.href }));
}

/** Items without a `Lesson:` line, and those whose line names no slide of the course (with why). */
function lessonProblems(course: Course, file: string, quiz: Quiz): string[] {
  return lessonLinks(quiz).flatMap(({ name, href }) => {
    if (href === undefined) return [`${name}: no Lesson: line`];
    const resolved = resolveLessonLine(course, file, href);
    return "problem" in resolved ? [`${name}: ${resolved.problem}`] : [];
  });
}

/** Every item or question of a quiz, with its `Source:` links and the links in its explanations. */
function sourced(quiz: Quiz): { name: string; sources: SourceLink[]; explanationLinks: string[] }[] {
  const links = (html: string) => [...html.matchAll(HREF_RE)].map((match) => match[1]!.replaceAll("&#x26;", "&").replaceAll("&amp;", "&"));
  return quiz.kind === "classify"
    ? quiz.items.map((item) => ({ name: item.text, sources: item.sources, explanationLinks: links(item.explanationHtml) }))
    : quiz.questions.map((question) => ({
        name: `Question ${question.id.replace(/^q/, "")} (line ${question.line})`,
        sources: question.sources,
        explanationLinks: question.options.flatMap((option) => links(option.explanationHtml)),
      }));
}

/** What is wrong with a quiz's sources: an item without one, the reference home page, a page the facts sheet does not cite. */
function sourceProblems(quiz: Quiz): string[] {
  return sourced(quiz).flatMap(({ name, sources, explanationLinks }) => {
    const problems: string[] = [];
    if (sources.length === 0) problems.push(`${name}: no Source: link`);
    for (const url of [...sources.map((source) => source.url), ...explanationLinks]) {
      if (SERVICE_AUTHORIZATION_HOME.test(url)) problems.push(`${name}: links the Service Authorization Reference home page`);
      else if (!CITED_PAGES.has(url.split("#")[0]!)) problems.push(`${name}: links ${url}, a page the facts sheet does not cite`);
    }
    return problems;
  });
}

function phraseRe(phrase: string): RegExp {
  return new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i");
}

/** Qualifier phrases that appear in the actions of some categories but not all of them. */
function oneSidedQualifiers(quiz: ClassifyQuiz, phrases: readonly string[] = QUALIFIERS): string[] {
  return phrases.flatMap((phrase) => {
    const re = phraseRe(phrase);
    const where = new Set(quiz.items.filter((item) => re.test(item.text)).map((item) => item.category));
    if (where.size === 0 || where.size === quiz.categories.length) return [];
    return [`"${phrase}" appears only in ${[...where].join(", ")} actions`];
  });
}

/** Delegable actions whose explanation does not name the IAM action that grants it and say why. */
function unexplainedDelegable(quiz: ClassifyQuiz, category = "delegable"): string[] {
  return quiz.items
    .filter((item) => item.category === category)
    .flatMap((item) => {
      const missing = [IAM_ACTION_RE.test(item.explanationHtml) ? [] : ["the IAM action"], REASON_RE.test(item.explanationHtml) ? [] : ["a reason (because …)"]].flat();
      return missing.length === 0 ? [] : [`${item.text}: explanation lacks ${missing.join(" and ")}`];
    });
}

const BUNDLED = quizzesOf(BUNDLED_COURSE);
const classifyParser = parserFor("quizzes/check.md", parseClassifyQuiz);
const choiceParser = parserFor("quizzes/check.md", parseChoiceQuiz);

function classify(body: string): ClassifyQuiz {
  return classifyParser.quizOf(`---\ntitle: T\nkind: classify\ncategories:\n  root-only: Root user only\n  delegable: Delegable to IAM\n---\n${body}`);
}

describe("the checks themselves, on small quizzes", () => {
  it("a source must be there, must not be the Service Authorization Reference home page, and must be a cited page", () => {
    const quiz = classify(
      [
        "## Root user only",
        "- Change the root user's password",
        "  - Only the root user can.",
        "  - Source: [IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks)",
        "## Delegable to IAM",
        "- Open a case",
        "  - Because.",
        "  - Source: [SAR](https://docs.aws.amazon.com/service-authorization/latest/reference/)",
        "- Create a user",
        "  - Because.",
        "  - Source: [SAR](https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html)",
        "- Launch an instance",
        "  - Because.",
        "  - Source: [Blog](https://example.com/post)",
        "- Tag a bucket",
        "  - Because.",
        "",
      ].join("\n"),
    );
    expect(sourceProblems(quiz)).toEqual([
      "Open a case: links the Service Authorization Reference home page",
      "Create a user: links the Service Authorization Reference home page",
      "Launch an instance: links https://example.com/post, a page the facts sheet does not cite",
      "Tag a bucket: no Source: link",
    ]);
  });

  it("a multiple-choice question needs a Source: line of its own; a link inside a note is checked but does not count", () => {
    const { quizOf } = choiceParser;
    const quiz = quizOf(
      [
        "---",
        "title: T",
        "kind: quiz",
        "---",
        "## Question 1: Which?",
        "- A) This",
        "  - Correct: Source: [IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html)",
        "- B) That",
        "  - Incorrect: see [SAR](https://docs.aws.amazon.com/service-authorization/latest/reference/).",
        "",
      ].join("\n"),
    );
    expect(sourceProblems(quiz)).toEqual([
      "Question 1 (line 5): no Source: link",
      "Question 1 (line 5): links the Service Authorization Reference home page",
    ]);
  });

  it("a qualifier on one side only is reported; on both sides, or on neither, it is not", () => {
    const quiz = classify(
      [
        "## Root user only",
        "- Close a standalone account",
        "  - x",
        "- Do a thing in a member account",
        "  - x",
        "## Delegable to IAM",
        "- Rename a member account",
        "  - x",
        "- View the bill once billing is open",
        "  - x",
        "",
      ].join("\n"),
    );
    expect(oneSidedQualifiers(quiz, ["standalone account", "member account", "once", "delegated administrator"])).toEqual([
      '"standalone account" appears only in root-only actions',
      '"once" appears only in delegable actions',
    ]);
  });

  it("an item needs a Lesson: line, and it must name a slide of the course", () => {
    const quiz = classify(
      [
        "## Root user only",
        "- Close the account",
        "  - Only the root user can.",
        "  - Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)",
        "## Delegable to IAM",
        "- Rename the account",
        "  - Because a name is a label.",
        "  - Lesson: [Gone](../_posts/2024-3-14-root-user-privileges.md#9)",
        "- Open a case",
        "  - Because asking for help is not a credential task.",
        "",
      ].join("\n"),
    );
    expect(lessonProblems(BUNDLED.course, "quizzes/check.md", quiz)).toEqual(["Rename the account: no slide 9: the lesson has 5 slides", "Open a case: no Lesson: line"]);
  });

  it("a delegable explanation needs both the IAM action and a reason", () => {
    const quiz = classify(
      [
        "## Root user only",
        "- Change the root user's password",
        "  - Root credentials are the root user's own.",
        "## Delegable to IAM",
        "- Rename the account",
        "  - Granted with `account:PutAccountName`.",
        "- Open a case",
        "  - Possible because asking for help is not a credential task.",
        "- Change the Support plan",
        "  - Granted with `supportplans:StartSupportPlanUpdate`, because a plan is a subscription, not a credential.",
        "",
      ].join("\n"),
    );
    expect(unexplainedDelegable(quiz)).toEqual([
      "Rename the account: explanation lacks a reason (because …)",
      "Open a case: explanation lacks the IAM action",
    ]);
  });
});

describe("the bundled quizzes", () => {
  const { course, quizzes } = BUNDLED;
  const classifyQuizzes = quizzes.filter((entry): entry is { file: string; entry: CourseEntry; quiz: ClassifyQuiz } => entry.quiz.kind === "classify");
  const choiceQuizzes = quizzes.filter((entry): entry is { file: string; entry: CourseEntry; quiz: ChoiceQuiz } => entry.quiz.kind === "choice");

  // A guard, not a content rule: the checks below run once per quiz found, so none may go missing.
  it("are one of each kind", () => {
    expect(classifyQuizzes.map((entry) => entry.file)).toEqual(["_quizzes/2024-3-16-root-or-delegable.md"]);
    expect(choiceQuizzes.map((entry) => entry.file)).toEqual(["_quizzes/2024-3-17-root-user-quiz.md"]);
  });

  it.each(quizzes.map((entry) => [entry.file, entry.quiz] as const))("%s: every item has a Source: link to a page the facts sheet cites, never the reference home page", (_file, quiz) => {
    expect(sourceProblems(quiz)).toEqual([]);
  });

  it.each(quizzes.map((entry) => [entry.file, entry.quiz] as const))("%s: every item names, with a Lesson: line, a slide of the bundled course", (file, quiz) => {
    expect(lessonProblems(course, file, quiz)).toEqual([]);
  });

  it.each(quizzes.map((entry) => [entry.file, entry.entry] as const))("%s: loaded for its page, every item links to its named slide, none to a suggested one", (_file, entry) => {
    const quiz = loadQuiz(course, entry)!;
    const revisits = quiz.kind === "classify" ? quiz.items.map((item) => item.revisit) : quiz.questions.map((question) => question.revisit);
    expect(revisits.every((revisit) => revisit?.suggested === false && /^\/lessons\/[^/]+\/[1-9]\d*$/.test(revisit.href))).toBe(true);
  });

  it.each(classifyQuizzes.map((entry) => [entry.file, entry.quiz] as const))("%s: no qualifier phrase appears in the actions of one category only", (_file, quiz) => {
    expect(oneSidedQualifiers(quiz)).toEqual([]);
  });

  it.each(classifyQuizzes.map((entry) => [entry.file, entry.quiz] as const))("%s: has at least 48 actions, in both categories", (_file, quiz) => {
    expect(quiz.items.length).toBeGreaterThanOrEqual(48);
    for (const category of quiz.categories) expect(quiz.items.filter((item) => item.category === category.key).length, category.key).toBeGreaterThanOrEqual(20);
  });

  it.each(classifyQuizzes.map((entry) => [entry.file, entry.quiz] as const))("%s: every delegable explanation names the IAM action and says why", (_file, quiz) => {
    expect(unexplainedDelegable(quiz)).toEqual([]);
  });
});
