import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageSlides, SLIDE_FETCH_RADIUS, slideWindow } from "./window";

describe("pageSlides", () => {
  it("holds the slide and its neighbours", () => {
    expect(pageSlides(1, 5)).toEqual([1, 2]);
    expect(pageSlides(3, 5)).toEqual([2, 3, 4]);
    expect(pageSlides(20, 2000)).toEqual([19, 20, 21]);
    expect(pageSlides(2000, 2000)).toEqual([1999, 2000]);
    expect(pageSlides(1, 1)).toEqual([1]);
  });

  it("never grows with the lesson, and always holds what one key press shows (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const [current, total] = a <= b ? [a, b] : [b, a];
        const slides = pageSlides(current, total);
        expect(slides.length).toBeLessThanOrEqual(3);
        for (const wanted of [current, current - 1, current + 1]) if (wanted >= 1 && wanted <= total) expect(slides).toContain(wanted);
        expect(slides.every((slide) => slide >= 1 && slide <= total)).toBe(true);
      }),
    );
  });
});

describe("slideWindow", () => {
  it("holds the slides within the fetch radius and both ends", () => {
    expect(slideWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(slideWindow(20, 2000)).toEqual([1, 16, 17, 18, 19, 20, 21, 22, 23, 24, 2000]);
    expect(slideWindow(20, 2000, 2)).toEqual([1, 18, 19, 20, 21, 22, 2000]);
    expect(slideWindow(1, 1)).toEqual([1]);
  });

  it("is bounded, ordered, and holds the ends and the neighbours (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const [current, total] = a <= b ? [a, b] : [b, a];
        const window = slideWindow(current, total);
        expect(window.length).toBeLessThanOrEqual(2 * SLIDE_FETCH_RADIUS + 3);
        for (const wanted of [current, current - 1, current + 1, 1, total]) if (wanted >= 1 && wanted <= total) expect(window).toContain(wanted);
        expect(window).toEqual([...new Set(window)].sort((x, y) => x - y));
      }),
    );
  });
});
