import { describe, expect, it } from "vitest";
import { slideDensity } from "./density";

const isShortSlide = (html: string) => slideDensity(html) === "short";

describe("isShortSlide", () => {
  it("sets a heading and a sentence large", () => {
    expect(isShortSlide("<h2>Root-only actions</h2>\n<p>Only the root user can close the account.</p>")).toBe(true);
  });

  it("keeps long text, code, tables, images and long lists at the reading measure", () => {
    expect(isShortSlide(`<p>${"word ".repeat(41)}</p>`)).toBe(false);
    expect(isShortSlide("<h2>Code</h2><pre><code>ls</code></pre>")).toBe(false);
    expect(isShortSlide("<table><tr><td>a</td></tr></table>")).toBe(false);
    expect(isShortSlide('<p><img src="a.png" alt="a"></p>')).toBe(false);
    expect(isShortSlide(`<ul>${"<li>one</li>".repeat(5)}</ul>`)).toBe(false);
    expect(isShortSlide(`<ul>${"<li>one</li>".repeat(3)}</ul>`)).toBe(true);
  });

  it("sets a paragraph or two a step larger, and more at reading size", () => {
    expect(slideDensity(`<h2>Guidelines</h2><ul><li>${"word ".repeat(25)}</li><li>${"word ".repeat(25)}</li></ul>`)).toBe("medium");
    expect(slideDensity(`<p>${"word ".repeat(91)}</p>`)).toBe("long");
    expect(slideDensity(`<ul>${"<li>one two</li>".repeat(7)}</ul>`)).toBe("long");
  });

  it("counts words, not markup", () => {
    expect(isShortSlide(`<p><a href="https://example.com/a/very/long/path">link</a> ${"<strong>x</strong> ".repeat(30)}</p>`)).toBe(true);
  });
});
