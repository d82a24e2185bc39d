import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASSET_CSP, contentSecurityPolicy, headersFile, headersPatternMatches, nextHeaderRules, pageHeaders, parseHeadersFile, PERMISSIONS_POLICY } from "./policy.mjs";

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

  it("is the inline-script baseline for a header, and allows eval only in development", () => {
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const dev = directives(contentSecurityPolicy({ dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
  });

  it("lists hashes instead of 'unsafe-inline' for a page, and leaves frame-ancestors out of a <meta> policy", () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["sha256-abc=", "sha256-def="], meta: true }));
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
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

  it("gives content assets no page policy in next.config.js: their route sends its own", () => {
    const [pages, assets] = nextHeaderRules();
    expect(pages!.source).toBe("/:path((?!content-assets/).*)");
    expect(assets!.headers.map(({ key }) => key)).not.toContain("Content-Security-Policy");
    const route = readFileSync(path.join(process.cwd(), "app/content-assets/[...path]/route.ts"), "utf8");
    expect(route).toContain(`"Content-Security-Policy": "${ASSET_CSP}"`);
  });

  it("public/_headers is written from the policy (run `node scripts/write-headers.mjs` after changing it)", () => {
    expect(readFileSync(path.join(process.cwd(), "public/_headers"), "utf8")).toBe(headersFile());
  });

  it("README's Security section (and its nginx and Apache snippets) shows the current policy", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Security"));
    expect(section.split(`Content-Security-Policy: ${contentSecurityPolicy()}`).length).toBe(2);
    expect(section.split(`Content-Security-Policy "${contentSecurityPolicy()}"`).length).toBe(3);
    expect(section.split(`Permissions-Policy "${PERMISSIONS_POLICY}"`).length).toBe(3);
    expect(section.split(`"${ASSET_CSP}"`).length).toBe(3);
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
