import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { SITE_VIEWPORT, SiteShell } from "@/components/site-shell";
import "@/styles/site.css";

export const metadata: Metadata = {
  title: "Page not found · Pagebreak",
  description: "Lessons as paged slides, written in Markdown.",
};

export const viewport = SITE_VIEWPORT;

/**
 * The 404 page for an address no route matches (experimental.globalNotFound in next.config.js).
 * Next renders it without the root layout, so its stylesheet is its own; the root not-found's
 * would be loaded on every page (see styles/site.css).
 */
export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
