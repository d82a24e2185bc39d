import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" };

const VARIANTS = {
  primary:
    "bg-accent text-white hover:bg-accent-strong dark:bg-accent-dark dark:text-slate-950 dark:hover:bg-white border-transparent",
  secondary: "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
};

/** A button at least 44 px high with a visible focus ring. */
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
