import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Heading, List, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { PAGEBREAK_RE, parseMarkdown, splitSlides, type SlideTree } from "./split";

/** Replaces a leading `---` front matter block with as many blank lines, so line numbers stay absolute. */
function stripFrontMatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\r\n]/g, "") + source.slice(match[0].length);
}

function split(source: string): SlideTree[] {
  return splitSlides(parseMarkdown(source));
}

function slideTexts(source: string): string[] {
  return split(source).map((slide) => toString(slide.tree));
}

function ranges(slides: SlideTree[]): [number, number][] {
  return slides.map((slide) => [slide.startLine, slide.endLine]);
}

function firstHeading(tree: Root): Heading | undefined {
  return tree.children.find((node): node is Heading => node.type === "heading");
}

/** text, inlineCode and code values in document order, skipping whitespace-only text. */
function textValues(node: Nodes): string[] {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "code") {
    return node.type === "text" && node.value.trim() === "" ? [] : [node.value];
  }
  return "children" in node ? node.children.flatMap((child) => textValues(child)) : [];
}

function countHtmlValues(node: Nodes, re: RegExp): number {
  if (node.type === "html") return re.test(node.value.trim()) ? 1 : 0;
  return "children" in node
    ? node.children.reduce((sum, child) => sum + countHtmlValues(child, re), 0)
    : 0;
}

const M = "<!-- pagebreak -->";

describe("PAGEBREAK_RE", () => {
  it("accepts case and spacing variants, rejects anything else", () => {
    for (const ok of [M, "<!--pagebreak-->", "<!--  PageBreak  -->", "<!--\tPAGEBREAK\t-->"]) {
      expect(PAGEBREAK_RE.test(ok)).toBe(true);
    }
    for (const bad of ["<!-- pagebreak --> x", "x <!-- pagebreak -->", "<!-- page break -->", "<!-- pagebreaks -->", "<!-- note -->"]) {
      expect(PAGEBREAK_RE.test(bad)).toBe(false);
    }
  });
});

describe("parseMarkdown", () => {
  it("parses GFM with positions", () => {
    const tree = parseMarkdown("| a |\n| - |\n| b |\n\n~~gone~~\n");
    expect(tree.children[0]?.type).toBe("table");
    expect(tree.children[0]?.position?.start.line).toBe(1);
    expect(toString(tree)).toContain("gone");
  });
});

describe("splitSlides: where markers are", () => {
  it("returns [] for an empty or blank document", () => {
    expect(split("")).toEqual([]);
    expect(split("\n\n   \n")).toEqual([]);
    expect(split(`${M}\n`)).toEqual([]);
    expect(split(`${M}\n\n---\n\n<!-- note -->\n\n${M}\n`)).toEqual([]);
  });

  it("keeps a document without markers as one slide", () => {
    expect(slideTexts("# Title\n\nBody text.\n")).toEqual(["TitleBody text."]);
  });

  it("drops empty slides from markers first, last, doubled and tripled", () => {
    expect(slideTexts(`${M}\n\na\n`)).toEqual(["a"]);
    expect(slideTexts(`a\n\n${M}\n`)).toEqual(["a"]);
    expect(slideTexts(`a\n\n${M}\n${M}\n\nb\n`)).toEqual(["a", "b"]);
    expect(slideTexts(`${M}\n\na\n\n${M}\n\n${M}\n\n${M}\n\nb\n\n${M}\n${M}\n`)).toEqual(["a", "b"]);
  });

  it("accepts marker case and spacing variants", () => {
    expect(slideTexts("a\n\n<!--pagebreak-->\n\nb\n\n<!--  PageBreak  -->\n\nc\n\n<!-- PAGEBREAK -->   \n\nd\n")).toEqual(["a", "b", "c", "d"]);
  });

  it("does not split on a marker sharing its line with text", () => {
    expect(split(`${M} more text\n\nb\n`)).toHaveLength(1);
    expect(split(`a ${M} b\n`)).toHaveLength(1);
    expect(split(`a\n${M} b\n`)).toHaveLength(1);
    expect(split(`# Title ${M}\n\nb\n`)).toHaveLength(1);
    expect(split(`| h |\n| - |\n| ${M} |\n\nb\n`)).toHaveLength(1);
  });

  it("treats markers in code as text", () => {
    const fenced = "a\n\n```md\n" + M + "\n```\n\nb\n";
    const tilde = "a\n\n~~~\n" + M + "\n~~~\n\nb\n";
    const indented = "a\n\n    " + M + "\n\nb\n";
    const inline = "a `" + M + "` b\n";
    for (const source of [fenced, tilde, indented, inline]) {
      const slides = split(source);
      expect(slides).toHaveLength(1);
      expect(toString(slides[0]!.tree)).toContain(M);
    }
  });

  it("splits a marker at column 0 right after a list item (it closes the list)", () => {
    const slides = split(`- a\n- b\n${M}\n- c\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["ab", "c"]);
    expect(slides[0]!.tree.children.map((n) => n.type)).toEqual(["list"]);
  });

  it("cuts a list item when the marker is indented under it", () => {
    const slides = split(`- a\n  ${M}\n- b\n- c\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["a", "bc"]);
    for (const slide of slides) expect(slide.tree.children.map((n) => n.type)).toEqual(["list"]);
    const first = slides[0]!.tree.children[0] as List;
    expect(first.children).toHaveLength(1); // no empty item left behind
  });

  it("keeps list items that were empty in the source", () => {
    const slides = split(`- a\n-\n- b\n  ${M}\n- c\n`);
    expect(slides.map((s) => (s.tree.children[0] as List).children.length)).toEqual([3, 1]);
    const ordered = split(`1. a\n2.\n3. b\n   ${M}\n4. c\n`);
    expect(ordered.map((s) => (s.tree.children[0] as List).start)).toEqual([1, 4]);
  });

  it("continues a cut list item inside a list on the next slide", () => {
    const slides = split(`- a\n\n  ${M}\n\n  a2\n- b\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["a", "a2b"]);
    const rest = slides[1]!.tree.children[0] as List;
    expect(rest.type).toBe("list");
    expect(rest.children.map((item) => toString(item))).toEqual(["a2", "b"]);
  });

  it("cuts nested lists", () => {
    const slides = split(`- a\n  - a1\n    ${M}\n  - a2\n- b\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["aa1", "a2b"]);
    const rest = slides[1]!.tree.children[0] as List;
    expect(rest.children[0]!.children[0]!.type).toBe("list");
  });

  it("cuts a block quote and keeps both halves as quotes", () => {
    const slides = split(`> a\n>\n> ${M}\n>\n> b\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["a", "b"]);
    for (const slide of slides) expect(slide.tree.children.map((n) => n.type)).toEqual(["blockquote"]);
  });

  it("cuts a list inside a quote", () => {
    const slides = split(`> - a\n>   ${M}\n> - b\n`);
    expect(slides.map((s) => toString(s.tree))).toEqual(["a", "b"]);
    for (const slide of slides) {
      const quote = slide.tree.children[0]!;
      expect(quote.type).toBe("blockquote");
      expect(quote.type === "blockquote" && quote.children[0]!.type).toBe("list");
    }
  });

  it("continues ordered list numbering", () => {
    const whole = split(`3. a\n4. b\n   ${M}\n5. c\n`);
    expect(whole.map((s) => (s.tree.children[0] as List).start)).toEqual([3, 5]);

    const cutItem = split(`1. a\n2. b\n\n   ${M}\n\n   b2\n3. c\n`);
    expect(cutItem.map((s) => (s.tree.children[0] as List).start)).toEqual([1, 2]);
    expect(cutItem.map((s) => toString(s.tree))).toEqual(["ab", "b2c"]);

    const twice = split(`1. a\n   ${M}\n2. b\n   ${M}\n3. c\n`);
    expect(twice.map((s) => (s.tree.children[0] as List).start)).toEqual([1, 2, 3]);

    const bullets = split(`- a\n  ${M}\n- b\n`);
    expect(bullets.map((s) => (s.tree.children[0] as List).start)).toEqual([null, null]);
  });

  it("drops slides holding only blank things", () => {
    expect(slideTexts(`a\n\n${M}\n\n---\n`)).toEqual(["a"]);
    expect(slideTexts(`a\n\n${M}\n\n<!-- note -->\n\n${M}\n\nb\n`)).toEqual(["a", "b"]);
    expect(slideTexts(`a\n\n${M}\n\n> ---\n>\n> <!-- x -->\n\n${M}\n\nb\n`)).toEqual(["a", "b"]);
    expect(slideTexts(`a\n\n${M}\n\n***\n\n___\n`)).toEqual(["a"]);
  });

  it("keeps slides whose only content is code, an image or non-comment html", () => {
    expect(split(`a\n\n${M}\n\n\`\`\`\n\n\`\`\`\n`)).toHaveLength(2);
    expect(split(`a\n\n${M}\n\n![](x.png)\n`)).toHaveLength(2);
    expect(split(`a\n\n${M}\n\n<div></div>\n`)).toHaveLength(2);
  });

  it("splits CRLF input", () => {
    expect(slideTexts(`a\r\n${M}\r\nb\r\n`)).toEqual(["a", "b"]);
    expect(slideTexts(`- a\r\n  <!--  PageBreak  -->\r\n- b\r\n`)).toEqual(["a", "b"]);
    expect(ranges(split(`a\r\n\r\n${M}\r\n\r\nb\r\n`))).toEqual([[1, 1], [5, 5]]);
  });

  it("reports each slide's own line range", () => {
    const source = [
      "# A", //                  1
      "", //                     2
      "para", //                 3
      M, //                      4
      "", //                     5
      "- x", //                  6
      "  " + M, //               7
      "- y", //                  8
      "  - y1", //               9
      "", //                    10
      "> q1", //                11
      ">", //                   12
      "> " + M, //              13
      "> q2", //                14
      "", //                    15
      M, //                     16
      "", //                    17
    ].join("\n");
    expect(ranges(split(source))).toEqual([[1, 3], [6, 6], [8, 11], [14, 14]]);
  });

  it("does not mutate the input tree", () => {
    const tree = parseMarkdown(`1. a\n   ${M}\n2. b\n\n> q\n>\n> ${M}\n>\n> r\n`);
    const before = JSON.stringify(tree);
    splitSlides(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe("splitSlides: the sample lesson", () => {
  const fixture = fileURLToPath(new URL("./__fixtures__/split/root-user-privileges.md", import.meta.url));
  const raw = readFileSync(fixture, "utf8");

  it("strips front matter without moving lines, and leaves other documents alone", () => {
    const stripped = stripFrontMatter(raw);
    expect(stripped.split("\n")).toHaveLength(raw.split("\n").length);
    expect(stripped.startsWith("\n\n\n\n\n\n\n### Understanding")).toBe(true);
    expect(stripFrontMatter("# No front matter\n\n---\n")).toBe("# No front matter\n\n---\n");
  });

  for (const [label, source] of [
    ["LF", raw],
    ["CRLF", raw.replace(/\r?\n/g, "\r\n")],
  ] as const) {
    it(`splits into the five expected slides (${label})`, () => {
      const slides = splitSlides(parseMarkdown(stripFrontMatter(source)));
      expect(slides.map((s) => toString(firstHeading(s.tree)))).toEqual([
        "Understanding Root User Privileges",
        "Key Guidelines for Root User Safety",
        "Root-Only Actions",
        "Best Practices for Root User Management",
        "Conclusion",
      ]);
      const texts = slides.map((s) => toString(s.tree));
      expect(texts[0]).toContain("Overview of Root User Access");
      expect(texts[2]).toContain("Sign up for AWS GovCloud.");
      expect(texts[3]).toContain("MFA (Multi-Factor Authentication): Always enable MFA");
      expect(texts.filter((t) => t.includes("Sign up for AWS GovCloud."))).toHaveLength(1);
      expect(ranges(slides)).toEqual([[8, 12], [16, 19], [22, 40], [43, 46], [49, 53]]);
    });
  }
});

describe("splitSlides: properties", () => {
  const word = fc.constantFrom("alpha", "beta", "gamma", "delta", "root", "user", "cloud", "key", "MFA", "x");
  const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
  const marker = fc.constantFrom(M, "<!--pagebreak-->", "<!--  PageBreak  -->", "<!-- PAGEBREAK -->  ");
  const indent = (prefix: string, lines: string[]) => lines.map((line) => (line === "" ? "" : prefix + line));

  const paragraph = fc.array(words, { minLength: 1, maxLength: 2 });
  const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), words).map(([n, w]) => ["#".repeat(n) + " " + w]);
  const fence = fc
    .tuple(fc.constantFrom("```", "~~~"), fc.array(fc.oneof(words, marker), { maxLength: 3 }))
    .map(([f, body]) => [f, ...body, f]);
  const inlineCode = fc.tuple(words, marker).map(([w, m]) => [`${w} \`${m}\` ${w}`]);
  const inlineHtml = fc.tuple(words, marker).map(([w, m]) => [`${w} ${m} ${w}`]);
  const hr = fc.constantFrom(["---"], ["***"], ["<!-- note -->"]);

  // Content that can sit under a list item or inside a quote.
  const inner: fc.Arbitrary<string[]> = fc.oneof(
    marker.map((m) => [m]),
    paragraph.map((p) => ["", ...p]),
    fc.array(words, { minLength: 1, maxLength: 2 }).map((ws) => ws.map((w) => "- " + w)),
    fence,
  );
  const listItem = (bullet: string) =>
    fc.tuple(words, fc.array(inner, { maxLength: 3 })).map(([w, nested]) => [
      bullet + w,
      ...indent(" ".repeat(bullet.length), nested.flat()),
    ]);
  const bulletList = fc.array(listItem("- "), { minLength: 1, maxLength: 4 }).map((items) => items.flat());
  const orderedList = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.array(listItem("1. "), { minLength: 1, maxLength: 4 }))
    .map(([start, items]) => items.flat().map((line, i) => (i === 0 ? line.replace(/^1\./, `${start}.`) : line)));
  const quote = fc
    .array(fc.oneof(inner, bulletList), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.flat().map((line) => (line === "" ? ">" : "> " + line)));

  const block = fc.oneof(
    { weight: 3, arbitrary: paragraph },
    { weight: 1, arbitrary: heading },
    { weight: 2, arbitrary: bulletList },
    { weight: 2, arbitrary: orderedList },
    { weight: 2, arbitrary: quote },
    { weight: 1, arbitrary: fence },
    { weight: 1, arbitrary: fc.constant(["    indented code", `    ${M}`]) },
    { weight: 1, arbitrary: inlineCode },
    { weight: 1, arbitrary: inlineHtml },
    { weight: 1, arbitrary: hr },
    { weight: 3, arbitrary: marker.map((m) => [m]) },
  );
  const document = fc
    .tuple(
      fc.array(fc.tuple(block, fc.constantFrom("\n\n", "\n", "\n\n\n")), { maxLength: 10 }),
      fc.constantFrom("\n", "\r\n"),
    )
    .map(([blocks, eol]) =>
      blocks
        .map(([lines, sep]) => lines.join("\n") + sep)
        .join("")
        .replace(/\n/g, eol),
    );

  it("never yields blank slides, loses or duplicates no text, and keeps ranges ordered", () => {
    fc.assert(
      fc.property(document, (source) => {
        const tree = parseMarkdown(source);
        const before = JSON.stringify(tree);
        const slides = splitSlides(tree);

        expect(JSON.stringify(tree)).toBe(before);
        for (const slide of slides) {
          expect(textValues(slide.tree).length + countHtmlValues(slide.tree, /^(?!<!--)/)).toBeGreaterThan(0);
          expect(slide.startLine).toBeGreaterThanOrEqual(1);
          expect(slide.startLine).toBeLessThanOrEqual(slide.endLine);
          // A slide holds no flow-level marker, so splitting it again changes nothing.
          expect(splitSlides(slide.tree)).toHaveLength(1);
        }
        expect(slides.flatMap((slide) => textValues(slide.tree))).toEqual(textValues(tree));
        for (let i = 0; i + 1 < slides.length; i++) {
          expect(slides[i]!.endLine).toBeLessThan(slides[i + 1]!.startLine);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("splitSlides on arbitrary text", () => {
  // Not Markdown-shaped at all: random characters mixed with marker lines and Markdown punctuation.
  const piece = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("<!-- pagebreak -->", "\n", "\n\n", "- ", "> ", "```", "    ", "# ", "1. ", "---", "<!--", "-->", "\r\n"),
  );

  it("never throws, never yields a blank slide, and keeps ranges within the text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const source = pieces.join("");
        const slides = splitSlides(parseMarkdown(source));
        const lines = source.split(/\r?\n|\r/).length;
        for (const slide of slides) {
          expect(slide.startLine).toBeGreaterThanOrEqual(1);
          expect(slide.endLine).toBeLessThanOrEqual(lines);
          expect(slide.tree.children.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
