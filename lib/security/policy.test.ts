import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  apacheConfig,
  ASSET_CSP,
  commonHeaders,
  contentSecurityPolicy,
  headersFile,
  headersPatternMatches,
  nextHeaderRules,
  nginxConfig,
  pageHeaders,
  parseHeadersFile,
} from "./policy.mjs";

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows only what the app needs", () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "https:", "data:"]);
    expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("frame-src")).toEqual(["'none'"]);
  });

  it("is the inline-script baseline for a header, and allows eval only in development (WebAssembly always, for the search)", () => {
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    const dev = directives(contentSecurityPolicy({ dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
  });

  it("lists hashes instead of 'unsafe-inline' for a page, and leaves frame-ancestors out of a <meta> policy", () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["sha256-abc=", "sha256-def="], meta: true }));
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='", "'sha256-def='"]);
    expect(policy.has("frame-ancestors")).toBe(false);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });
});

describe("headers", () => {
  it("sends nosniff, a referrer policy and a permissions policy denying devices", () => {
    const headers = Object.fromEntries(pageHeaders().map(({ key, value }) => [key, value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy());
  });

  it("gives everything under /content-assets/ every page header in next.config.js, and the sandbox as a second policy", () => {
    const [pages, assets] = nextHeaderRules();
    expect(pages!.source).toBe("/:path((?!content-assets/).*)");
    expect(assets!.source).toBe("/content-assets/:path*");
    // A 404 there is a page; a file gets the sandbox on top (a browser enforces both policies).
    expect(assets!.headers).toEqual([{ key: "Content-Security-Policy", value: `${contentSecurityPolicy()}, ${ASSET_CSP}` }, ...commonHeaders()]);
    expect(nextHeaderRules({ dev: true })[1]!.headers[0]!.value).toBe(`${contentSecurityPolicy({ dev: true })}, ${ASSET_CSP}`);
    // The route sends the sandbox itself too, for a server without these headers.
    const route = readFileSync(path.join(process.cwd(), "app/content-assets/[...path]/route.ts"), "utf8");
    expect(route).toContain(`"Content-Security-Policy": "${ASSET_CSP}"`);
  });

  it("the nginx configuration repeats every page header inside the assets' location, which replaces the outer ones", () => {
    const [outer, inner] = nginxConfig().split(/^location .*$/m);
    const headerLines = (block: string) => block.split("\n").map((line) => line.trim()).filter((line) => line.startsWith("add_header"));
    expect(headerLines(outer!)).toEqual(pageHeaders().map(({ key, value }) => `add_header ${key} "${value}" always;`));
    expect(headerLines(inner!)).toEqual([...headerLines(outer!), `add_header Content-Security-Policy "${ASSET_CSP}" always;`]);
    expect(apacheConfig()).toContain(`Header always add Content-Security-Policy "${ASSET_CSP}"`);
  });

  it("public/_headers is written from the policy (run `node scripts/write-headers.mjs` after changing it)", () => {
    expect(readFileSync(path.join(process.cwd(), "public/_headers"), "utf8")).toBe(headersFile());
  });

  it("README's Security section shows the current policy, and the nginx and Apache configurations written here", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const start = readme.indexOf("## Security");
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    expect(section.split(`Content-Security-Policy: ${contentSecurityPolicy()}`).length).toBe(2);
    expect(section).toContain(`\`\`\`nginx\n${nginxConfig()}\n\`\`\``);
    expect(section).toContain(`\`\`\`apache\n${apacheConfig()}\n\`\`\``);
  });

  it("reads a _headers file back, and matches its path patterns like a static host", () => {
    const rules = parseHeadersFile(headersFile());
    expect(rules.map((rule) => rule.pattern)).toEqual(["/*", "/content-assets/*"]);
    expect(Object.fromEntries(rules[0]!.headers)).toEqual(Object.fromEntries(pageHeaders().map(({ key, value }) => [key, value])));
    expect(rules[1]!.headers).toEqual([["Content-Security-Policy", ASSET_CSP]]);
    expect(headersPatternMatches("/*", "/")).toBe(true);
    expect(headersPatternMatches("/content-assets/*", "/content-assets/images/a.svg")).toBe(true);
    expect(headersPatternMatches("/content-assets/*", "/lessons/content-assets/x")).toBe(false);
    expect(headersPatternMatches("/exact", "/exact")).toBe(true);
    expect(headersPatternMatches("/exact", "/exact/more")).toBe(false);
  });
});
