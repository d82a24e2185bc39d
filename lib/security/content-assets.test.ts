import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listContentAssets, readContentAsset } from "@/lib/content/load";

// load.ts marks itself server-only (the marker package throws outside React Server Components).
vi.mock("server-only", () => ({}));

const PLAIN_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>';
const ACTIVE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="4" height="4"/></svg>';

describe("readContentAsset: only files on the list of served assets, never anything else", () => {
  let outside: string;
  let course: string;
  const saved = process.env.CONTENT_DIR;

  beforeAll(() => {
    outside = mkdtempSync(path.join(tmpdir(), "pagebreak-assets-"));
    course = path.join(outside, "course");
    mkdirSync(path.join(course, "images"), { recursive: true });
    mkdirSync(path.join(course, ".drafts"), { recursive: true });
    writeFileSync(path.join(course, "images", "diagram.png"), "PNG");
    writeFileSync(path.join(course, "handout.pdf"), "PDF");
    writeFileSync(path.join(course, "images", "plain.svg"), PLAIN_SVG);
    writeFileSync(path.join(course, "images", "active.svg"), ACTIVE_SVG);
    writeFileSync(path.join(course, "images", "SHOUTED.SVG"), ACTIVE_SVG);
    writeFileSync(path.join(course, "lesson.md"), "---\ntitle: Lesson\n---\nText");
    writeFileSync(path.join(course, "notes.docx"), "DOCX");
    writeFileSync(path.join(course, ".secret.png"), "hidden");
    writeFileSync(path.join(course, ".drafts", "draft.png"), "draft");
    writeFileSync(path.join(outside, "secret.png"), "outside the course");
    writeFileSync(path.join(outside, "package.json"), '{"name":"secret"}');
    // A link inside the course to a file outside it is not served either.
    symlinkSync(path.join(outside, "secret.png"), path.join(course, "images", "link.png"));
    process.env.CONTENT_DIR = course;
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
    rmSync(outside, { recursive: true, force: true });
  });

  it("lists only asset files of the course, relative and /-separated", () => {
    expect(listContentAssets().sort()).toEqual(["handout.pdf", "images/SHOUTED.SVG", "images/active.svg", "images/diagram.png", "images/plain.svg"]);
  });

  it("reads a listed asset", () => {
    expect(readContentAsset("images/diagram.png")?.toString()).toBe("PNG");
    expect(readContentAsset("handout.pdf")?.toString()).toBe("PDF");
    expect(readContentAsset("images/plain.svg")?.toString()).toBe(PLAIN_SVG);
  });

  it("refuses a listed SVG that could run script when opened on its own, whatever the case of its extension", () => {
    expect(readContentAsset("images/active.svg")).toBeUndefined();
    expect(readContentAsset("images/SHOUTED.SVG")).toBeUndefined();
  });

  it("refuses every path that is not on the list", () => {
    const refused = [
      "",
      ".",
      "..",
      "../secret.png",
      "../package.json",
      "images/../../secret.png",
      "images/../../package.json",
      "./images/diagram.png",
      "images/./diagram.png",
      "images//diagram.png",
      "/images/diagram.png",
      path.join(course, "images", "diagram.png"),
      path.join(outside, "secret.png"),
      "images\\diagram.png",
      "..\\secret.png",
      "images%2fdiagram.png",
      "%2e%2e/secret.png",
      "%2e%2e%2fpackage.json",
      "images/diagram.png\0",
      "images/diagram.png\0.pdf",
      "IMAGES/DIAGRAM.PNG",
      "images/link.png",
      "lesson.md",
      "notes.docx",
      ".secret.png",
      ".drafts/draft.png",
    ];
    for (const relative of refused) expect(readContentAsset(relative), JSON.stringify(relative)).toBeUndefined();
  });
});
