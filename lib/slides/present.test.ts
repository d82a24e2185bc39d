import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ASKED_TTL_MS,
  INITIAL_SYNC,
  askedToShow,
  formatElapsed,
  presenterStartSlide,
  readNotesData,
  readSlideMessage,
  slideMessage,
  slideShown,
  type SyncState,
} from "./present";
import { presenterHref, presenterSearch } from "../routes";

describe("readSlideMessage", () => {
  it("reads what slideMessage writes, for its own lesson only", () => {
    expect(readSlideMessage(slideMessage("intro", 3), "intro")).toBe(3);
    expect(readSlideMessage(slideMessage("intro", 3), "other")).toBeUndefined();
    // A structured clone of the message (what BroadcastChannel delivers) reads the same.
    expect(readSlideMessage(structuredClone(slideMessage("intro", 7)), "intro")).toBe(7);
  });

  it("ignores extra fields, so a newer version can add some", () => {
    expect(readSlideMessage({ type: "slide", slug: "intro", slide: 2, sentAt: 123 }, "intro")).toBe(2);
  });

  it("ignores anything malformed", () => {
    const malformed: unknown[] = [
      undefined,
      null,
      "slide",
      3,
      [],
      ["slide", "intro", 3],
      {},
      { type: "slide", slug: "intro" },
      { type: "slide", slide: 3 },
      { slug: "intro", slide: 3 },
      { type: "hello", slug: "intro", slide: 3 },
      { type: "slide", slug: "intro", slide: "3" },
      { type: "slide", slug: "intro", slide: 0 },
      { type: "slide", slug: "intro", slide: -1 },
      { type: "slide", slug: "intro", slide: 1.5 },
      { type: "slide", slug: "intro", slide: Number.NaN },
      { type: "slide", slug: "intro", slide: Number.POSITIVE_INFINITY },
      { type: "slide", slug: "intro", slide: 1_000_000 },
      { type: "slide", slug: ["intro"], slide: 3 },
    ];
    for (const data of malformed) expect(readSlideMessage(data, "intro"), JSON.stringify(data)).toBeUndefined();
  });

  it("never throws and only ever returns a slide number (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const slide = readSlideMessage(data, "intro");
        expect(slide === undefined || (Number.isSafeInteger(slide) && slide >= 1)).toBe(true);
      }),
    );
  });
});

describe("askedToShow / slideShown", () => {
  it("does not post a slide it was asked to show, and posts the reader's own moves", () => {
    let state = askedToShow(INITIAL_SYNC, 3, 0);
    let shown = slideShown(state, 3, 10);
    expect(shown.post).toBe(false);
    state = shown.state;
    shown = slideShown(state, 4, 20);
    expect(shown.post).toBe(true);
    expect(shown.state).toEqual(INITIAL_SYNC);
  });

  it("skips the slides the router never showed, and forgets requests older than the one shown", () => {
    let state: SyncState = INITIAL_SYNC;
    for (const slide of [3, 4, 5]) state = askedToShow(state, slide, 0);
    const shown = slideShown(state, 5, 1);
    expect(shown).toEqual({ state: INITIAL_SYNC, post: false });
    // 4 was passed: showing it now is the reader going back, and the others must follow.
    expect(slideShown(shown.state, 4, 2).post).toBe(true);
  });

  it("forgets a request the window never showed after a while", () => {
    const state = askedToShow(INITIAL_SYNC, 5, 0);
    expect(slideShown(state, 5, ASKED_TTL_MS).post).toBe(false);
    expect(slideShown(state, 5, ASKED_TTL_MS + 1).post).toBe(true);
  });

  it("remembers a bounded number of requests", () => {
    let state: SyncState = INITIAL_SYNC;
    for (let slide = 1; slide <= 1000; slide++) state = askedToShow(state, slide, 0);
    expect(state.asked.length).toBeLessThanOrEqual(32);
    expect(state.asked.at(-1)?.slide).toBe(1000);
  });

  it("a window that only follows messages never posts, whichever slides the router skips (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ slide: fc.integer({ min: 1, max: 8 }), shown: fc.boolean() }), { maxLength: 30 }),
        (steps) => {
          let state: SyncState = INITIAL_SYNC;
          let current = 0;
          let time = 0;
          // Requests arrive in order; the window shows some of them, in order, each a moment later.
          const pending: number[] = [];
          for (const step of steps) {
            state = askedToShow(state, step.slide, time++);
            pending.push(step.slide);
            if (!step.shown) continue;
            const slide = pending.at(-1)!;
            pending.length = 0;
            if (slide === current) continue;
            current = slide;
            const shown = slideShown(state, slide, time++);
            expect(shown.post).toBe(false);
            state = shown.state;
          }
        },
      ),
    );
  });
});

describe("presenter URL and notes file", () => {
  it("names the slide in the query, and opens at it within the lesson", () => {
    expect(presenterSearch(1)).toBe("");
    expect(presenterSearch(4)).toBe("?slide=4");
    expect(presenterHref("intro")).toBe("/lessons/intro/presenter");
    expect(presenterHref("café ü", 4)).toBe("/lessons/caf%C3%A9%20%C3%BC/presenter?slide=4");
    expect(presenterStartSlide("", 7)).toBe(1);
    expect(presenterStartSlide("?slide=4", 7)).toBe(4);
    expect(presenterStartSlide("?theme=dark&slide=7", 7)).toBe(7);
    expect(presenterStartSlide("?slide=99", 7)).toBe(7);
    for (const search of ["?slide=0", "?slide=-2", "?slide=two", "?slide=02", "?slide=", "?slide=1e3"]) {
      expect(presenterStartSlide(search, 7), search).toBe(1);
    }
  });

  it("reads one entry per slide, none where the file has none", () => {
    expect(readNotesData({ notes: ["<p>a</p>", null] }, 2)).toEqual(["<p>a</p>", null]);
    expect(readNotesData({ notes: ["<p>a</p>"] }, 3)).toEqual(["<p>a</p>", null, null]);
    expect(readNotesData({ notes: ["<p>a</p>", "<p>b</p>", "<p>c</p>"] }, 2)).toEqual(["<p>a</p>", "<p>b</p>"]);
  });

  it("refuses a file that is not a notes file", () => {
    for (const data of [null, "notes", [], {}, { notes: "<p>a</p>" }, { notes: [1] }, { notes: [{ html: "x" }] }, { notes: [undefined] }]) {
      expect(readNotesData(data, 2), JSON.stringify(data)).toBeUndefined();
    }
  });
});

describe("formatElapsed", () => {
  it("shows minutes and seconds, and hours from the first hour on", () => {
    expect(formatElapsed(0)).toBe("00:00");
    expect(formatElapsed(999)).toBe("00:00");
    expect(formatElapsed(1_000)).toBe("00:01");
    expect(formatElapsed(65_000)).toBe("01:05");
    expect(formatElapsed(59 * 60_000 + 59_999)).toBe("59:59");
    expect(formatElapsed(3_600_000)).toBe("1:00:00");
    expect(formatElapsed(10 * 3_600_000 + 61_000)).toBe("10:01:01");
    expect(formatElapsed(-5_000)).toBe("00:00");
  });
});
