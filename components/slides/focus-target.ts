import type { FocusTarget } from "@/lib/slides/keys";

/** What the shortcut table needs to know about the element a key press went to (lib/slides/keys.ts). */
export function focusTarget(target: EventTarget | null): FocusTarget | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  const scrolls = target.matches("pre, .table-scroll") && target.scrollWidth > target.clientWidth;
  return { tagName: target.tagName, isContentEditable: target.isContentEditable, role: target.getAttribute("role"), scrollsSideways: scrolls };
}
