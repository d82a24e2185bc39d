import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCourse, type Slide } from "./course";
import { formatContentError, sortContentErrors } from "./errors";
import { checkContentFolder, renderSlideNotes, renderSlides } from "./load";
import { NOTES_RE } from "./notes";
import { renderSlideHtml } from "./render";
import { parseMarkdown, splitLesson, splitSlides } from "./split";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const M = "<!-- pagebreak -->";

function slides(source: string): Slide[] {
  return splitSlides(parseMarkdown(source));
}

/** Each slide's notes as plain text, "" for a slide without notes. */
function notesText(source: string): string[] {
  return slides(source).map((slide) => (slide.notes ? toString(slide.notes.tree) : ""));
}

function notesHtml(source: string, index = 0): string {
  const notes = slides(source)[index]?.notes;
  expect(notes).toBeDefined();
  return renderSlideHtml(notes!.tree);
}

/** Every html node value left in a tree: what the learner's renderer would still see. */
function htmlValues(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === "html" && node.value !== undefined) found.push(node.value);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return found;
}

function lesson(body: string): { path: string; source: string } {
  return { path: "_posts/2024-1-1-talk.md", source: `---\ntitle: Talk\n---\n${body}` };
}

function findings(body: string): string[] {
  const { errors, warnings } = buildCourse([lesson(body)]);
  return sortContentErrors([...errors, ...warnings]).map(formatContentError);
}

describe("NOTES_RE", () => {
  it("opens notes for `notes` as the comment's first word, in any case, with or without a colon", () => {
    for (const ok of ["<!-- notes x -->", "<!--notes-->", "<!-- NOTES\nx\n-->", "<!--\tNotes: x -->", "<!-- notes"]) {
      expect(NOTES_RE.test(ok), ok).toBe(true);
    }
    for (const bad of ["<!-- note x -->", "<!-- notesy -->", "<!-- my notes -->", "<!-- pagebreak -->", "Notes: x", "<!-- notes-to-self -->"]) {
      expect(NOTES_RE.test(bad), bad).toBe(false);
    }
  });
});

describe("speaker notes: extracted per slide", () => {
  it("takes a one-line notes comment out of its slide", () => {
    const [slide] = slides("## Hello\n\n<!-- notes Pause here for questions. -->\n\nText.\n");
    expect(toString(slide!.notes!.tree)).toBe("Pause here for questions.");
    expect(htmlValues(slide!.tree)).toEqual([]);
    expect(toString(slide!.tree)).toBe("HelloText.");
  });

  it("reads several lines, blank lines and Markdown inside one comment", () => {
    const source = "## Hello\n\n<!-- notes\nAsk who has used **cat** before.\n\n- Show `less`\n- Then [the manual](https://man7.org/)\n-->\n\nText.\n";
    // Micromark keeps a comment with blank lines in it as one html node, up to the first `-->`.
    expect(parseMarkdown(source).children.map((node) => node.type)).toEqual(["heading", "html", "paragraph"]);
    const html = notesHtml(source);
    expect(html).toContain("<p>Ask who has used <strong>cat</strong> before.</p>");
    expect(html).toMatch(/<li>Show <code>less<\/code><\/li>\s*<li>Then <a href="https:\/\/man7.org\/">the manual<\/a><\/li>/);
  });

  it("gives notes the file's line numbers, and the line of their comment", () => {
    const [, second] = slides(`## One\n\n${M}\n\n## Two\n\n<!-- notes\nFirst line.\n\nSecond paragraph.\n-->\n`);
    expect(second!.notes!.line).toBe(7);
    const paragraphs = second!.notes!.tree.children.map((node) => node.position?.start.line);
    expect(paragraphs).toEqual([8, 10]);
  });

  it("joins several notes comments on a slide, in order", () => {
    const source = "<!-- notes Open with a question. -->\n\n## Hello\n\nText.\n\n<!-- notes: Then the demo. -->\n\nMore.\n\n<!--NOTES\nClose.\n-->\n";
    expect(notesText(source)).toEqual(["Open with a question.Then the demo.Close."]);
    expect(slides(source)[0]!.notes!.line).toBe(1);
  });

  it("belong to the slide they sit in, right next to a pagebreak marker", () => {
    const source = `## One\n\nText.\n<!-- notes for one -->\n${M}\n<!-- notes for two -->\n## Two\n\n<!-- notes also two -->\n${M}\n\n## Three\n`;
    expect(notesText(source)).toEqual(["for one", "for twoalso two", ""]);
  });

  it("come out of lists, quotes, paragraphs and headings, where learners would otherwise read them in titles", () => {
    const source = "## Title <!-- notes in heading -->\n\n- item\n  <!-- notes\n  in item\n  -->\n\n> quote\n> <!-- notes in quote -->\n\nSome text <!-- notes inline --> here.\n";
    const [slide] = slides(source);
    expect(toString(slide!.notes!.tree)).toBe("in headingin itemin quoteinline");
    expect(htmlValues(slide!.tree)).toEqual([]);
    // The slide's heading, which names it in the page title and the overview.
    expect(buildCourse([lesson(source)]).course.sequence[0]!.slides[0]!.heading).toBe("Title");
  });

  it("dedents indented notes, so they do not turn into a code block", () => {
    expect(notesHtml("Text.\n\n<!-- notes\n    Indented to sit with the code.\n\n    Still notes.\n-->\n")).toBe(
      "<p>Indented to sit with the code.</p>\n<p>Still notes.</p>",
    );
  });

  it("keep what follows `-->` on the comment's line, and CRLF files work the same", () => {
    const [slide] = slides("<!-- notes say hi --> <kbd>Ctrl</kbd>\r\n\r\nText.\r\n");
    expect(toString(slide!.notes!.tree)).toBe("say hi");
    expect(htmlValues(slide!.tree)).toEqual(["<kbd>Ctrl</kbd>"]);
    expect(notesHtml("<!-- notes\r\nLine one\r\nline two\r\n-->\r\n\r\nText.\r\n")).toBe("<p>Line one\nline two</p>");
  });

  it("leaves `Note:` lines, other comments and notes written in code alone", () => {
    const source = "## Slide\n\nNote: this is ordinary text.\n\n<!-- note to self: not notes -->\n\n```html\n<!-- notes inside code -->\n```\n\n`<!-- notes inline code -->`\n";
    const [slide] = slides(source);
    expect(slide!.notes).toBeUndefined();
    expect(toString(slide!.tree)).toContain("Note: this is ordinary text.");
    const html = renderSlideHtml(slide!.tree);
    expect(html).toContain("<p>Note: this is ordinary text.</p>");
    expect(html).toContain("&#x3C;!-- notes inside code --");
    expect(html).toContain("<code>&#x3C;!-- notes inline code --></code>");
  });

  it("never reach the learner's HTML", () => {
    const source = "## Slide\n\n<!-- notes\nSECRET-ONE **bold**\n-->\n\nText <!-- notes SECRET-TWO --> here.\n";
    const [slide] = slides(source);
    const html = renderSlideHtml(slide!.tree);
    expect(html).toBe("<h2>Slide</h2>\n<p>Text  here.</p>");
    expect(html).not.toMatch(/SECRET|notes/);
  });

  it("are not counted as slides: a slide of notes alone is dropped, and its notes come back as stray", () => {
    const { slides: kept, strayNotes } = splitLesson(parseMarkdown(`<!-- notes before anything -->\n\n${M}\n\n## One\n\n${M}\n\n<!-- notes\nafter the last slide\n-->\n`));
    expect(kept.map((slide) => toString(slide.tree))).toEqual(["One"]);
    expect(strayNotes.map((notes) => [notes.line, notes.markdown])).toEqual([
      [1, "before anything"],
      [9, "\nafter the last slide"],
    ]);
  });
});

describe("speaker notes: the check", () => {
  it("reports a notes comment that is never closed, at its line, instead of hiding the rest of the lesson", () => {
    expect(findings("\n## One\n\n<!-- notes\nSay hello.\n\n## Two\n\nLearners must see this.\n")).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-talk.md:7:1: error: \`<!-- notes\` is never closed: expected \`-->\` at the end of the notes, found none (lines 7–12 are hidden from learners)",
      ]
    `);
  });

  it("reports one that runs on into the next comment, swallowing a pagebreak marker", () => {
    expect(findings(`## One\n\n<!-- notes Say hello.\n\n${M}\n\n## Two\n`)).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-talk.md:6:1: error: \`<!-- notes\` is never closed: expected \`-->\` at the end of the notes, found another comment's \`<!--\` on line 8 first (lines 6–8 are hidden from learners)",
      ]
    `);
  });

  it("reports an unclosed one inside a list item at its column", () => {
    expect(findings("- item\n  <!-- notes forgot to close\n- next\n")).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-talk.md:5:3: error: \`<!-- notes\` is never closed: expected \`-->\` at the end of the notes, found none",
      ]
    `);
  });

  it("warns about notes that belong to no slide", () => {
    expect(findings(`## One\n\n${M}\n\n<!-- notes lost -->\n`)).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-talk.md:8:1: warning: speaker notes on no slide: this part of the lesson holds nothing else, so they are dropped; move them onto the slide they are for",
      ]
    `);
  });

  it("finds nothing wrong with closed notes", () => {
    expect(findings("## One\n\n<!-- notes\nAll fine.\n-->\n")).toEqual([]);
  });
});

const COURSE_LESSON = `---
title: Presenting
---

## Files

Open [the handout](handout.txt).

<!-- notes
# Five minutes

Hand out **the sheet** from [the handout](handout.txt) and ![the diagram](diagram.png).

\`\`\`bash
cat handout.txt
\`\`\`
-->

${M}

## No notes here
`;

describe("renderSlideNotes: the presenter view's notes", () => {
  let dir: string;
  const saved = process.env.CONTENT_DIR;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pagebreak-notes-"));
    writeFileSync(path.join(dir, "presenting.md"), COURSE_LESSON);
    writeFileSync(path.join(dir, "handout.txt"), "Hello");
    process.env.CONTENT_DIR = dir;
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("renders a slide's notes like the slide: links resolved, code highlighted, headings below the view's own", () => {
    const { course, findings: found } = checkContentFolder(dir);
    // The notes' missing image is checked like the slide's own, at its line.
    expect(found.map(formatContentError)).toEqual(['presenting.md:12:60: error: image "diagram.png": expected a file at diagram.png, found none']);
    const entry = course.sequence[0]!;
    const notes = renderSlideNotes(course, entry, 1);
    expect(notes).toContain('<strong>the sheet</strong> from <a href="/content-assets/handout.txt">the handout</a>');
    expect(notes).toContain('<code class="hljs language-bash">');
    expect(notes).toContain("<h3>Five minutes</h3>");
    expect(renderSlideNotes(course, entry, 2)).toBeUndefined();
    expect(renderSlideNotes(course, entry, 3)).toBeUndefined();
    // The learner's slide has none of it.
    const [slide] = renderSlides(course, entry, [1]);
    expect(slide!.html).not.toMatch(/the sheet|cat handout/);
  });
});
