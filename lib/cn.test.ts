import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("joins the class names given, skipping empty and false ones", () => {
    expect(cn("a b", "", undefined, false, null, "c")).toBe("a b c");
    expect(cn()).toBe("");
  });
});
