/**
 * How the "Keyboard shortcuts" dialog names the reader's keys and commands. Apart from keys.ts,
 * which every slide page loads: these are needed only once the dialog opens.
 */

import type { ReaderCommand, Shortcut } from "./keys";

/** What each command is called in the "Keyboard shortcuts" dialog, in the order it lists them. */
export const COMMAND_LABELS: Record<ReaderCommand, string> = {
  next: "Next slide",
  previous: "Previous slide",
  first: "First slide",
  last: "Last slide",
  overview: "Slide overview",
  fullscreen: "Full screen on or off",
  presenter: "Presenter view (notes, next slide, timer) in a new window",
  help: "These shortcuts",
};

/** Keys whose `KeyboardEvent.key` is not how a person names them; a letter is shown in capitals. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowRight: "→",
  ArrowLeft: "←",
  PageDown: "Page Down",
  PageUp: "Page Up",
  " ": "Space",
};

/** A shortcut as the dialog shows it: "→", "Shift + Space", "O". */
export function shortcutLabel(shortcut: Shortcut): string {
  const name = Object.hasOwn(KEY_NAMES, shortcut.key) ? KEY_NAMES[shortcut.key]! : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return shortcut.shift ? `Shift + ${name}` : name;
}
