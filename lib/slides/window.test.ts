import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLIDE_WINDOW_RADIUS, slideWindow } from "./window";

describe("slideWindow", () => {
  it("holds the slide, two on each side and both ends", () => {
    expect(slideWindow(1, 5)).toEqual([1, 2, 3, 5]);
    expect(slideWindow(20, 2000)).toEqual([1, 18, 19, 20, 21, 22, 2000]);
    expect(slideWindow(2000, 2000)).toEqual([1, 1998, 1999, 2000]);
    expect(slideWindow(1, 1)).toEqual([1]);
  });

  it("never grows with the lesson, and always holds what one key press can show (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const [current, total] = a <= b ? [a, b] : [b, a];
        const window = slideWindow(current, total);
        expect(window.length).toBeLessThanOrEqual(2 * SLIDE_WINDOW_RADIUS + 3);
        for (const wanted of [current, current - 1, current + 1, 1, total]) {
          if (wanted >= 1 && wanted <= total) expect(window).toContain(wanted);
        }
        expect(window).toEqual([...new Set(window)].sort((x, y) => x - y));
      }),
    );
  });
});
