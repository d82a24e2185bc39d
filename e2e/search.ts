import { expect, type Page } from "@playwright/test";

// Shared by the search specs (search.spec.ts on both sites, search-app.spec.ts on `next start`).

export const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the course" });
export const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("link");

/**
 * Waits until the header's script has run. Its `/` shortcut listens only from then on; a press in
 * the moment before does nothing, as on any page whose keys are JavaScript. The theme control,
 * disabled in the server's HTML, is enabled at that point.
 */
export async function waitForHeader(page: Page) {
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "System" })).toBeEnabled();
}

/** Records the index files the page fetches. */
export function indexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) seen.push(request.url());
  });
  return seen;
}
