import { describe, expect, it } from "vitest";
import { formatContentError, type ContentError } from "./errors";
import { lineOfKey, readFrontMatter, validateFrontMatter, type SourceParts } from "./front-matter";
import { entryFrontMatterSchema, sectionFrontMatterSchema } from "./schema";

function parts(file: string, source: string): SourceParts {
  const result = readFrontMatter(file, source);
  if ("message" in result) throw new Error(`unexpected error: ${formatContentError(result)}`);
  return result;
}

function yamlError(file: string, source: string): ContentError {
  const result = readFrontMatter(file, source);
  if (!("message" in result)) throw new Error("expected a YAML error");
  return result;
}

/** Every error validation reports for an entry file, as an instructor sees it. */
function entryErrors(file: string, source: string): string[] {
  const result = validateFrontMatter(entryFrontMatterSchema, file, parts(file, source));
  return "errors" in result ? result.errors.map(formatContentError) : [];
}

function sectionErrors(file: string, source: string): string[] {
  const result = validateFrontMatter(sectionFrontMatterSchema, file, parts(file, source));
  return "errors" in result ? result.errors.map(formatContentError) : [];
}

describe("readFrontMatter", () => {
  it("splits data from the body and keeps the body's line numbers", () => {
    const source = "---\nlayout: posts\ntitle: Root user\nlesson: 18\n---\n\n# Heading\n\nText\n";
    const { data, body } = parts("_posts/a.md", source);
    expect(data).toEqual({ layout: "posts", title: "Root user", lesson: 18 });
    const lines = body.split("\n");
    // Line 7 of the file is line 7 of the body.
    expect(lines[6]).toBe("# Heading");
    expect(lines.slice(0, 5).every((line) => line === "")).toBe(true);
    expect(body.split("\n")).toHaveLength(source.split("\n").length);
  });

  it("reads CRLF files with the same data and line numbers as LF files", () => {
    const lf = "---\nlayout: posts\ntitle: Root user\nlesson: 18\n---\n\n# Heading\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = parts("a.md", lf);
    const b = parts("b.md", crlf);
    expect(b.data).toEqual(a.data);
    expect(b.body.split(/\r?\n/).indexOf("# Heading")).toBe(6);
    expect(lineOfKey(b.yaml, "lesson")).toBe(4);
    expect(lineOfKey(a.yaml, "lesson")).toBe(4);
  });

  it("strips a byte order mark before the opening ---", () => {
    const { data, body } = parts("bom.md", "\uFEFF---\ntitle: With BOM\nlesson: 7\n---\n# Hi\n");
    expect(data).toEqual({ title: "With BOM", lesson: 7 });
    expect(body).toBe("\n\n\n\n# Hi\n");
    expect(body).not.toContain("\uFEFF");
  });

  it("treats a file without front matter as all body with no data", () => {
    const result = parts("plain.md", "# Just Markdown\n\nText\n");
    expect(result).toEqual({ data: {}, yaml: "", body: "# Just Markdown\n\nText\n" });
  });

  it("reads an empty file as no data and no body", () => {
    expect(parts("empty.md", "")).toEqual({ data: {}, yaml: "", body: "" });
  });

  it("reports YAML syntax errors at the line they are on", () => {
    const bad = "---\nlayout: posts\ntitle: Indented\n  lesson: 1\nsection: Section-1\n---\n\n# A\n";
    expect(formatContentError(yamlError("_posts/bad.md", bad))).toMatchInlineSnapshot(`"_posts/bad.md:4:1: error: front matter: this line is indented, so YAML reads it as part of the key above: start a top-level key at the beginning of the line (the line reads:   lesson: 1)"`);
    const duplicate = "---\ntitle: First\nlesson: 1\ntitle: Second\n---\n# A\n";
    expect(formatContentError(yamlError("_posts/dup.md", duplicate))).toMatchInlineSnapshot(`"_posts/dup.md:4:1: error: front matter: "title" is given twice (first on line 2): keep one of the two lines (the line reads: title: Second)"`);
  });

  it("reports the same line for CRLF files", () => {
    const bad = "---\r\nlayout: posts\r\ntitle: Indented\r\n  lesson: 1\r\n---\r\n# A\r\n";
    expect(yamlError("_posts/bad.md", bad).line).toBe(4);
  });

  it("reports an unterminated quote at the closing ---, where YAML runs out", () => {
    const error = yamlError("_posts/quote.md", "---\nlayout: posts\ntitle: 'Unclosed\nlesson: 1\n---\n# A\n");
    expect(formatContentError(error)).toMatchInlineSnapshot(`"_posts/quote.md:3:8: error: front matter: the ' that opens the value of "title" is never closed: write title: 'Unclosed' instead of title: 'Unclosed"`);
  });

  it("keeps reporting a YAML error when the same file is read again", () => {
    // A cache by content (as gray-matter had) would lose the error on a reload in development.
    const bad = "---\ntitle: Again\n  lesson: 1\n---\n# A\n";
    const first = readFrontMatter("_posts/again.md", bad);
    const second = readFrontMatter("_posts/again.md", bad);
    expect(second).toEqual(first);
    expect("message" in second).toBe(true);
  });

  it("hands back data a caller may change without affecting the next read", () => {
    const source = "---\ntitle: Shared\nlesson: 1\n---\n# A\n";
    const first = parts("a.md", source);
    first.data.title = "changed";
    expect(parts("a.md", source).data.title).toBe("Shared");
  });

  it("accepts ---yaml and ---yml, the names of YAML itself", () => {
    expect(parts("a.md", "---yaml\ntitle: A\n---\n# A\n").data).toEqual({ title: "A" });
    expect(parts("b.md", "--- yml \ntitle: B\n---\n# B\n").data).toEqual({ title: "B" });
  });

  it("refuses any other front matter language at line 1, without evaluating it", () => {
    const globals = globalThis as { pagebreakPwned?: boolean };
    for (const language of ["js", "javascript", "JS", "coffee", "coffeescript", "json", "toml", " js "]) {
      const source = `---${language}\n{ title: (globalThis.pagebreakPwned = true, "x") }\n---\n# A\n`;
      const error = yamlError("_posts/code.md", source);
      expect(formatContentError(error)).toBe(
        `_posts/code.md:1:1: error: front matter must be YAML; found ---${language.trim()} (remove "${language.trim()}" after the opening ---)`,
      );
    }
    expect(globals.pagebreakPwned).toBeUndefined();
  });

  it("reads YAML tags for JavaScript (js-yaml 3's !!js/function) as errors, never as code", () => {
    const error = yamlError("_posts/tag.md", "---\ntitle: !!js/function 'function () { globalThis.pagebreakPwned = true }'\n---\n# A\n");
    expect(error.message).toMatch(/^front matter: a value that starts with "!" is read as a tag/);
    expect((globalThis as { pagebreakPwned?: boolean }).pagebreakPwned).toBeUndefined();
  });

  it("follows Jekyll's delimiters: ---- opens no front matter", () => {
    expect(parts("a.md", "----\ntitle: A\n")).toEqual({ data: {}, yaml: "", body: "----\ntitle: A\n" });
  });

  it("rejects front matter that is not a mapping", () => {
    expect(formatContentError(yamlError("_posts/list.md", "---\n- a\n- b\n---\n# A\n"))).toMatchInlineSnapshot(`"_posts/list.md:2:1: error: front matter: expected \`key: value\` lines, found something else"`);
  });
});

describe("lineOfKey", () => {
  const yaml = parts("a.md", "---\nlayout: posts\ntitle: T\nsection: Section-1\nlesson: 2\n---\n# A\n").yaml;

  it("gives the file line of a top-level key", () => {
    expect(lineOfKey(yaml, "layout")).toBe(2);
    expect(lineOfKey(yaml, "title")).toBe(3);
    expect(lineOfKey(yaml, "section")).toBe(4);
    expect(lineOfKey(yaml, "lesson")).toBe(5);
  });

  it("gives line 1, the opening ---, for a missing key", () => {
    expect(lineOfKey(yaml, "order")).toBe(1);
  });

  it("does not match a key that only starts with the name, or a nested key", () => {
    const nested = parts("a.md", "---\ntitles: x\nmeta:\n  title: y\ntitle: T\n---\n# A\n").yaml;
    expect(lineOfKey(nested, "title")).toBe(5);
  });

  it("finds a quoted key", () => {
    const quoted = parts("a.md", '---\nlayout: posts\n"title": T\n---\n# A\n').yaml;
    expect(lineOfKey(quoted, "title")).toBe(3);
  });
});

describe("validateFrontMatter", () => {
  it("accepts the Jekyll keys of the real course and ignores them", () => {
    const source = [
      "---",
      "layout: posts",
      "title: 'Root User Privileges and Safe Practices'",
      "section: Section-14",
      "lesson: 18",
      "date: 2024-03-14",
      "permalink: /root/",
      "tags: [aws, iam]",
      "categories: security",
      "---",
      "# A",
    ].join("\n");
    const result = validateFrontMatter(entryFrontMatterSchema, "a.md", parts("a.md", source));
    expect(result).toMatchObject({ value: { title: "Root User Privileges and Safe Practices", section: "Section-14", lesson: 18 } });
  });

  it("reads numbers written as text and sections written as numbers", () => {
    const source = "---\ntitle: T\nsection: 14\nlesson: '18'\norder: ' 2 '\n---\n# A\n";
    const result = validateFrontMatter(entryFrontMatterSchema, "a.md", parts("a.md", source));
    expect(result).toEqual({ value: { title: "T", section: "14", lesson: 18, order: 2 } });
  });

  it("missing title", () => {
    expect(entryErrors("_posts/no-title.md", "---\nlayout: posts\nsection: Section-1\nlesson: 1\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/no-title.md:1:1: error: title: expected text, found nothing",
      ]
    `);
  });

  it("title that is a number", () => {
    expect(entryErrors("_posts/number.md", "---\nlayout: posts\ntitle: 42\nlesson: 1\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/number.md:3:1: error: title: expected text, found the number 42",
      ]
    `);
  });

  it("empty title", () => {
    expect(entryErrors("_posts/empty-title.md", "---\nlayout: posts\ntitle: ''\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/empty-title.md:3:1: error: title: expected non-empty text, found empty text",
      ]
    `);
    expect(entryErrors("_posts/blank-title.md", "---\nlayout: posts\ntitle:\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/blank-title.md:3:1: error: title: expected text, found an empty value",
      ]
    `);
  });

  it("unknown kind", () => {
    expect(entryErrors("_posts/essay.md", "---\nlayout: posts\ntitle: Essay\nsection: Section-1\nkind: essay\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/essay.md:5:1: error: kind: expected one of "lesson", "hands-on", "quiz", "classify", found the text "essay"",
      ]
    `);
  });

  it("order that is not a number", () => {
    expect(entryErrors("_hands_on/lab.md", "---\nlayout: hands_on\ntitle: Lab\nlesson: 2\norder: first\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_hands_on/lab.md:5:1: error: order: expected a number, found the text "first"",
      ]
    `);
    expect(entryErrors("_hands_on/lab.md", "---\nlayout: hands_on\ntitle: Lab\nlesson: 2\norder: [1, 2]\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_hands_on/lab.md:5:1: error: order: expected a number, found a list",
      ]
    `);
  });

  it("lesson that is neither a number nor text", () => {
    expect(entryErrors("_posts/bool.md", "---\nlayout: posts\ntitle: Bool\nlesson: true\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/bool.md:4:1: error: lesson: expected a number or text, found true",
      ]
    `);
  });

  it("section that is a list", () => {
    expect(entryErrors("_posts/list.md", "---\nlayout: posts\ntitle: List\nsection: [a, b]\n---\n# A\n")).toMatchInlineSnapshot(`
      [
        "_posts/list.md:4:1: error: section: expected text or a number, found a list",
      ]
    `);
  });

  it("no front matter at all", () => {
    expect(entryErrors("_posts/plain.md", "# Just Markdown\n\nText\n")).toMatchInlineSnapshot(`
      [
        "_posts/plain.md:1:1: error: title: expected text, found nothing; add \`title: …\` between two \`---\` lines at the top of the file",
      ]
    `);
  });

  it("several problems in one file: one error each, on its own line, in file order", () => {
    const source = "---\nlayout: posts\ntitle: 42\nsection: [a]\nlesson: 1\norder: soon\nkind: essay\n---\n# A\n";
    expect(entryErrors("_posts/many.md", source)).toMatchInlineSnapshot(`
      [
        "_posts/many.md:3:1: error: title: expected text, found the number 42",
        "_posts/many.md:4:1: error: section: expected text or a number, found a list",
        "_posts/many.md:6:1: error: order: expected a number, found the text "soon"",
        "_posts/many.md:7:1: error: kind: expected one of "lesson", "hands-on", "quiz", "classify", found the text "essay"",
      ]
    `);
  });

  it("section file without a name", () => {
    expect(sectionErrors("_sections/basics.md", "---\nlayout: section\ntitle: Basics\norder: 1\n---\nAbout the basics.\n")).toMatchInlineSnapshot(`
      [
        "_sections/basics.md:1:1: error: name: expected text or a number, found nothing",
      ]
    `);
  });

  it("section file with an order that is not a number", () => {
    expect(sectionErrors("_sections/basics.md", "---\nname: Section-2\ntitle: Basics\norder: second\n---\n")).toMatchInlineSnapshot(`
      [
        "_sections/basics.md:4:1: error: order: expected a number, found the text "second"",
      ]
    `);
  });

  it("accepts a minimal section file", () => {
    const result = validateFrontMatter(sectionFrontMatterSchema, "s.md", parts("s.md", "---\nlayout: section\nname: Section-2\n---\n"));
    expect(result).toEqual({ value: { layout: "section", name: "Section-2" } });
  });
});
