import { describe, expect, it } from "vitest";
import type { ContentError } from "../content/errors";
import { affectsPages, isCheckedFile, savedFilesReport } from "./saved-files";

describe("which changes the dev server acts on", () => {
  it("skips hidden files and folders, node_modules and READMEs, keeps lessons, assets and folders", () => {
    expect(affectsPages("_posts/2024-1-8-a.md")).toBe(true);
    expect(affectsPages("images/slide.png")).toBe(true);
    expect(affectsPages("_posts")).toBe(true);
    expect(affectsPages(".dev-server.log")).toBe(false);
    expect(affectsPages("_posts/.a.md.swp")).toBe(false);
    expect(affectsPages(".git/index")).toBe(false);
    expect(affectsPages("node_modules/x/a.md")).toBe(false);
    expect(affectsPages("README.md")).toBe(false);
    expect(affectsPages("_posts/readme.md")).toBe(false);
    expect(affectsPages("")).toBe(false);
  });

  it("reports on the files the check reads: Markdown and SVG", () => {
    expect(isCheckedFile("_posts/a.md")).toBe(true);
    expect(isCheckedFile("images/a.SVG")).toBe(true);
    expect(isCheckedFile("images/a.png")).toBe(false);
    expect(isCheckedFile("_posts/a.md~")).toBe(false);
    expect(isCheckedFile("README.md")).toBe(false);
  });
});

describe("savedFilesReport", () => {
  const findings: ContentError[] = [
    { file: "_posts/b.md", line: 1, column: 1, message: "title: expected text, found nothing" },
    { file: "_posts/b.md", line: 3, column: 1, severity: "warning", message: 'unknown front matter key "titel" (did you mean "title"?): it is ignored' },
    { file: "_posts/other.md", line: 2, message: "not saved, not shown" },
  ];
  const exists = (file: string) => file !== "_posts/gone.md";

  it("prints each saved file's findings as check:content does, a tick for a clean one, and deletions", () => {
    expect(savedFilesReport(["_posts/b.md", "_posts/a.md", "_posts/b.md", "images/x.png", "_posts/gone.md"], findings, exists)).toMatchInlineSnapshot(`
      [
        "✓ _posts/a.md: no problems",
        "_posts/b.md:1:1: error: title: expected text, found nothing",
        "_posts/b.md:3:1: warning: unknown front matter key "titel" (did you mean "title"?): it is ignored",
        "_posts/gone.md: deleted",
      ]
    `);
  });

  it("prints nothing for changes the check does not read", () => {
    expect(savedFilesReport(["images/x.png", ".dev-server.log", "README.md"], findings, exists)).toEqual([]);
  });

  it("shows control characters in a file name as escapes", () => {
    expect(savedFilesReport(["_posts/\u001b[31mred.md"], [], exists)).toEqual(["✓ _posts/\\u{1b}[31mred.md: no problems"]);
  });
});
