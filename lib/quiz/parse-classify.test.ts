import { describe, expect, it } from "vitest";
import { fixture, parserFor } from "./__fixtures__/quiz-source";
import { parseClassifyQuiz } from "./parse";

const FILE = "quizzes/root-or-delegable.md";

const { quizOf, errorsOf } = parserFor(FILE, parseClassifyQuiz);

/** A classify quiz with the two usual categories; `body` starts on line 7. */
function classify(body: string, frontMatter = "categories:\n  root-only: Root user only\n  delegable: Delegable to IAM"): string {
  return `---\ntitle: Root or delegable?\nkind: classify\n${frontMatter}\n---\n${body}`;
}

describe("parseClassifyQuiz on classify-basic.md", () => {
  const quiz = quizOf(fixture("classify-basic.md"));

  it("reads the settings and the intro (the text before the first heading)", () => {
    expect(quiz).toMatchObject({ kind: "classify", title: "Root or delegable?", mode: "practice", pass: 0.8, shuffle: true });
    expect(quiz.introHtml).toBe(
      "<p>Sort each action: can <strong>only</strong> the root user do it, or can an IAM principal be allowed to?</p>",
    );
    expect(quiz.categories).toEqual([
      { key: "root-only", label: "Root user only" },
      { key: "delegable", label: "Delegable to IAM" },
    ]);
  });

  it("reads each top-level list item as an item of the category above it, by label or key, past ### headings", () => {
    expect(quiz.items.map((item) => [item.line, item.category, item.id])).toEqual([
      [17, "root-only", "close-a-standalone-aws-account"],
      [20, "root-only", "change-the-account-s-root-email-address"],
      [21, "root-only", "restore-iam-permissions-after-a-policy-locked-every-admin-out"],
      [29, "root-only", "register-as-a-seller-in-the-reserved-instance-marketplace"],
      [37, "delegable", "launch-an-ec2-instance"],
      [40, "delegable", "create-an-iam-user"],
    ]);
  });

  it("renders the action inline, without a paragraph around it or the comment in it", () => {
    expect(quiz.items.map((item) => item.html)).toEqual([
      "Close a standalone AWS account",
      "Change the account's <em>root</em> email address",
      "Restore IAM permissions after a policy locked every admin out",
      "Register as a seller in the Reserved Instance Marketplace",
      "Launch an EC2 instance",
      "Create an IAM user",
    ]);
  });

  it("turns nested items and following paragraphs into explanation paragraphs, and Source lines into links", () => {
    const [close, email, restore, seller, launch, create] = quiz.items;
    expect(close).toMatchObject({
      explanationHtml: "<p>Only the root user can close it; member accounts can be closed from the management account.</p>",
      sources: [
        {
          url: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close.html",
          label: "AWS Organizations User Guide",
        },
      ],
    });
    expect(email).toMatchObject({ explanationHtml: "", sources: [] });
    expect(restore).toMatchObject({
      explanationHtml: "<p>When a bucket policy denies everyone, the root user can still delete it.</p>",
      sources: [
        { url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks", label: "Root user tasks" },
        // A bare URL is labelled by its host.
        { url: "https://repost.aws/knowledge-center/s3-accidentally-denied-access", label: "repost.aws" },
      ],
    });
    expect(seller).toMatchObject({
      explanationHtml: "<p>Seller registration is root-only.</p>",
      sources: [
        { url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html", label: "Seller registration" },
        { url: "https://aws.amazon.com/ec2/pricing/reserved-instances/marketplace/", label: "aws.amazon.com" },
      ],
    });
    expect(launch).toMatchObject({ explanationHtml: "<p>Any IAM principal allowed <code>ec2:RunInstances</code> can.</p>", sources: [] });
    // The pagebreak marker indented under the last item is dropped, not rendered or reported.
    expect(create).toMatchObject({ explanationHtml: "<p><code>iam:CreateUser</code> can be granted.</p>", sources: [] });
  });

  it("reads the same quiz from the file with CRLF line endings", () => {
    expect(quizOf(fixture("classify-basic.md").replace(/\n/g, "\r\n"))).toEqual(quiz);
  });
});

describe("parseClassifyQuiz: items", () => {
  it("matches headings by key or label whatever their case and spacing, and reads ordered lists and several lists", () => {
    const quiz = quizOf(classify("##   ROOT-ONLY  \n\n1. One\n2. Two\n\n* Three\n\n## delegable to iam\n\n- Four\n"));
    expect(quiz.items.map((item) => [item.category, item.html])).toEqual([
      ["root-only", "One"],
      ["root-only", "Two"],
      ["root-only", "Three"],
      ["delegable", "Four"],
    ]);
    expect(quiz.introHtml).toBe("");
  });

  it("keeps a list nested deeper than the explanation as a list, and ignores horizontal rules between items", () => {
    const quiz = quizOf(classify("## Root user only\n\n- Close the account\n  - Only after:\n    - paying the bill\n    - leaving the organization\n\n---\n\n## Delegable to IAM\n\n- Launch\n"));
    expect(quiz.items[0]!.explanationHtml).toBe("<p>Only after:</p>\n<ul>\n<li>paying the bill</li>\n<li>leaving the organization</li>\n</ul>");
  });

  it("gives actions whose text differs only in punctuation distinct ids", () => {
    const quiz = quizOf(classify("## Root user only\n\n- Close: the account\n- Close the account?\n- ???\n\n## Delegable to IAM\n\n- Launch\n"));
    expect(quiz.items.map((item) => item.id)).toEqual(["close-the-account", "close-the-account-2", "item", "launch"]);
  });

  it("resolves reference links in actions and sources", () => {
    const quiz = quizOf(classify("## Root user only\n\n- Close the [account][acct]\n  - Source: [Closing][acct]\n\n## Delegable to IAM\n\n- Launch\n\n[acct]: https://example.com/close\n"));
    expect(quiz.items[0]).toMatchObject({
      html: 'Close the <a href="https://example.com/close">account</a>',
      sources: [{ url: "https://example.com/close", label: "Closing" }],
    });
  });
});

describe("parseClassifyQuiz: Lesson lines", () => {
  it("keeps a nested Lesson line, as a sub-item or a paragraph, with its line, out of the explanation", () => {
    const quiz = quizOf(
      classify(
        [
          "## Root user only",
          "",
          "- Close the account",
          "  - Only the root user can.",
          "  - Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)",
          "  - Source: [Docs](https://example.com/close)",
          "",
          "## Delegable to IAM",
          "",
          "- Launch an instance",
          "",
          "  Anyone with `ec2:RunInstances`.",
          "",
          "  Lesson: [the lesson][lesson]",
          "- Tag a bucket",
          "  - Anyone with the permission.",
          "",
          "[lesson]: ../_posts/ec2.md#launching",
          "",
        ].join("\n"),
      ),
    );
    const [close, launch, tag] = quiz.items;
    expect(close).toMatchObject({
      explanationHtml: "<p>Only the root user can.</p>",
      sources: [{ url: "https://example.com/close", label: "Docs" }],
      lesson: { href: "../_posts/2024-3-14-root-user-privileges.md#3", line: 12 },
    });
    expect(launch).toMatchObject({ explanationHtml: "<p>Anyone with <code>ec2:RunInstances</code>.</p>", lesson: { href: "../_posts/ec2.md#launching", line: 21 } });
    expect(tag).not.toHaveProperty("lesson");
  });

  it("does not count a Lesson line alone as an explanation", () => {
    const quiz = quizOf(classify("## Root user only\n\n- Close\n  - Lesson: [Closing](lesson.md)\n\n## Delegable to IAM\n\n- Launch\n"));
    expect(quiz.items[0]).toMatchObject({ explanationHtml: "", lesson: { href: "lesson.md", line: 11 } });
  });

  it("reports a Lesson line without a link, with two links, and a second Lesson line", () => {
    const body = [
      "## Root user only",
      "",
      "- Close",
      "  - Lesson: slide 3 of the root user lesson",
      "- Restore permissions",
      "  - Lesson: [One](a.md#1) or [two](b.md#2)",
      "",
      "## Delegable to IAM",
      "",
      "- Launch",
      "  - Lesson: [One](a.md#1)",
      "  - Lesson: [Two](a.md#2)",
      "",
    ].join("\n");
    expect(errorsOf(classify(body))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:11:1: error: expected a link after \`Lesson:\` to the slide that teaches the item (like \`Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)\`), found "Lesson: slide 3 of the root user lesson"",
        "quizzes/root-or-delegable.md:13:1: error: expected one link after \`Lesson:\`, to the one slide that teaches the item (like \`Lesson: [Root-only actions](../_posts/2024-3-14-root-user-privileges.md#3)\`), found 2 links",
        "quizzes/root-or-delegable.md:19:1: error: expected one \`Lesson:\` line for action "Launch", found another (the first is on line 18)",
      ]
    `);
  });
});

describe("parseClassifyQuiz: errors", () => {
  it("reports missing categories at line 1, and then cannot check the headings", () => {
    expect(errorsOf("---\ntitle: No categories\nkind: classify\n---\n## Root user only\n\n- Close the account\n")).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:1:1: error: categories: expected a mapping of category keys to labels (like \`root-only: Root user only\`, one per line), found nothing",
      ]
    `);
  });

  it("reports fewer than 2 categories at the categories line", () => {
    expect(errorsOf(classify("## Root user only\n\n- Close\n", "categories:\n  root-only: Root user only"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: categories: expected at least 2 categories to sort items into, found only "root-only"",
      ]
    `);
  });

  it("reports categories that are not a mapping, such as a Jekyll list", () => {
    expect(errorsOf(classify("## Root user only\n\n- Close\n", "categories: [root-only, delegable]"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: categories: expected a mapping of category keys to labels (like \`root-only: Root user only\`, one per line), found a list",
      ]
    `);
  });

  it("reports a label that is not text, naming its key, and still checks the body", () => {
    expect(
      errorsOf(classify("## Root user only\n\n- Close\n", "categories:\n  root-only: Root user only\n  delegable: 12\n  empty:")),
    ).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: categories.delegable: expected the label learners see (like \`root-only: Root user only\`), found the number 12",
        "quizzes/root-or-delegable.md:4:1: error: categories.empty: expected the label learners see (like \`root-only: Root user only\`), found an empty value",
      ]
    `);
  });

  it("reports a heading that names no category once, without loading or reporting what is under it", () => {
    expect(
      errorsOf(classify("## Root only\n\nA paragraph.\n\n- Close\n\n## Root user only\n\n- Close\n\n## Delegable to IAM\n\n- Launch\n")),
    ).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:8:1: error: heading "Root only" is not a category; expected one of "Root user only" (root-only), "Delegable to IAM" (delegable)",
      ]
    `);
  });

  it("reports list items before any category heading", () => {
    expect(errorsOf(classify("Intro.\n\n- Close\n- Delete\n\n## Root user only\n\n- Close\n\n## Delegable to IAM\n\n- Launch\n"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:10:1: error: expected a category heading (\`## Root user only\` or \`## Delegable to IAM\`) above these list items, found none: the text before the first \`##\` heading is the intro",
      ]
    `);
  });

  it("reports blocks directly under a category heading, each by what it is", () => {
    const body = "## Root user only\n\nA stray paragraph.\n\n- Close\n\n```\ncode\n```\n\n> quoted\n\n# Title\n\n## Delegable to IAM\n\n- Launch\n";
    expect(errorsOf(classify(body))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:10:1: error: expected list items under \`## Root user only\`, found a paragraph (to explain an item, indent it under the item)",
        "quizzes/root-or-delegable.md:14:1: error: expected list items under \`## Root user only\`, found a code block",
        "quizzes/root-or-delegable.md:18:1: error: expected list items under \`## Root user only\`, found a block quote",
        "quizzes/root-or-delegable.md:20:1: error: expected list items under \`## Root user only\`, found a heading \`# Title\`",
      ]
    `);
  });

  it("reports a category without items at the categories line, with or without its heading", () => {
    expect(errorsOf(classify("## Root user only\n\n- Close\n"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: category "Delegable to IAM" (delegable) has no items: expected a \`## Delegable to IAM\` heading with list items under it, found none",
      ]
    `);
    expect(errorsOf(classify("## Root user only\n\n- Close\n\n## Delegable to IAM\n\nNothing here yet.\n"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: category "Delegable to IAM" (delegable) has no items: expected list items under \`## Delegable to IAM\` (line 12), found none",
        "quizzes/root-or-delegable.md:14:1: error: expected list items under \`## Delegable to IAM\`, found a paragraph (to explain an item, indent it under the item)",
      ]
    `);
  });

  it("reports a duplicate item (case and spacing aside) at its line, naming the first one's line, in any category", () => {
    const body = "## Root user only\n\n- Close the account\n- close  the **Account**\n\n## Delegable to IAM\n\n- Launch\n- Close the account\n";
    expect(errorsOf(classify(body))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:11:1: error: expected each action once, found "close the Account" again (first on line 10)",
        "quizzes/root-or-delegable.md:16:1: error: expected each action once, found "Close the account" again (first on line 10)",
      ]
    `);
  });

  it("reports an item without action text", () => {
    expect(errorsOf(classify("## Root user only\n\n- Close\n-\n- <!-- todo -->\n-   - Only a nested item\n\n## Delegable to IAM\n\n- Launch\n"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:11:1: error: expected the action to classify on the item's first line, found nothing",
        "quizzes/root-or-delegable.md:12:1: error: expected the action to classify on the item's first line, found nothing",
        "quizzes/root-or-delegable.md:13:1: error: expected the action to classify on the item's first line, found a list",
      ]
    `);
  });

  it("reports a Source line without a link", () => {
    expect(errorsOf(classify("## Root user only\n\n- Close\n  - Source: the AWS docs\n\n## Delegable to IAM\n\n- Launch\n"))).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:11:1: error: expected a link after \`Source:\` (like \`Source: [AWS docs](https://docs.aws.amazon.com/…)\`), found "Source: the AWS docs"",
      ]
    `);
  });

  it("reports every problem of a file, front matter and body, top to bottom", () => {
    const source = classify(
      "- Too early\n\n## Root only\n\n- Skipped\n\n## Root user only\n\nStray.\n\n- Close\n- Close\n",
      "pass: 120\nmode: test\ncategories:\n  root-only: Root user only\n  delegable: Delegable to IAM",
    );
    expect(errorsOf(source)).toMatchInlineSnapshot(`
      [
        "quizzes/root-or-delegable.md:4:1: error: pass: expected a percentage from 0 to 100, found 120",
        "quizzes/root-or-delegable.md:5:1: error: mode: expected one of "practice", "exam", found the text "test"",
        "quizzes/root-or-delegable.md:6:1: error: category "Delegable to IAM" (delegable) has no items: expected a \`## Delegable to IAM\` heading with list items under it, found none",
        "quizzes/root-or-delegable.md:10:1: error: expected a category heading (\`## Root user only\` or \`## Delegable to IAM\`) above these list items, found none: the text before the first \`##\` heading is the intro",
        "quizzes/root-or-delegable.md:12:1: error: heading "Root only" is not a category; expected one of "Root user only" (root-only), "Delegable to IAM" (delegable)",
        "quizzes/root-or-delegable.md:18:1: error: expected list items under \`## Root user only\`, found a paragraph (to explain an item, indent it under the item)",
        "quizzes/root-or-delegable.md:21:1: error: expected each action once, found "Close" again (first on line 20)",
      ]
    `);
  });
});
