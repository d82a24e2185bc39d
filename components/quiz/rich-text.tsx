import { cn } from "@/lib/cn";

type Props = { html: string; className?: string };

/** HTML the build rendered and sanitized from the instructor's Markdown. */
export function RichText({ html, className }: Props) {
  return <div className={cn("prose", className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
