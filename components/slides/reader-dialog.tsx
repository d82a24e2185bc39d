"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

type Props = {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal dialog of the reader (overview, shortcuts). The native <dialog> keeps focus inside while
 * open, closes on Escape, and gives focus back to what had it before, so none of that is re-made.
 */
export function ReaderDialog({ title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (Close); a dialog may name a better start.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="reader-dialog m-auto max-h-[85dvh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-dialog backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-2xl leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">×</span>
          <span className="sr-only">Close</span>
        </button>
      </div>
      {/* Focusable, so a keyboard can scroll it on a small screen when it holds no control. */}
      <div tabIndex={0} role="region" aria-labelledby={titleId} className="max-h-[calc(85dvh-4rem)] overflow-y-auto px-5 py-4 focus-visible:outline-2 focus-visible:outline-accent">
        {children}
      </div>
    </dialog>
  );
}
