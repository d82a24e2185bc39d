import type { Page } from "@playwright/test";

// Shared by the search specs (search.spec.ts on both sites, search-app.spec.ts on `next start`).

export const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the course" });
export const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("link");

/** Records the index files the page fetches. */
export function indexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) seen.push(request.url());
  });
  return seen;
}
