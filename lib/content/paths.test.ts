import { describe, expect, it } from "vitest";
import { resolveContentUrl } from "./paths";

describe("resolveContentUrl", () => {
  it("resolves relative and root paths, keeping the path as written (still encoded) and the suffix", () => {
    expect(resolveContentUrl("_posts/a.md", "../images/my%20diagram.png?v=2#top")).toEqual({
      relative: "images/my diagram.png",
      fromRoot: false,
      path: "../images/my%20diagram.png",
      suffix: "?v=2#top",
    });
    expect(resolveContentUrl("_posts/a.md", "/assets/logo%20big.png")).toEqual({ relative: "assets/logo big.png", fromRoot: true, path: "/assets/logo%20big.png", suffix: "" });
  });

  it("encodes what a browser would not keep in a path: \\ (read as /), tabs and line breaks", () => {
    expect(resolveContentUrl("a.md", "/\\evil.example/a.png")?.path).toBe("/%5Cevil.example/a.png");
    expect(resolveContentUrl("a.md", "/\t/evil.example/a.png")?.path).toBe("/%09/evil.example/a.png");
    expect(resolveContentUrl("a.md", "/\r\n/evil.example/a.png")?.path).toBe("/%0D%0A/evil.example/a.png");
  });

  it("is no file for a root path whose decoded form starts with //, nor for one that climbs out", () => {
    for (const url of ["/%2Fevil.example/a.png", "/%2F%2Fevil.example/", "/%2F..%2F..%2Fetc/passwd", "/../x.png", "/%2e%2e/x.png", "//evil.example/a.png", "https://evil.example/"]) {
      expect(resolveContentUrl("a.md", url), url).toBeUndefined();
    }
  });

  it("reads an encoded first slash as a browser does: part of the first segment, so the path is relative", () => {
    expect(resolveContentUrl("_posts/a.md", "%2Fimages/x.png")).toMatchObject({ relative: "_posts/images/x.png", fromRoot: false });
  });
});
