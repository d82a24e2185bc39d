import { describe, expect, it } from "vitest";
import { buildCourse } from "./course";
import { firstHeadingRepeatsTitle, slideTitle } from "./slide-titles";

function lesson(title: string, body: string) {
  const { course } = buildCourse([{ path: "_posts/2024-1-1-a.md", source: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}` }]);
  return course.sequence[0]!;
}

describe("slide titles", () => {
  it("names a slide by its first heading, else its first words", () => {
    const entry = lesson("A", "## First\n\nText.\n\n<!-- pagebreak -->\n\nNo heading on this slide, only a sentence that runs on and on.\n");
    expect(entry.slides.map((slide, index) => slideTitle(slide, index + 1))).toEqual(["First", "No heading on this slide, only a sentence…"]);
  });

  it("knows when the first slide opens with the lesson's title", () => {
    expect(firstHeadingRepeatsTitle("Root User: Privileges", lesson("Root User: Privileges", "# Root user — privileges\n\nText.\n").slides)).toBe(true);
    expect(firstHeadingRepeatsTitle("Root user", lesson("Root user", "Intro.\n\n## Root user\n").slides)).toBe(false);
    expect(firstHeadingRepeatsTitle("Root user", lesson("Root user", "## Something else\n").slides)).toBe(false);
  });
});
