"use client";

import { ReaderDialog } from "./reader-dialog";
import { ShortcutHelp } from "./shortcut-help";
import { SlideOverview } from "./slide-overview";

export type OpenDialog = "overview" | "help" | undefined;

type Props = {
  open: OpenDialog;
  /** Which dialog closed: its close event can arrive after a key has opened the other one. */
  onClose: (which: "overview" | "help") => void;
  slug: string;
  total: number;
  current: number;
  onChoose: (slide: number) => void;
};

/**
 * The reader's two dialogs, in a module of their own: the deck loads it when the reader is idle or
 * a dialog is asked for, so a slide page's first download does not carry them. Once loaded they
 * stay mounted, so closing one hands focus back the way the native <dialog> does.
 */
export default function ReaderDialogs({ open, onClose, slug, total, current, onChoose }: Props) {
  return (
    <>
      <ReaderDialog title="Slide overview" open={open === "overview"} onClose={() => onClose("overview")}>
        {open === "overview" && <SlideOverview slug={slug} total={total} current={current} onChoose={onChoose} />}
      </ReaderDialog>
      <ReaderDialog title="Keyboard shortcuts" open={open === "help"} onClose={() => onClose("help")}>
        <ShortcutHelp />
      </ReaderDialog>
    </>
  );
}
