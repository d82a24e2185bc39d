import "server-only";

/**
 * The site's public origin, for the addresses the CLI prints and the xAPI activity ids:
 * PAGEBREAK_PUBLIC_URL when the site has a public address, else http://localhost:PORT. Never the
 * request's Host header, which the client chooses.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PAGEBREAK_PUBLIC_URL?.trim();
  if (given) return given.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
