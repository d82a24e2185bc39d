import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SLIDE_SHORTCUTS,
  shortcutAction,
  slideFromPathname,
  swipeAction,
  targetSlide,
  type FocusTarget,
  type KeyPress,
  type SlideAction,
} from "./keys";

function press(key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

const BODY: FocusTarget = { tagName: "BODY" };

describe("SLIDE_SHORTCUTS", () => {
  it("is the documented table", () => {
    expect(SLIDE_SHORTCUTS.map(({ key, shift, action }) => [key, shift, action])).toEqual([
      ["ArrowRight", undefined, "next"],
      ["PageDown", undefined, "next"],
      [" ", false, "next"],
      ["ArrowLeft", undefined, "previous"],
      ["PageUp", undefined, "previous"],
      [" ", true, "previous"],
      ["Home", undefined, "first"],
      ["End", undefined, "last"],
      ["o", undefined, "overview"],
      ["?", undefined, "help"],
      ["f", undefined, "fullscreen"],
      ["p", undefined, "presenter"],
    ]);
  });

  it.each(SLIDE_SHORTCUTS.map((shortcut) => [shortcut.key === " " ? "Space" : shortcut.key, shortcut.shift, shortcut.action, shortcut] as const))(
    "%s (shift: %s) → %s",
    (_name, _shift, action, shortcut) => {
      const shiftKey = shortcut.shift ?? false;
      expect(shortcutAction(press(shortcut.key, { shiftKey }))).toBe(action);
      expect(shortcutAction(press(shortcut.key, { shiftKey }), BODY)).toBe(action);
      expect(shortcutAction(press(shortcut.key, { shiftKey }), null)).toBe(action);
      expect(shortcutAction(press(shortcut.key, { shiftKey }), { tagName: "DIV" })).toBe(action);
      // Rows that do not mention Shift work with it held too.
      if (shortcut.shift === undefined) expect(shortcutAction(press(shortcut.key, { shiftKey: true }))).toBe(action);
    },
  );
});

describe("shortcutAction", () => {
  it("ignores keys that are not shortcuts", () => {
    for (const key of ["Enter", "a", "ArrowUp", "ArrowDown", "Tab", "Escape", "Spacebar", "q"]) {
      expect(shortcutAction(press(key)), key).toBeUndefined();
    }
  });

  it.each(["ctrlKey", "metaKey", "altKey"] as const)("leaves every shortcut to the browser when %s is held", (modifier) => {
    for (const shortcut of SLIDE_SHORTCUTS) {
      expect(shortcutAction(press(shortcut.key, { [modifier]: true, shiftKey: shortcut.shift ?? false }), BODY)).toBeUndefined();
    }
  });

  it.each([
    { tagName: "INPUT" },
    { tagName: "TEXTAREA" },
    { tagName: "SELECT" },
    { tagName: "DIV", isContentEditable: true },
    { tagName: "DIV", role: "textbox" },
  ])("leaves every key to a form control or editable element: %o", (target) => {
    for (const shortcut of SLIDE_SHORTCUTS) {
      expect(shortcutAction(press(shortcut.key, { shiftKey: shortcut.shift ?? false }), target)).toBeUndefined();
    }
  });

  it.each(["BUTTON", "A", "SUMMARY"])("leaves Space (with or without Shift) to a focused %s, but not the other keys", (tagName) => {
    expect(shortcutAction(press(" "), { tagName })).toBeUndefined();
    expect(shortcutAction(press(" ", { shiftKey: true }), { tagName })).toBeUndefined();
    expect(shortcutAction(press("ArrowRight"), { tagName })).toBe("next");
    expect(shortcutAction(press("PageUp"), { tagName })).toBe("previous");
    expect(shortcutAction(press("End"), { tagName })).toBe("last");
  });

  it("leaves the left and right arrows to an element that scrolls sideways, but not the other keys", () => {
    const wide: FocusTarget = { tagName: "PRE", scrollsSideways: true };
    expect(shortcutAction(press("ArrowLeft"), wide)).toBeUndefined();
    expect(shortcutAction(press("ArrowRight"), wide)).toBeUndefined();
    expect(shortcutAction(press("PageDown"), wide)).toBe("next");
    expect(shortcutAction(press(" "), wide)).toBe("next");
    expect(shortcutAction(press("Home"), wide)).toBe("first");
    // The same element, not scrolling, gives the arrows back.
    expect(shortcutAction(press("ArrowRight"), { tagName: "PRE", scrollsSideways: false })).toBe("next");
  });

  it("reads letters in either case, so Caps Lock keeps the shortcuts", () => {
    expect(shortcutAction(press("O", { shiftKey: true }))).toBe("overview");
    expect(shortcutAction(press("F"))).toBe("fullscreen");
    expect(shortcutAction(press("?", { shiftKey: true }))).toBe("help");
  });

  it("does not mistake other roles for a text box", () => {
    expect(shortcutAction(press("ArrowRight"), { tagName: "DIV", role: "region" })).toBe("next");
    expect(shortcutAction(press("ArrowRight"), { tagName: "DIV", role: null, isContentEditable: false })).toBe("next");
  });
});

describe("targetSlide", () => {
  it.each<[SlideAction, number, number, number]>([
    ["next", 1, 5, 2],
    ["next", 5, 5, 5],
    ["previous", 3, 5, 2],
    ["previous", 1, 5, 1],
    ["first", 4, 5, 1],
    ["last", 2, 5, 5],
    // Out-of-range starting points are pulled back in.
    ["next", 9, 5, 5],
    ["previous", 0, 5, 1],
    ["previous", -3, 5, 1],
    // A lesson always has a first slide.
    ["last", 1, 0, 1],
    ["next", 1, 1, 1],
  ])("%s from %i of %i → %i", (action, current, total, expected) => {
    expect(targetSlide(action, current, total)).toBe(expected);
  });

  it("always lands within 1..total", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SlideAction>("next", "previous", "first", "last"),
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: 1, max: 50 }),
        (action, current, total) => {
          const slide = targetSlide(action, current, total);
          expect(slide).toBeGreaterThanOrEqual(1);
          expect(slide).toBeLessThanOrEqual(total);
        },
      ),
    );
  });
});

describe("swipeAction", () => {
  it.each<[number, number, SlideAction | undefined]>([
    // Swiping left turns the page forward; right goes back.
    [-50, 0, "next"],
    [50, 0, "previous"],
    [-200, 40, "next"],
    // Too short.
    [-49, 0, undefined],
    [49, 0, undefined],
    [0, 0, undefined],
    // Sideways must beat vertical by 1.5 times: 60 across for 40 down counts, 59 does not.
    [-60, 40, "next"],
    [-59, 40, undefined],
    [60, -40, "previous"],
    // Mostly vertical: a scroll.
    [-80, 300, undefined],
    [0, -300, undefined],
  ])("dx %i, dy %i → %s", (dx, dy, expected) => {
    expect(swipeAction(dx, dy)).toBe(expected);
  });
});

describe("slideFromPathname", () => {
  it.each<[string, number | undefined]>([
    ["/lessons/root-user/3", 3],
    ["/lessons/root-user/3/", 3],
    ["/course/lessons/root-user/12", 12],
    ["/course/lessons/root-user/12/", 12],
    ["/lessons/caf%C3%A9-%C3%BCn%C3%AFcode/2", 2],
    ["/lessons/root-user/all", undefined],
    ["/lessons/root-user/all/", undefined],
    ["/lessons/root-user/3/extra", undefined],
    ["/lessons/root-user/3x", undefined],
    ["/", undefined],
    ["", undefined],
  ])("%s → %s", (pathname, expected) => {
    expect(slideFromPathname(pathname)).toBe(expected);
  });
});
