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

/**
 * "Previous slide" / "Next slide", disabled at the ends. One button from the server's HTML on, so
 * hydrating it changes nothing on screen. Its form opens the neighbouring page without JavaScript
 * (or before it has run); once React runs, a click switches in place instead. Styled in
 * slide-control.css.
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
      className="slide-control"
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
