/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, pagefind.app/docs/api/) the search
 * box uses. The script is built with the index, so it has no types of its own here.
 */
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindHit>;
}

export interface PagefindHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
