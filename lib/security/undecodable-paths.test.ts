import fc from "fast-check";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { DECODABLE_PATH, UNDECODABLE_PATH_SOURCE, nextRewriteRules } from "./undecodable-paths.mjs";

const DECODABLE_RE = new RegExp(`^${DECODABLE_PATH}$`);

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The rewrite as Next matches it (server/lib/router-utils/filesystem.js, `buildCustomRoute`). */
const rewriteMatches = getPathMatch(UNDECODABLE_PATH_SOURCE, { strict: true, removeUnnamedParams: true });

const hex = (byte: number, upper: boolean) => `%${(upper ? byte.toString(16).toUpperCase() : byte.toString(16)).padStart(2, "0")}`;
/** Bytes where UTF-8's rules change: ASCII's end, continuation ranges, overlong, surrogate and U+10FFFF leads. */
const EDGE_BYTES = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...EDGE_BYTES));

/** Paths made of `%XX` bytes of every kind, lead bytes with continuations, `%` with too few digits, text and slashes. */
const paths = fc
  .array(
    fc.oneof(
      fc.tuple(byte, fc.boolean()).map(([value, upper]) => hex(value, upper)),
      fc
        .tuple(fc.integer({ min: 0xc0, max: 0xff }), fc.array(fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf), { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([lead, tails, upper]) => [lead, ...tails].map((value) => hex(value, upper)).join("")),
      fc.constantFrom("%", "%A", "%G0", "%e0%a4", "/", "a", "-", ".", "é", "😀"),
      fc.string({ unit: "grapheme", maxLength: 3 }).map((text) => encodeURIComponent(text)),
    ),
    { maxLength: 8 },
  )
  .map((parts) => `/${parts.join("")}`);

describe("paths that do not percent-decode", () => {
  it("DECODABLE_PATH accepts exactly what decodeURIComponent decodes", () => {
    fc.assert(
      fc.property(paths, (path) => DECODABLE_RE.test(path) === decodes(path)),
      { numRuns: 20_000 },
    );
  });

  it("the rewrite catches them as Next matches it, and leaves every other path to the routes", () => {
    const catches = (path: string) => rewriteMatches(path) !== false;
    for (const path of ["/content-assets/%E0%A4%A", "/content-assets/a%ZZb", "/lessons/%25%/1", "/quizzes/%C0%AF", "/%ED%A0%80", "/lessons/x/%F4%90%80%80"]) {
      expect(catches(path), path).toBe(true);
    }
    for (const path of ["/", "/content-assets/images/slide-anatomy.svg", "/content-assets/images/100%25%20sure.txt", "/lessons/caf%C3%A9/1", "/content-assets/%F0%9F%98%80.png", "/lessons/x/1/"]) {
      expect(catches(path), path).toBe(false);
    }
    fc.assert(
      fc.property(paths, (path) => catches(path) === !decodes(path)),
      { numRuns: 5_000 },
    );
  });

  it("are rewritten before the file system and the dynamic routes, to a path no route serves", () => {
    const { beforeFiles, afterFiles, fallback } = nextRewriteRules();
    expect(beforeFiles).toEqual([{ source: UNDECODABLE_PATH_SOURCE, destination: "/_pagebreak/undecodable-path" }]);
    expect([afterFiles, fallback]).toEqual([[], []]);
  });
});
