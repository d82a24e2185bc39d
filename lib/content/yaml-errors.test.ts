import { describe, expect, it } from "vitest";
import { formatContentError } from "./errors";
import { readFrontMatter } from "./front-matter";
import { quoteYaml } from "./yaml-errors";

/** The error for a lesson whose front matter holds these lines, as the checker prints it. */
function errorFor(...frontMatter: string[]): string {
  const result = readFrontMatter("lesson.md", `---\n${frontMatter.join("\n")}\n---\n\n## A\n\nText.\n`);
  if (!("message" in result)) throw new Error(`expected an error, read ${JSON.stringify(result.data)}`);
  return formatContentError(result);
}

describe("YAML errors in front matter: the line, the mistake and the fix", () => {
  it("a value that contains \": \" is rewritten in quotes, at the line and column of the value", () => {
    expect(errorFor("layout: posts", "title: Lesson 3: the shell", "lesson: 3")).toMatchInlineSnapshot(
      `"lesson.md:3:8: error: front matter: a title that contains ": " needs quotes (YAML would read a second key): write title: 'Lesson 3: the shell' instead of title: Lesson 3: the shell"`,
    );
  });

  it("picks quotes that survive a quote in the value itself", () => {
    expect(errorFor("title: Don't panic: the shell")).toMatchInlineSnapshot(
      `"lesson.md:2:8: error: front matter: a title that contains ": " needs quotes (YAML would read a second key): write title: "Don't panic: the shell" instead of title: Don't panic: the shell"`,
    );
    expect(errorFor(`description: Say "no": it's fine`)).toMatchInlineSnapshot(
      `"lesson.md:2:14: error: front matter: a description that contains ": " needs quotes (YAML would read a second key): write description: 'Say "no": it''s fine' instead of description: Say "no": it's fine"`,
    );
  });

  it("a tab in the indentation", () => {
    expect(errorFor("title: A", "\tlesson: 3")).toMatchInlineSnapshot(
      `"lesson.md:3:1: error: front matter: YAML indents with spaces, never tabs: replace the tab with spaces, or remove it before a top-level key (the line reads: \\tlesson: 3)"`,
    );
  });

  it("a value that starts with a character YAML reserves", () => {
    expect(["@home", "`ls` and you", "%50 off"].map((value) => errorFor(`title: ${value}`))).toMatchInlineSnapshot(`
      [
        "lesson.md:2:8: error: front matter: a value cannot start with "@" unless it is quoted (YAML reserves the character): write title: '@home' instead of title: @home",
        "lesson.md:2:8: error: front matter: a value cannot start with "\`" unless it is quoted (YAML reserves the character): write title: '\`ls\` and you' instead of title: \`ls\` and you",
        "lesson.md:2:8: error: front matter: a value cannot start with "%" unless it is quoted (YAML reserves the character): write title: '%50 off' instead of title: %50 off",
      ]
    `);
  });

  it("a value that starts with YAML syntax: an alias, a tag, a block, a list item", () => {
    expect(["*bold* text", "!important", "| the shell", "> the shell", "- a list?"].map((value) => errorFor(`title: ${value}`, "lesson: 1"))).toMatchInlineSnapshot(`
      [
        "lesson.md:2:8: error: front matter: a value that starts with "*" is read as an alias to an anchor ("*name"), not as text: quote it: write title: '*bold* text' instead of title: *bold* text",
        "lesson.md:2:8: error: front matter: a value that starts with "!" is read as a tag ("!name"), not as text: quote it: write title: '!important' instead of title: !important",
        "lesson.md:2:8: error: front matter: a value that starts with "|" is read as a block of text on the lines below, not as text: quote it: write title: '| the shell' instead of title: | the shell",
        "lesson.md:2:8: error: front matter: a value that starts with ">" is read as a folded block of text on the lines below, not as text: quote it: write title: '> the shell' instead of title: > the shell",
        "lesson.md:2:8: error: front matter: a value that starts with "-" is read as a list item, not as text: quote it: write title: '- a list?' instead of title: - a list?",
      ]
    `);
  });

  it("text that starts with a bracket, and a list or mapping left open", () => {
    expect(errorFor("title: [Draft] The shell")).toMatchInlineSnapshot(
      `"lesson.md:2:8: error: front matter: a value that starts with "[" is read as a list, not as text: quote it: write title: '[Draft] The shell' instead of title: [Draft] The shell"`,
    );
    expect(errorFor("title: T", "tags: [aws, iam", "lesson: 1")).toMatchInlineSnapshot(
      `"lesson.md:3:7: error: front matter: the list that "[" opens is never closed with "]" (if the brackets are part of the text, quote it): write tags: '[aws, iam' instead of tags: [aws, iam"`,
    );
    expect(errorFor("title: T", "categories: {a: 1", "lesson: 1")).toMatchInlineSnapshot(
      `"lesson.md:3:13: error: front matter: the mapping that "{" opens is never closed with "}" (if the brackets are part of the text, quote it): write categories: '{a: 1' instead of categories: {a: 1"`,
    );
  });

  it("a quote never closed, at the line that opens it rather than where YAML runs out", () => {
    expect(errorFor("title: T", 'description: "Buckets, objects', "section: S3")).toMatchInlineSnapshot(
      `"lesson.md:3:14: error: front matter: the " that opens the value of "description" is never closed: write description: "Buckets, objects" instead of description: "Buckets, objects"`,
    );
    expect(errorFor("title: 'Lesson' 3")).toMatchInlineSnapshot(
      `"lesson.md:2:8: error: front matter: the value of "title" goes on after its closing ': quote all of it: write title: "'Lesson' 3" instead of title: 'Lesson' 3"`,
    );
  });

  it("a key given twice names the line of the first", () => {
    expect(errorFor("title: First", "lesson: 1", "title: Second")).toMatchInlineSnapshot(
      `"lesson.md:4:1: error: front matter: "title" is given twice (first on line 2): keep one of the two lines (the line reads: title: Second)"`,
    );
  });

  it("a key without a space after its colon, alone or followed by others (js-yaml reads one long key)", () => {
    expect(errorFor("title:Foo", "lesson: 1")).toMatchInlineSnapshot(
      `"lesson.md:2:7: error: front matter: a key needs a space after its colon: write title: Foo instead of title:Foo"`,
    );
    expect(errorFor("title:Foo")).toMatchInlineSnapshot(
      `"lesson.md:2:7: error: front matter: a key needs a space after its colon: write title: Foo instead of title:Foo"`,
    );
  });

  it("a key without a colon", () => {
    expect(errorFor("title: A", "lesson 1")).toMatchInlineSnapshot(
      `"lesson.md:3:7: error: front matter: expected \`key: value\`, found no colon after "lesson": write lesson: 1 instead of lesson 1"`,
    );
  });

  it("a line of prose is not taken for a key without its colon", () => {
    const result = readFrontMatter("lesson.md", "---\nJust some notes\n---\n\n## A\n");
    expect("message" in result && formatContentError(result)).toMatchInlineSnapshot(`"lesson.md:2:1: error: front matter: expected \`key: value\` lines, found something else"`);
  });

  it("an indented key", () => {
    expect(errorFor("title: A", "  lesson: 1")).toMatchInlineSnapshot(
      `"lesson.md:3:1: error: front matter: this line is indented, so YAML reads it as part of the key above: start a top-level key at the beginning of the line (the line reads:   lesson: 1)"`,
    );
  });

  it("anything else: js-yaml's reason in plain words, without its code frame, and the line", () => {
    expect(errorFor("title: A", "<<: *base")).toMatchInlineSnapshot(`"lesson.md:3:10: error: front matter: not valid YAML: a value starting with * names a YAML anchor that does not exist (the line reads: <<: *base)"`);
    expect(errorFor('title: "C:\\Users\\me"')).toMatchInlineSnapshot(`"lesson.md:2:13: error: front matter: not valid YAML: in double quotes a backslash starts an escape like \\n: write \\\\ for a backslash, or use single quotes (the line reads: title: "C:\\Users\\me")"`);
  });

  it("a front matter block that is never closed says where its --- goes", () => {
    const error = readFrontMatter("lesson.md", "---\ntitle: A\nlesson: 2\n\n# The shell\n\nText.\n");
    expect("message" in error && formatContentError(error)).toMatchInlineSnapshot(
      `"lesson.md:1:1: error: front matter: the --- on line 1 opens it but no --- line closes it: add a line --- after line 3 (lesson: 2)"`,
    );
  });

  it("a front matter block that runs on into the lesson, to a slide's --- rule, says where its --- goes", () => {
    const error = readFrontMatter("lesson.md", "---\ntitle: A\nlesson: 2\n\n## The shell\n\n- ls\n- cd\n\nText.\n\n---\n\nMore.\n");
    expect("message" in error && formatContentError(error)).toMatchInlineSnapshot(`"lesson.md:1:1: error: front matter: the lesson seems to start at line 5 (## The shell), before the --- on line 12 that closes the front matter: add a line --- after line 3 (lesson: 2)"`);
  });

  it("a YAML mistake above the lesson is reported as itself, even when the front matter runs on", () => {
    const error = readFrontMatter("lesson.md", "---\ntitle: Lesson 3: the shell\n\n## The shell\n\nText.\n\n---\n\nMore.\n");
    expect("message" in error && error.line).toBe(2);
  });

  it("counts lines in CRLF files like in LF files", () => {
    const result = readFrontMatter("lesson.md", "---\r\nlayout: posts\r\ntitle: Lesson 3: the shell\r\n---\r\n\r\n## A\r\n");
    expect("message" in result && [result.line, result.column]).toEqual([3, 8]);
  });
});

describe("values YAML reads as nothing", () => {
  it("says why a title that starts with # or & is empty, or one in brackets a list, and how to write it", async () => {
    const { validateFrontMatter } = await import("./front-matter");
    const { entryFrontMatterSchema } = await import("./schema");
    const errors = ["#1 Basics", "&more", "[Draft]", "{draft}"].map((value) => {
      const parts = readFrontMatter("lesson.md", `---\ntitle: ${value}\n---\n\n## A\n`);
      if ("message" in parts) throw new Error(parts.message);
      const result = validateFrontMatter(entryFrontMatterSchema, "lesson.md", parts);
      return "errors" in result ? result.errors.map(formatContentError) : [];
    });
    expect(errors).toMatchInlineSnapshot(`
      [
        [
          "lesson.md:2:1: error: title: expected text, found an empty value (YAML reads "#1 Basics" after ": " as a comment): write title: '#1 Basics'",
        ],
        [
          "lesson.md:2:1: error: title: expected text, found an empty value (YAML reads "&more" after ": " as an anchor name): write title: '&more'",
        ],
        [
          "lesson.md:2:1: error: title: expected text, found a list (YAML reads "[Draft]" after ": " as a list): write title: '[Draft]'",
        ],
        [
          "lesson.md:2:1: error: title: expected text, found a mapping (YAML reads "{draft}" after ": " as a mapping): write title: '{draft}'",
        ],
      ]
    `);
  });
});

describe("quoteYaml", () => {
  it("quotes so that YAML reads back the same text", async () => {
    const { load } = await import("js-yaml");
    for (const value of ["Lesson 3: the shell", "Don't panic: ok", `Say "no": it's fine`, "a \\ b: 'c'", "#1"]) {
      expect(load(`title: ${quoteYaml(value)}`)).toEqual({ title: value });
    }
  });
});
