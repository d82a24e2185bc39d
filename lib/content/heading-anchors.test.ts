import { describe, expect, it } from "vitest";
import { headingAnchor, slideOfAnchor } from "./heading-anchors";
import { parseMarkdown, splitSlides } from "./split";

describe("headingAnchor", () => {
  it("makes GitHub's anchor: lower case, punctuation dropped, each space a dash", () => {
    expect(headingAnchor("Root-Only Actions")).toBe("root-only-actions");
    expect(headingAnchor("Account settings, the Support plan and closing the account")).toBe("account-settings-the-support-plan-and-closing-the-account");
    expect(headingAnchor("1. Add MFA to the root user")).toBe("1-add-mfa-to-the-root-user");
    expect(headingAnchor("What's `sts:AssumeRoot`?")).toBe("whats-stsassumeroot");
    expect(headingAnchor("Café  Ünïcode_names")).toBe("café--ünïcode_names");
  });
});

describe("slideOfAnchor", () => {
  it("maps every heading of a lesson to its slide, numbering repeats across slides as GitHub does", () => {
    const slides = splitSlides(
      parseMarkdown("## Setup\n\nOne.\n\n### Details\n\n<!-- pagebreak -->\n\n## Setup\n\nTwo.\n\n## Press <kbd>q</kbd>\n\n<!-- pagebreak -->\n\n## Setup\n"),
    );
    expect(Object.fromEntries(slideOfAnchor(slides))).toEqual({ setup: 1, details: 1, "setup-1": 2, "press-q": 2, "setup-2": 3 });
  });
});
