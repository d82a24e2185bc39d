import type { Heading } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { SlideTree } from "./split";

/**
 * Characters GitHub drops from a heading's text to make its anchor: anything but letters, marks,
 * digits, `_`, `-` and spaces (github-slugger). The renderer gives headings no ids of its own, so a
 * `Lesson:` link's `#anchor` is the one the same file has on GitHub, where authors copy it from.
 */
const NOT_IN_ANCHOR_RE = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

/** "Root-Only Actions" → `root-only-actions`, "Step 2: MFA" → `step-2-mfa`. */
export function headingAnchor(text: string): string {
  return text.toLowerCase().replace(NOT_IN_ANCHOR_RE, "").replace(/ /g, "-");
}

/**
 * Every heading anchor of a lesson and the 1-based slide it is on. A repeated heading gets `-1`,
 * `-2`… in file order, as on GitHub, so the numbering runs across slides.
 */
export function slideOfAnchor(slides: readonly SlideTree[]): Map<string, number> {
  const slideByAnchor = new Map<string, number>();
  const repeats = new Map<string, number>();
  slides.forEach((slide, index) => {
    visit(slide.tree, "heading", (heading: Heading) => {
      // Raw HTML in a heading (`<kbd>`) is markup, not text: GitHub's anchor has only its content.
      const base = headingAnchor(toString(heading, { includeHtml: false }));
      let anchor = base;
      while (slideByAnchor.has(anchor)) {
        const count = (repeats.get(base) ?? 0) + 1;
        repeats.set(base, count);
        anchor = `${base}-${count}`;
      }
      slideByAnchor.set(anchor, index + 1);
    });
  });
  return slideByAnchor;
}
