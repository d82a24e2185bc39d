import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

type Props = ComponentProps<"button"> & { variant?: "primary" | "secondary" | "danger" };

const VARIANTS = {
  primary:
    "bg-accent text-white hover:bg-accent-strong dark:bg-accent-dark dark:text-slate-950 dark:hover:bg-white border-transparent",
  secondary: "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
  /** For an action that cannot be undone, once the learner has been asked. */
  danger: "border-transparent bg-red-700 text-white hover:bg-red-800 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200",
};

/** A button at least 44 px high with a visible focus outline. */
export function Button({ variant = "secondary", className, type = "button", ...props }: Props) {
  return (
    <button
      type={type}
      className={cn(
        "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
