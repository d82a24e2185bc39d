import { pageUrl } from "@/lib/base-path";

type Props = {
  direction: "previous" | "next";
  /** At either end of the lesson. */
  disabled: boolean;
  /** The neighbouring slide's page, opened by a click before (or without) JavaScript. */
  pageHref?: string;
  /** In a view that needs scripts anyway (the presenter console): no page to fall back to. */
  scriptOnly?: boolean;
  onGo: () => void;
};

const LABELS = { previous: "Previous", next: "Next" } as const;
const ARROWS = { previous: "←", next: "→" } as const;

const controlClass =
  "inline-flex min-h-11 min-w-11 items-center gap-2 rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * "Previous slide" / "Next slide", disabled at the ends. One button from the server's HTML on, so
 * hydrating it changes nothing on screen. Its form opens the neighbouring page without JavaScript
 * (or before it has run); once React runs, a click switches in place instead.
 */
export function SlideControl({ direction, disabled, pageHref, scriptOnly = false, onGo }: Props) {
  const button = (
    <button
      type={scriptOnly ? "button" : "submit"}
      disabled={disabled}
      onClick={(event) => {
        event.preventDefault();
        onGo();
      }}
      className={controlClass}
    >
      {direction === "previous" && <span aria-hidden="true">{ARROWS.previous}</span>}
      {/* "Previous slide" / "Next slide" to everyone; on a phone the word "slide" is only heard. */}
      <span>
        {LABELS[direction]}
        <span className="sr-only sm:not-sr-only"> slide</span>
      </span>
      {direction === "next" && <span aria-hidden="true">{ARROWS.next}</span>}
    </button>
  );
  const placement = direction === "next" ? "ml-auto" : undefined;
  if (scriptOnly) return <div className={placement}>{button}</div>;
  return (
    // A form at the ends too: turning a slide changes attributes, never which elements are there.
    <form method="get" action={pageHref ? pageUrl(pageHref) : undefined} className={placement}>
      {button}
    </form>
  );
}
