import { lazy, type ComponentType } from "react";

const Nothing = () => null;

/**
 * React.lazy for a part a page works without (a dialog, the search results, a notice). If its code
 * cannot load (the network dropped, or a newer deploy has replaced the file), `Fallback` renders in
 * its place rather than the error taking the whole page down; the next page load tries again.
 */
export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, Fallback: ComponentType<P> = Nothing) {
  return lazy(() => load().catch(() => ({ default: Fallback })));
}
