import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNatural, DATE_PREFIX_RE, dateFromPath, readableName, slugFromPath } from "./slug";

describe("slugFromPath", () => {
  it.each([
    // Jekyll date prefixes, with and without leading zeros, are dropped.
    ["_posts/2024-3-14-root-user.md", "root-user"],
    ["_posts/2024-03-04-root-user.md", "root-user"],
    ["_posts/2024-12-31-x.md", "x"],
    // Only the first date prefix goes: the rest of the name is the author's.
    ["2024-3-14-2024-1-1-x.md", "2024-1-1-x"],
    // A date that is not a prefix (no trailing dash, or three-digit month) stays.
    ["2024-3-14.md", "2024-3-14"],
    ["2024-123-1-x.md", "2024-123-1-x"],
    // No prefix.
    ["getting-started.md", "getting-started"],
    // Folders do not take part.
    ["a/b/c/lesson.md", "lesson"],
    // Spaces (and runs of them) become one dash; leading and trailing dashes go.
    ["Hello World.md", "hello-world"],
    ["  spaced   out  .md", "spaced-out"],
    // Upper case is lowered, including the extension.
    ["ROOT_User.MD", "root_user"],
    // Dots and other punctuation become dashes.
    ["v1.2.3 notes.md", "v1-2-3-notes"],
    ["a.b.c.md", "a-b-c"],
    ["what's new?.md", "what-s-new"],
    // Letters of any script stay, lower-cased.
    ["_posts/2023-1-8-café-Ünïcode.md", "café-ünïcode"],
    ["日本語.md", "日本語"],
    ["Über.Straße v2.md", "über-straße-v2"],
    // Combining marks belong to their letters (Devanagari vowel signs and virama).
    ["नमस्ते.md", "नमस्ते"],
  ])("%s → %s", (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });

  it("normalizes decomposed letters to NFC, so both spellings give one slug", () => {
    const decomposed = "cafe\u0301.md";
    expect(slugFromPath(decomposed)).toBe("caf\u00e9");
    expect(slugFromPath(decomposed)).toBe(slugFromPath("café.md"));
  });

  it("falls back to `untitled` when nothing is left", () => {
    expect(slugFromPath("2024-3-14-.md")).toBe("untitled");
    expect(slugFromPath("!!!.md")).toBe("untitled");
  });

  it("only ever produces lower-case letters, marks, digits, `_` and inner `-`", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (name) => {
        const slug = slugFromPath(`_posts/${name}.md`);
        expect(slug).toMatch(/^[\p{L}\p{M}\p{N}_]([\p{L}\p{M}\p{N}_-]*[\p{L}\p{M}\p{N}_])?$/u);
        expect(slug).toBe(slug.toLowerCase());
        expect(slug).not.toMatch(/[\s/.?#%]/);
      }),
    );
  });
});

describe("dateFromPath", () => {
  it("pads month and day to a YYYY-MM-DD date", () => {
    expect(dateFromPath("_posts/2024-3-14-x.md")).toBe("2024-03-14");
    expect(dateFromPath("_posts/2024-03-04-x.md")).toBe("2024-03-04");
    expect(dateFromPath("2023-12-1-y.md")).toBe("2023-12-01");
  });

  it("is undefined without a date prefix", () => {
    expect(dateFromPath("_posts/intro.md")).toBeUndefined();
    expect(dateFromPath("2024-3-14.md")).toBeUndefined();
    // A date in a folder name is not the file's.
    expect(dateFromPath("2024-3-14-folder/intro.md")).toBeUndefined();
  });

  it("agrees with DATE_PREFIX_RE", () => {
    expect(DATE_PREFIX_RE.test("2024-3-14-x")).toBe(true);
    expect(DATE_PREFIX_RE.test("24-3-14-x")).toBe(false);
  });
});

describe("readableName", () => {
  it.each([
    ["Section-10", "Section 10"],
    ["getting_started", "Getting started"],
    ["section--2", "Section 2"],
    ["-trailing-", "Trailing"],
    ["Basics", "Basics"],
    ["", ""],
  ])("%s → %s", (name, readable) => {
    expect(readableName(name)).toBe(readable);
  });
});

describe("compareNatural", () => {
  it("orders numbers inside names numerically", () => {
    const names = ["Section 10", "Section 2", "Section 1", "Section-11", "Section 3"];
    expect([...names].sort(compareNatural)).toEqual(["Section 1", "Section 2", "Section 3", "Section 10", "Section-11"]);
    expect(compareNatural("Section-2", "Section-10")).toBeLessThan(0);
    expect(compareNatural("lesson 9", "lesson 10")).toBeLessThan(0);
  });

  it("ignores case, and sorts dates written with padding in time order", () => {
    expect(compareNatural("basics", "Basics")).toBe(0);
    expect(compareNatural("2023-01-09", "2023-01-10")).toBeLessThan(0);
  });
});
