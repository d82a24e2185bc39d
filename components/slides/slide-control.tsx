import { PageLink } from "@/components/page-link";
import { cn } from "@/lib/cn";

type Props = {
  direction: "previous" | "next";
  /** The neighbouring slide's URL, or undefined at either end of the lesson. */
  href?: string;
  /** True once JavaScript runs: the control becomes a button that switches in place. */
  enhanced: boolean;
  onGo: () => void;
};

const LABELS = { previous: "Previous", next: "Next" } as const;
const ARROWS = { previous: "←", next: "→" } as const;

const controlClass =
  "inline-flex min-h-11 min-w-11 items-center gap-2 rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";

/** "Previous slide" / "Next slide": a plain link without JavaScript, a button with it; disabled at the ends. */
export function SlideControl({ direction, href, enhanced, onGo }: Props) {
  const content = (
    <>
      {direction === "previous" && <span aria-hidden="true">{ARROWS.previous}</span>}
      {/* "Previous slide" / "Next slide" to everyone; on a phone the word "slide" is only heard. */}
      <span>
        {LABELS[direction]}
        <span className="sr-only sm:not-sr-only"> slide</span>
      </span>
      {direction === "next" && <span aria-hidden="true">{ARROWS.next}</span>}
    </>
  );
  const className = cn(controlClass, direction === "next" && "ml-auto");

  if (enhanced) {
    return (
      <button type="button" onClick={onGo} disabled={!href} className={className}>
        {content}
      </button>
    );
  }
  if (!href) {
    return (
      <span aria-disabled="true" className={className}>
        {content}
      </span>
    );
  }
  return (
    <PageLink href={href} rel={direction === "next" ? "next" : "prev"} className={className}>
      {content}
    </PageLink>
  );
}
