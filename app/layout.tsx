import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SITE_VIEWPORT, SiteShell } from "@/components/site-shell";

export const metadata: Metadata = {
  title: { default: "Pagebreak", template: "%s · Pagebreak" },
  description: "Lessons as paged slides, written in Markdown.",
};

export const viewport = SITE_VIEWPORT;

/**
 * No stylesheet here: each route imports its own, styles/slide.css or styles/site.css (see
 * site.css for why), so a page loads one.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
