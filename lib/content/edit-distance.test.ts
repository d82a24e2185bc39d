import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts a swap of two neighbours as one edit", () => {
    expect(editDistance("titel", "title")).toBe(1);
    expect(editDistance("pagebrake", "pagebreak")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestName", () => {
  const files = ["images/diagram.png", "images/flowchart.png", "_posts/2024-1-2-second.md"];

  it("suggests the nearest name within a quarter of its length, case aside", () => {
    expect(closestName("images/diagam.png", files)).toBe("images/diagram.png");
    expect(closestName("Images/Diagram.PNG", files)).toBe("images/diagram.png");
    expect(closestName("Basic", ["Basics", "Advanced"])).toBe("Basics");
  });

  it("suggests nothing when every name is too far", () => {
    expect(closestName("images/logo.png", files)).toBeUndefined();
    expect(closestName("ab", ["xy"])).toBeUndefined();
  });

  it("never suggests a name with other numbers: Section-1 is not a typo of Section-2", () => {
    expect(closestName("Section-2", ["Section-1"])).toBeUndefined();
    expect(closestName("_posts/2024-1-3-second.md", files)).toBeUndefined();
    expect(closestName("Secton-2", ["Section-1", "Section-2"])).toBe("Section-2");
  });
});
