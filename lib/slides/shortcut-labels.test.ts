import { describe, expect, it } from "vitest";
import { SLIDE_SHORTCUTS, type ReaderCommand } from "./keys";
import { COMMAND_LABELS, shortcutLabel } from "./shortcut-labels";

describe("shortcut labels", () => {
  it("names each key as a person would", () => {
    expect(SLIDE_SHORTCUTS.map(shortcutLabel)).toEqual(["→", "Page Down", "Space", "←", "Page Up", "Shift + Space", "Home", "End", "O", "?", "F", "P"]);
  });

  it("gives every command of the table a label, and every key a different one", () => {
    const commands = new Set<ReaderCommand>(SLIDE_SHORTCUTS.map((shortcut) => shortcut.action));
    expect(new Set(Object.keys(COMMAND_LABELS))).toEqual(commands);
    const labels = SLIDE_SHORTCUTS.map(shortcutLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
