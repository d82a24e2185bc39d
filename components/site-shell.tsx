import type { Viewport } from "next";
import { PageLink } from "@/components/page-link";
import type { ReactNode } from "react";
import { CodeCopy } from "@/components/content/code-copy";
import { DevTools } from "@/components/dev/dev-tools";
import { CourseSearch } from "@/components/search/course-search";
import { StorageNotice } from "@/components/progress/storage-notice";
import { ReviewLink } from "@/components/review/review-link";
import { ThemeControl } from "@/components/theme/theme-control";
import { BOOT_SCRIPT } from "@/lib/theme";

/** The page's colour behind the browser's own bars, in each system theme. */
export const SITE_VIEWPORT: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1020" },
  ],
};

/**
 * Every page's document: the theme's boot script, the header (search, Review, theme), the main
 * area and the footer. The root layout wraps every route in it, and global-not-found.tsx, which
 * Next renders without the layout, wraps the 404 page in it.
 */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before React hydrates; that difference is expected.
    <html lang="en" data-scroll-behavior="smooth" suppressHydrationWarning>
      {/* The App Router's document, not a Pages Router page: next/head does not apply here. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: BOOT_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-white text-slate-900 antialiased dark:bg-[#0b1020] dark:text-slate-100">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="no-print border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-4">
            <PageLink href="/" className="font-semibold tracking-tight text-accent hover:underline dark:text-accent-dark">
              Pagebreak
            </PageLink>
            <CourseSearch className="order-last w-full sm:order-none sm:w-auto sm:max-w-xs sm:flex-1" />
            <div className="flex items-center gap-2 sm:ml-auto sm:gap-3">
              <ReviewLink className="inline-flex min-h-8 items-center font-medium underline-offset-4 hover:underline" />
              <ThemeControl />
            </div>
          </div>
        </header>
        <StorageNotice />
        <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="no-print border-t border-slate-200 dark:border-slate-800">
          <div className="mx-auto max-w-4xl px-4 py-4 text-sm">
            <PageLink href="/your-data" className="text-slate-700 underline hover:text-accent dark:text-slate-300 dark:hover:text-accent-dark">
              Your data
            </PageLink>
          </div>
        </footer>
        <CodeCopy />
        <DevTools />
      </body>
    </html>
  );
}
