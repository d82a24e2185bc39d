import { describe, expect, it } from "vitest";
import { nothingDueText, reviewProgressLabel, whenInWords } from "./words";

// Tuesday 10 March 2026, 09:30 local time.
const NOW = new Date(2026, 2, 10, 9, 30);

describe("whenInWords", () => {
  it("says the day, and the time unless it is midnight", () => {
    expect(whenInWords(new Date(2026, 2, 10, 14, 5), NOW)).toBe("today at 14:05");
    expect(whenInWords(new Date(2026, 2, 11), NOW)).toBe("tomorrow");
    expect(whenInWords(new Date(2026, 2, 11, 8, 0), NOW)).toBe("tomorrow at 08:00");
    expect(whenInWords(new Date(2026, 2, 13), NOW)).toBe("on Friday");
    expect(whenInWords(new Date(2026, 2, 16, 7, 45), NOW)).toBe("on Monday at 07:45");
    expect(whenInWords(new Date(2026, 2, 17), NOW)).toBe("on Tuesday 17 March");
    expect(whenInWords(new Date(2027, 0, 4), NOW)).toBe("on Monday 4 January 2027");
  });

  it("says now for a time already past", () => {
    expect(whenInWords(NOW, NOW)).toBe("now");
    expect(whenInWords(new Date(2026, 2, 9), NOW)).toBe("now");
  });

  it("counts local days, late in the evening too", () => {
    const late = new Date(2026, 2, 10, 23, 59);
    expect(whenInWords(new Date(2026, 2, 11), late)).toBe("tomorrow");
    expect(whenInWords(new Date(2026, 2, 12), late)).toBe("on Thursday");
  });
});

describe("nothingDueText", () => {
  it("names when the next card is due", () => {
    expect(nothingDueText(new Date(2026, 2, 12), NOW)).toBe("Nothing to review now. Next card due on Thursday.");
    expect(nothingDueText(new Date(2026, 2, 11), NOW)).toBe("Nothing to review now. Next card due tomorrow.");
  });

  it("says how to build a review when no card is scheduled", () => {
    expect(nothingDueText(undefined, NOW)).toBe("Answer quiz items to build your review.");
  });
});

describe("reviewProgressLabel", () => {
  it("counts cards, whatever their kind", () => {
    expect(reviewProgressLabel(2, 5)).toBe("Card 2 of 5");
  });
});
