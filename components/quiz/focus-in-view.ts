/**
 * Focuses the feedback's heading and scrolls only when it is out of view (or under the action bar),
 * as little as will show it above the bar with its first lines (the heading's scroll margin): the
 * marked choices above it stay in sight as far as they can. At once, not smoothly, so nothing
 * moves under a finger or pointer about to press Continue.
 */
export function focusInView(element: HTMLElement) {
  element.focus({ preventScroll: true });
  const bar = document.querySelector("[data-quiz-action-bar]")?.getBoundingClientRect().height ?? 0;
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight - bar) element.scrollIntoView({ block: "nearest", behavior: "instant" });
}
