import { describe, expect, it } from "vitest";
import { excerptParts } from "./excerpt";
import { indexFileType, isServedIndexFile } from "./index-files";
import { isSearchShortcut } from "./keys";

const press = (key: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe("excerptParts", () => {
  it("splits the matched words out as text", () => {
    expect(excerptParts("The <mark>root</mark> user owns <mark>root</mark>.")).toEqual([
      { text: "The ", match: false },
      { text: "root", match: true },
      { text: " user owns ", match: false },
      { text: "root", match: true },
      { text: ".", match: false },
    ]);
  });

  it("turns entities into text and keeps any other markup as text", () => {
    expect(excerptParts("a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>")).toEqual([
      { text: "a <script>alert(1)</script> & ", match: false },
      { text: "b", match: true },
    ]);
    expect(excerptParts('<img src=x onerror="alert(1)"> x').map((part) => part.text).join("")).toBe('<img src=x onerror="alert(1)"> x');
  });

  it("is empty for an empty excerpt", () => {
    expect(excerptParts("")).toEqual([]);
  });
});

describe("isSearchShortcut", () => {
  it("takes / outside fields only, without modifiers", () => {
    expect(isSearchShortcut(press("/"))).toBe(true);
    expect(isSearchShortcut(press("/"), { tagName: "A" })).toBe(true);
    expect(isSearchShortcut(press("/"), { tagName: "INPUT" })).toBe(false);
    expect(isSearchShortcut(press("/"), { tagName: "DIV", isContentEditable: true })).toBe(false);
    expect(isSearchShortcut(press("/", { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press("?", { shiftKey: true }))).toBe(false);
  });
});

describe("the index files served", () => {
  it("are the search API's, not Pagefind's ready-made UIs", () => {
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind", "pagefind.en_228f5af2d8.pf_meta", "fragment/en_d4c296c.pf_fragment", "index/en_a0a91cc.pf_index"]) {
      expect(isServedIndexFile(file), file).toBe(true);
    }
    for (const file of ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-highlight.js", "playground/index.html", "../x.pf_index"]) {
      expect(isServedIndexFile(file), file).toBe(false);
    }
    expect(indexFileType("pagefind.js")).toBe("text/javascript; charset=utf-8");
    expect(indexFileType("wasm.en.pagefind")).toBe("application/octet-stream");
  });
});
