import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { classifyQuiz, LAB, ROOT_LESSON } from "./__fixtures__/lesson-links-course";
import { checkCourse, DEFAULT_MAX_SLIDE_WORDS, type CheckOptions } from "./check";
import type { SourceFile } from "./course";
import { formatContentError, isWarning, summarizeFindings } from "./errors";
import { checkContentFolder } from "./load";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
// Only that marker is replaced: the checker reads the fixture folders on disk for real.
vi.mock("server-only", () => ({}));

const FIXTURES = fileURLToPath(new URL("./__fixtures__/check/", import.meta.url));
const BUNDLED_COURSE = fileURLToPath(new URL("../../content", import.meta.url));

/** Every finding of a fixture folder, as `npm run check:content` prints it. */
function check(fixture: string, maxSlideWords?: number): string[] {
  return checkContentFolder(FIXTURES + fixture, maxSlideWords).findings.map(formatContentError);
}

describe("errors, one fixture folder per kind", () => {
  it("a YAML syntax error points at the line and column where the YAML breaks", () => {
    expect(check("yaml-syntax")).toMatchInlineSnapshot(`
      [
        "lesson.md:3:14: error: front matter: the " that opens the value of "description" is never closed: write description: "Buckets, objects" instead of description: "Buckets, objects",
      ]
    `);
  });

  it("a missing title", () => {
    expect(check("missing-title")).toMatchInlineSnapshot(`
      [
        "lesson.md:1:1: error: title: expected text, found nothing",
      ]
    `);
  });

  it("mistyped fields: `lesson: eighteen` in one file and `order: first` in another", () => {
    expect(check("mistyped-field")).toMatchInlineSnapshot(`
      [
        "lesson-in-words.md:4:1: error: lesson: expected a number, found the text "eighteen"",
        "order-in-words.md:5:1: error: order: expected a number, found the text "first"",
      ]
    `);
  });

  it("an empty file", () => {
    expect(check("empty-file")).toMatchInlineSnapshot(`
      [
        "lesson.md:1:1: error: the file is empty: expected front matter with a \`title\`, then the content",
      ]
    `);
  });

  it("a file with front matter only", () => {
    expect(check("front-matter-only")).toMatchInlineSnapshot(`
      [
        "lesson.md:5:1: error: expected lesson content after the front matter, found none (the file would have no slides)",
      ]
    `);
  });

  it("a file that is not UTF-8 points at the first bad byte", () => {
    expect(check("not-utf8")).toMatchInlineSnapshot(`
      [
        "lesson.md:2:11: error: expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)",
      ]
    `);
  });

  it("a binary file named .md", () => {
    expect(check("binary")).toMatchInlineSnapshot(`
      [
        "diagram.md:1:1: error: expected a Markdown text file, found binary data (is it an image or a document saved as .md?)",
      ]
    `);
  });

  it("two files whose names differ only by their date prefix", () => {
    expect(check("duplicate-slugs")).toMatchInlineSnapshot(`
      [
        "_posts/2024-2-1-intro.md:1:1: error: slug "intro" is already used by _posts/2024-1-8-intro.md: rename one of the two files",
      ]
    `);
  });

  it("a lesson of markers, rules and comments only has no slides", () => {
    expect(check("no-slides")).toMatchInlineSnapshot(`
      [
        "lesson.md:11:1: error: expected lesson content after the front matter, found none (the file would have no slides)",
      ]
    `);
  });

  it("a relative image that points at a missing file", () => {
    expect(check("missing-image")).toMatchInlineSnapshot(`
      [
        "lesson.md:7:1: error: image "images/architecture.png": expected a file at images/architecture.png, found none",
      ]
    `);
  });

  it("relative links that point at missing files", () => {
    expect(check("missing-link")).toMatchInlineSnapshot(`
      [
        "lesson.md:7:9: error: link "files/cheat-sheet.pdf": expected a file at files/cheat-sheet.pdf, found none",
        "lesson.md:7:50: error: link "next-lesson.md#start": expected a file at next-lesson.md, found none",
      ]
    `);
  });

  it("a root image found neither in the content folder nor in public/", () => {
    expect(check("missing-root-image")).toMatchInlineSnapshot(`
      [
        "lesson.md:7:1: error: image "/assets/missing.png": expected a file at assets/missing.png in the content folder or in public/, found none",
      ]
    `);
  });

  it("a quiz question with no correct option", () => {
    expect(check("choice-no-correct")).toMatchInlineSnapshot(`
      [
        "_quizzes/quiz.md:5:1: error: expected at least one option of Question 1 noted \`Correct\`, found only \`Incorrect\` notes",
      ]
    `);
  });

  it("a classification item under a heading that is no category", () => {
    expect(check("classify-unknown-heading")).toMatchInlineSnapshot(`
      [
        "_quizzes/quiz.md:21:1: error: heading "Billing" is not a category; expected one of "Root user only" (root-only), "Delegable to IAM" (delegable)",
      ]
    `);
  });

  it("a category with no items", () => {
    expect(check("classify-empty-category")).toMatchInlineSnapshot(`
      [
        "_quizzes/quiz.md:4:1: error: category "Delegable to IAM" (delegable) has no items: expected list items under \`## Delegable to IAM\` (line 16), found none",
      ]
    `);
  });

  it("a quiz that names a lesson that does not exist", () => {
    expect(check("unknown-lesson")).toMatchInlineSnapshot(`
      [
        "_quizzes/quiz.md:3:1: error: lesson: expected the slug of a lesson in this course, found "no-such-lesson" (no lesson has that slug)",
      ]
    `);
  });

  it("missing files, pages, lessons and sections name the one probably meant, and nothing when none is close", () => {
    expect(check("did-you-mean")).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-first.md:3:1: warning: section "Basic" has no file in _sections/: did you mean "Basics", which has one? (If not, fine: its title will be "Basic")",
        "_posts/2024-1-1-first.md:9:1: error: image "images/diagram.png": expected a file at _posts/images/diagram.png, found none (did you mean ../images/diagram.png?)",
        "_posts/2024-1-1-first.md:11:1: error: image "../images/flow-chart.png": expected a file at images/flow-chart.png, found none (did you mean ../images/flowchart.png?)",
        "_posts/2024-1-1-first.md:13:1: error: image "../images/logo.png": expected a file at images/logo.png, found none",
        "_posts/2024-1-1-first.md:15:6: error: link "2024-1-2-secnd.md#top": expected a file at _posts/2024-1-2-secnd.md, found none (did you mean 2024-1-2-second.md#top?)",
        "_posts/2024-1-1-first.md:15:50: error: link "/lessons/secnd/1": expected a page of this course, found no lesson or quiz "secnd" (did you mean "second"?)",
        "_posts/2024-1-1-first.md:16:5: error: link "2024-1-3-second.md": expected a file at _posts/2024-1-3-second.md, found none (did you mean 2024-1-2-second.md?)",
        "_quizzes/2024-1-4-quiz.md:4:1: error: lesson: expected the slug of a lesson in this course, found "secnod" (no lesson has that slug; did you mean "second"?)",
      ]
    `);
  });

  it("an unknown kind", () => {
    expect(check("unknown-kind")).toMatchInlineSnapshot(`
      [
        "lesson.md:3:1: error: kind: expected one of "lesson", "hands-on", "quiz", "classify", found the text "lecture"",
      ]
    `);
  });
});

describe("warnings, one fixture folder per kind", () => {
  it("unknown front matter keys, with a suggestion for a near miss and without one otherwise", () => {
    expect(check("unknown-keys")).toMatchInlineSnapshot(`
      [
        "extra-key.md:4:1: warning: unknown front matter key "author": it is ignored",
        "misspelled.md:1:1: error: title: expected text, found nothing",
        "misspelled.md:2:1: warning: unknown front matter key "titel" (did you mean "title"?): it is ignored",
      ]
    `);
  });

  it(`a slide longer than the default limit of ${DEFAULT_MAX_SLIDE_WORDS} words`, () => {
    expect(check("long-slide")).toMatchInlineSnapshot(`
      [
        "lesson.md:11:1: warning: slide 2 has 323 words; slides read best under 300: add a <!-- pagebreak -->",
      ]
    `);
  });

  it("slides longer than a smaller limit", () => {
    expect(check("long-slide", 5)).toMatchInlineSnapshot(`
      [
        "lesson.md:5:1: warning: slide 1 has 12 words; slides read best under 5: add a <!-- pagebreak -->",
        "lesson.md:11:1: warning: slide 2 has 323 words; slides read best under 5: add a <!-- pagebreak -->",
      ]
    `);
  });

  it("a classification item and a multiple-choice option without explanation", () => {
    expect(check("missing-explanations")).toMatchInlineSnapshot(`
      [
        "_quizzes/choice.md:9:1: warning: option A ("EC2") has no explanation after its Correct/Incorrect note",
        "_quizzes/classify.md:13:1: warning: action "Change the root email address" has no explanation: learners see only whether they were right",
      ]
    `);
  });

  it("a section without a file in _sections/ while another section has one", () => {
    expect(check("section-without-file")).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-2-networking.md:4:1: warning: section "Secton-2" has no file in _sections/ (fine: its title will be "Secton 2"), while other sections have one",
      ]
    `);
  });

  it("images without alt text, remote and local", () => {
    expect(check("image-without-alt")).toMatchInlineSnapshot(`
      [
        "lesson.md:7:1: warning: image "https://example.com/aws-console.png" has no alt text: describe it in the brackets, ![like this](https://example.com/aws-console.png)",
        "lesson.md:9:18: warning: image "images/diagram.svg" has no alt text: describe it in the brackets, ![like this](images/diagram.svg)",
      ]
    `);
  });

  it("comments that look like a slide break but are not, and nothing for code, notes or other comments", () => {
    expect(check("marker-typos")).toMatchInlineSnapshot(`
      [
        "lesson.md:11:1: warning: "<!-- pagewidth -->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "lesson.md:17:1: warning: "<!-- page-break -->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "lesson.md:21:12: warning: "<!-- pagebreak -->" is not a slide break here: a marker must be on a line of its own, not in a sentence, heading or table cell; the slides on either side are merged",
        "lesson.md:23:1: warning: "<!--pagebrake-->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "lesson.md:33:1: warning: "<!- pagebreak -->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "lesson.md:49:1: warning: "<!-- pagebreak>" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged; the comment it opens runs to line 55, hiding everything in between",
        "lesson.md:55:1: warning: "<!-- pagebreak -->" is not a slide break: it is inside the comment opened on line 49",
      ]
    `);
  });

  it("two lessons with the same title, case and spaces aside, and two quizzes of one section; a quiz may share a lesson's title, and quizzes of other sections each other's", () => {
    expect(check("duplicate-titles")).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-1-introduction.md:2:1: warning: title "Introduction" is also the title of _posts/2024-1-2-welcome.md: the outline shows them as twins; give each its own title",
        "_posts/2024-1-2-welcome.md:2:1: warning: title "introduction" is also the title of _posts/2024-1-1-introduction.md: the outline shows them as twins; give each its own title",
        "_quizzes/2024-1-1-check.md:2:1: warning: title "Check your understanding" is also the title of _quizzes/2024-1-2-check-again.md: the outline shows them as twins; give each its own title",
        "_quizzes/2024-1-2-check-again.md:2:1: warning: title "Check your understanding" is also the title of _quizzes/2024-1-1-check.md: the outline shows them as twins; give each its own title",
      ]
    `);
  });

  it("warnings never stop the build: none of them is an error", () => {
    for (const fixture of ["long-slide", "missing-explanations", "section-without-file", "image-without-alt", "marker-typos", "duplicate-titles"]) {
      const { findings } = checkContentFolder(FIXTURES + fixture, 5);
      expect(findings.length, fixture).toBeGreaterThan(0);
      expect(findings.every(isWarning), fixture).toBe(true);
    }
  });
});

describe("whole folders", () => {
  it("a folder of good files with two bad ones reports only the bad ones", () => {
    const result = checkContentFolder(FIXTURES + "mixed");
    expect(result.findings.map(formatContentError)).toMatchInlineSnapshot(`
      [
        "_posts/2024-1-3-broken-image.md:9:1: error: image "../images/console.png": expected a file at images/console.png, found none",
        "_quizzes/2024-1-5-sorting.md:5:1: error: category "Body" (body) has no items: expected a \`## Body\` heading with list items under it, found none",
        "_quizzes/2024-1-5-sorting.md:15:1: error: heading "Bodyy" is not a category; expected one of "Front matter" (front), "Body" (body)",
      ]
    `);
    expect(summarizeFindings(result.findings, result.fileCount)).toMatchInlineSnapshot(`"3 errors, 0 warnings in 6 files"`);
  });

  it("a broken file never hides the others: three files broken in three ways are all reported", () => {
    const result = checkContentFolder(FIXTURES + "several-broken");
    expect(result.findings.map(formatContentError)).toMatchInlineSnapshot(`
      [
        "bad-yaml.md:2:8: error: front matter: the list that "[" opens is never closed with "]" (if the brackets are part of the text, quote it): write title: '[unclosed' instead of title: [unclosed",
        "no-title.md:1:1: error: title: expected text, found nothing",
        "picture.md:1:1: error: expected a Markdown text file, found binary data (is it an image or a document saved as .md?)",
      ]
    `);
    expect(new Set(result.findings.map((finding) => finding.file)).size).toBe(3);
    // The good file still makes it into the course.
    expect(result.course.sequence.map((entry) => entry.file)).toEqual(["good.md"]);
  });

  it("the bundled course reports nothing: no errors, no warnings", () => {
    const result = checkContentFolder(BUNDLED_COURSE);
    expect(result.findings.map(formatContentError)).toEqual([]);
    expect(result.fileCount).toBeGreaterThan(0);
    expect(result.course.sequence.length).toBeGreaterThan(0);
  });

  it("a folder that does not exist is one error, not a crash", () => {
    const result = checkContentFolder(FIXTURES + "no-such-folder");
    expect(result.findings.map((finding) => finding.message)).toMatchInlineSnapshot(`
      [
        "expected a folder of Markdown files (set CONTENT_DIR), found no folder",
      ]
    `);
    expect(result.fileCount).toBe(1);
  });
});

describe("checkCourse, pure, with a fake file system", () => {
  const lesson = (body: string): SourceFile => ({ path: "_posts/lesson.md", source: `---\ntitle: Lesson\n---\n\n${body}\n` });

  function run(files: SourceFile[], existing: string[], maxSlideWords?: number) {
    const asked: string[] = [];
    const fileExists: CheckOptions["fileExists"] = (relative, root) => {
      asked.push(`${root}:${relative}`);
      return existing.includes(`${root}:${relative}`);
    };
    return { findings: checkCourse(files, { fileExists, maxSlideWords }).findings.map(formatContentError), asked };
  }

  it("suggests the key meant for a swapped, missing or extra letter, and nothing for a key unlike any", () => {
    const source = "---\ntitle: T\nsectoin: S\ndescripton: D\nlessson: 1\nOrdr: 2\nauthor: Jane\n---\n\n## T\n\nText.\n";
    expect(run([{ path: "a.md", source }], []).findings).toMatchInlineSnapshot(`
      [
        "a.md:3:1: warning: unknown front matter key "sectoin" (did you mean "section"?): it is ignored",
        "a.md:4:1: warning: unknown front matter key "descripton" (did you mean "description"?): it is ignored",
        "a.md:5:1: warning: unknown front matter key "lessson" (did you mean "lesson"?): it is ignored",
        "a.md:6:1: warning: unknown front matter key "Ordr" (did you mean "order"?): it is ignored",
        "a.md:7:1: warning: unknown front matter key "author": it is ignored",
      ]
    `);
  });

  it("takes a marker inside a list item or a block quote, and in any case, for a slide break", () => {
    const body = "## One\n\n- a\n\n  <!-- pagebreak -->\n\n- b\n\n> quote\n>\n> <!-- PageBreak -->\n>\n> more\n";
    expect(run([lesson(body)], []).findings).toEqual([]);
    // Without blank lines around it, a marker on its own line still breaks the slide: no warning.
    expect(run([lesson("## One\n\nText.\n<!-- pagebreak -->\n## Two\n\nText.")], []).findings).toEqual([]);
  });

  it("warns about a near-miss marker in a list item, a block quote and a table cell", () => {
    const body = "## One\n\n- a\n\n  <!-- page break -->\n\n> <!-- pagebrak -->\n\n| a | b |\n| --- | --- |\n| <!-- pagebreak --> | c |\n";
    expect(run([lesson(body)], []).findings).toMatchInlineSnapshot(`
      [
        "_posts/lesson.md:9:3: warning: "<!-- page break -->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "_posts/lesson.md:11:3: warning: "<!-- pagebrak -->" is not a slide break: did you mean <!-- pagebreak -->? The slides on either side are merged",
        "_posts/lesson.md:15:3: warning: "<!-- pagebreak -->" is not a slide break here: a marker must be on a line of its own, not in a sentence, heading or table cell; the slides on either side are merged",
      ]
    `);
  });

  it("never warns about comments far from the word, or about the word in prose", () => {
    const body = "## One\n\n<!-- draft -->\n\n<!-- TODO page 3 -->\n\n<!-- notes\nA page break follows.\n-->\n\nA pagebreak is a marker.\n";
    expect(run([lesson(body)], []).findings).toEqual([]);
  });

  it("counts a slide's words block by block, leaving out comments", () => {
    const body = "## Three word heading\n\nFour words, then more.\n\n<!-- a comment is no words -->\n\n- one\n- two words\n\n| a b | c |\n| --- | --- |\n| d | e f |\n";
    // 3 + 4 + 1 + 2 + 6 table words.
    expect(run([lesson(body)], [], 15).findings).toMatchInlineSnapshot(`
      [
        "_posts/lesson.md:5:1: warning: slide 1 has 16 words; slides read best under 15: add a <!-- pagebreak -->",
      ]
    `);
    expect(run([lesson(body)], [], 16).findings).toEqual([]);
  });

  it("lists the content folder only when a file is missing, once, to suggest the one meant", () => {
    let listings = 0;
    const listContentFiles = () => {
      listings++;
      return ["images/logo.png", "_posts/lesson.md"];
    };
    checkCourse([lesson("![Logo](../images/logo.png)")], { fileExists: () => true, listContentFiles });
    expect(listings).toBe(0);
    const { findings } = checkCourse([lesson("![Logo](logo.png)\n\n![Logo](../images/logoo.png)")], { fileExists: () => false, listContentFiles });
    expect(listings).toBe(1);
    expect(findings.map(formatContentError)).toMatchInlineSnapshot(`
      [
        "_posts/lesson.md:5:1: error: image "logo.png": expected a file at _posts/logo.png, found none (did you mean ../images/logo.png?)",
        "_posts/lesson.md:7:1: error: image "../images/logoo.png": expected a file at images/logoo.png, found none (did you mean ../images/logo.png?)",
      ]
    `);
  });

  it("finds a root image in public/ when the content folder does not have it", () => {
    const { findings, asked } = run([lesson("![Logo](/assets/logo.png)")], ["public:assets/logo.png"]);
    expect(findings).toEqual([]);
    expect(asked).toEqual(["content:assets/logo.png", "public:assets/logo.png"]);
  });

  it("finds a root image in the content folder first", () => {
    const { findings, asked } = run([lesson("![Logo](/assets/logo.png)")], ["content:assets/logo.png"]);
    expect(findings).toEqual([]);
    expect(asked).toEqual(["content:assets/logo.png"]);
  });

  it("never looks for a relative image in public/", () => {
    const { findings, asked } = run([lesson("![Logo](logo.png)")], ["public:_posts/logo.png"]);
    expect(asked).toEqual(["content:_posts/logo.png"]);
    expect(findings).toMatchInlineSnapshot(`
      [
        "_posts/lesson.md:5:1: error: image "logo.png": expected a file at _posts/logo.png, found none",
      ]
    `);
  });

  it("reports a root image found nowhere, and a file of a type the site does not serve", () => {
    const { findings } = run([lesson("![Logo](/assets/logo.png)\n\n![Notes](notes.docx)")], ["content:_posts/notes.docx"]);
    expect(findings).toMatchInlineSnapshot(`
      [
        "_posts/lesson.md:5:1: error: image "/assets/logo.png": expected a file at assets/logo.png in the content folder or in public/, found none",
        "_posts/lesson.md:7:1: error: image "notes.docx": expected one of the file types the site serves (.png .jpg .jpeg .gif .svg .webp .avif .ico .pdf .mp4 .webm .mp3 .txt .zip), found _posts/notes.docx",
      ]
    `);
  });

  it("links between lessons and external URLs never reach the file system", () => {
    const other: SourceFile = { path: "_posts/other.md", source: "---\ntitle: Other\n---\n\n## Other\n\nText.\n" };
    const { findings, asked } = run(
      [lesson("See [the other lesson](other.md#top), [AWS](https://aws.amazon.com), [mail](mailto:a@b.c) and [here](#top)."), other],
      [],
    );
    expect(findings).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe("a generated course of 1,000 lessons", () => {
  const SENTENCE = "An instructor writes lessons in Markdown and every pagebreak marker starts a new slide for the learner.";

  function generatedLesson(index: number): SourceFile {
    // About 55 words a slide, 270 a lesson.
    const slide = (n: number) => `## Part ${n}\n\n${SENTENCE} ${SENTENCE}\n\n- ${SENTENCE}\n`;
    const body = [1, 2, 3, 4, 5].map(slide).join("\n<!-- pagebreak -->\n\n");
    const section = `Section-${Math.floor(index / 100) + 1}`;
    return {
      path: `_posts/2024-1-1-lesson-${index}.md`,
      source: `---\ntitle: Lesson ${index}\nsection: ${section}\nlesson: ${(index % 100) + 1}\n---\n\n${body}`,
    };
  }

  it("is checked in seconds with no findings", { timeout: 30_000 }, () => {
    const files = Array.from({ length: 1000 }, (_, index) => generatedLesson(index));
    const start = performance.now();
    const { course, findings } = checkCourse(files, { fileExists: () => false });
    const elapsed = performance.now() - start;
    expect(findings.map(formatContentError)).toEqual([]);
    expect(course.sequence).toHaveLength(1000);
    expect(course.sequence.every((entry) => entry.slides.length === 5)).toBe(true);
    // A smoke test, not a benchmark: about 7 to 9 s on a busy two-core machine, 3 Markdown parses a lesson.
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe("checkCourse: links to the site's own pages and to files it does not serve", () => {
  const lesson = (body: string): SourceFile => ({ path: "_posts/a.md", source: `---\ntitle: A\n---\n\n${body}\n` });
  const exists = () => true;

  it("accepts a link to a lesson or quiz of the course and reports one to a page that does not exist", () => {
    const ok = checkCourse([lesson("[Me](/lessons/a/2) and [quiz](/quizzes/a)")], { fileExists: () => false });
    expect(ok.findings).toEqual([]);
    const bad = checkCourse([lesson("[Gone](/lessons/gone/1)")], { fileExists: () => false });
    expect(bad.findings.map(formatContentError)).toMatchInlineSnapshot(`
      [
        "_posts/a.md:5:1: error: link "/lessons/gone/1": expected a page of this course, found no lesson or quiz "gone"",
      ]
    `);
  });

  it("reports a link to a file the site would not serve", () => {
    const { findings } = checkCourse([lesson("[Notes](notes.docx)")], { fileExists: exists });
    expect(findings.map(formatContentError)).toMatchInlineSnapshot(`
      [
        "_posts/a.md:5:1: error: link "notes.docx": expected one of the file types the site serves (.png .jpg .jpeg .gif .svg .webp .avif .ico .pdf .mp4 .webm .mp3 .txt .zip), found _posts/notes.docx",
      ]
    `);
  });
});

describe("checkCourse: Lesson: lines in quizzes", () => {
  const QUIZ = "_quizzes/2024-3-16-quiz.md";
  const check = (items: readonly (readonly string[])[]) =>
    checkCourse([ROOT_LESSON, LAB, classifyQuiz(QUIZ, items)], { fileExists: () => false }).findings.map(formatContentError);

  it("passes Lesson: lines that name a slide, by number or heading, in a lesson or a guide", () => {
    expect(
      check([
        ["Close the account", "Only root can.", "Lesson: [Root-only actions](../_posts/2024-3-14-root-user.md#2)"],
        ["Add the root user's MFA device", "Only root can.", "Lesson: [Add MFA](../_hands_on/2024-3-15-lab.md#add-mfa)"],
      ]),
    ).toEqual([]);
  });

  // Once: the link check of lib/content/check.ts leaves `Lesson:` links to these errors, which name the slide.
  it("reports each dangling Lesson: link once, at its file:line, saying which slide or file was expected", () => {
    const findings = check([
      ["Close the account", "Only root can.", "Lesson: [Root-only actions](../_posts/2024-3-14-root-user.md#9)"],
      ["Change the support plan", "Only root could.", "Lesson: [Support](../_posts/2024-3-14-root-user.md#support-plan)"],
      ["Restore permissions", "Only root can.", "Lesson: [Root](../_posts/2024-3-14-root-usr.md)"],
      ["Rename the account", "Not root-only now.", "Lesson: [This quiz](2024-3-16-quiz.md#1)"],
    ]);
    expect(findings).toMatchInlineSnapshot(`
      [
        "_quizzes/2024-3-16-quiz.md:12:1: error: Lesson: "../_posts/2024-3-14-root-user.md#9": no slide 9: the lesson has 3 slides",
        "_quizzes/2024-3-16-quiz.md:15:1: error: Lesson: "../_posts/2024-3-14-root-user.md#support-plan": no heading #support-plan in _posts/2024-3-14-root-user.md: link a slide by its number (#1 to #3) or by a heading's anchor, like #overview-of-root-user-access",
        "_quizzes/2024-3-16-quiz.md:18:1: error: Lesson: "../_posts/2024-3-14-root-usr.md": expected a lesson or hands-on guide at _posts/2024-3-14-root-usr.md, found none (did you mean ../_posts/2024-3-14-root-user.md?)",
        "_quizzes/2024-3-16-quiz.md:21:1: error: Lesson: "2024-3-16-quiz.md#1": expected a lesson or hands-on guide, found the quiz _quizzes/2024-3-16-quiz.md",
      ]
    `);
  });
});
