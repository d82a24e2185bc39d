"use client";

import { useEffect } from "react";

/** The bar above each code block the build rendered (lib/content/render.ts `codeBlock`). */
const BAR_SELECTOR = ".code-block-bar";
/** Set by copy-button.ts on a bar that has its button. */
const READY_ATTRIBUTE = "data-copy-ready";

/**
 * Gives every code block on the page a "Copy" button, now and whenever slides arrive (the reader
 * fetches them as it moves). Renders nothing: the button needs JavaScript, so without it there is
 * no button at all, rather than one that does nothing. The blocks are HTML the server rendered,
 * which React does not manage, so the buttons are added to them directly. The button's code loads
 * only on a page that shows code.
 */
export function CodeCopy() {
  useEffect(() => {
    const enhance = (root: ParentNode) => {
      const bars = [...root.querySelectorAll(`${BAR_SELECTOR}:not([${READY_ATTRIBUTE}])`)];
      if (root instanceof Element && root.matches(BAR_SELECTOR)) bars.push(root);
      if (bars.length > 0) void import("./copy-button").then(({ addCopyButton }) => bars.forEach(addCopyButton));
    };
    enhance(document);
    const observer = new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && enhance(node));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
