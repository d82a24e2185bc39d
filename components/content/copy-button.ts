/** How long the button says "Copied" before it offers to copy again. */
const COPIED_FOR_MS = 2000;

// The same attribute code-copy.tsx looks for.
const READY_ATTRIBUTE = "data-copy-ready";

/** Adds the "Copy" button to one code block's bar (lib/content/render.ts `codeBlock`), once. */
export function addCopyButton(bar: Element) {
  const code = bar.parentElement?.querySelector("pre");
  if (bar.hasAttribute(READY_ATTRIBUTE) || !code) return;
  bar.setAttribute(READY_ATTRIBUTE, "");
  const language = bar.querySelector(".code-block-language")?.textContent?.trim();

  const button = document.createElement("button");
  button.type = "button";
  button.className = "code-block-copy no-print";
  const label = document.createElement("span");
  label.textContent = "Copy";
  // Named "Copy js code": the visible word starts the name (WCAG 2.5.3), the rest says what it copies.
  const what = document.createElement("span");
  what.className = "sr-only";
  what.textContent = language ? ` ${language} code` : " code";
  button.append(label, what);

  // Present before it speaks, so screen readers announce the change.
  const status = document.createElement("span");
  status.className = "sr-only";
  status.setAttribute("aria-live", "polite");

  let reset: number | undefined;
  button.addEventListener("click", async () => {
    window.clearTimeout(reset);
    const copied = await copyText(code.textContent?.replace(/\n$/, "") ?? "");
    label.textContent = copied ? "Copied" : "Copy failed";
    status.textContent = copied ? "Copied" : "Could not copy: select the code and copy it yourself";
    reset = window.setTimeout(() => {
      label.textContent = "Copy";
      status.textContent = "";
    }, COPIED_FOR_MS);
  });
  bar.append(button, status);
}

/** The Clipboard API needs a secure context (https or localhost) and the page's focus. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
