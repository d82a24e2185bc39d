import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assetHeaders, pageHeaders } from "../lib/security/policy.mjs";
import { cloudFrontPolicies, HSTS_MAX_AGE_SECONDS, policyFileText, POLICY_FILES, responseHeadersPolicy } from "./write-cloudfront-policy.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

type Policy = ReturnType<typeof responseHeadersPolicy>;
interface Security {
  ContentSecurityPolicy?: { ContentSecurityPolicy: string; Override: boolean };
  ContentTypeOptions?: { Override: boolean };
  FrameOptions?: { FrameOption: string; Override: boolean };
  ReferrerPolicy?: { ReferrerPolicy: string; Override: boolean };
  StrictTransportSecurity?: { AccessControlMaxAgeSec: number; IncludeSubdomains: boolean; Preload: boolean; Override: boolean };
}

/** The headers a browser gets from CloudFront with this policy, as `Name: value` pairs. */
function headersSent(policy: Policy): Map<string, string> {
  const security = policy.SecurityHeadersConfig as Security;
  const sent = new Map<string, string>();
  if (security.ContentSecurityPolicy) sent.set("content-security-policy", security.ContentSecurityPolicy.ContentSecurityPolicy);
  if (security.ContentTypeOptions) sent.set("x-content-type-options", "nosniff");
  if (security.FrameOptions) sent.set("x-frame-options", security.FrameOptions.FrameOption);
  if (security.ReferrerPolicy) sent.set("referrer-policy", security.ReferrerPolicy.ReferrerPolicy);
  if (security.StrictTransportSecurity) sent.set("strict-transport-security", `max-age=${security.StrictTransportSecurity.AccessControlMaxAgeSec}`);
  for (const item of policy.CustomHeadersConfig.Items) sent.set(item.Header.toLowerCase(), item.Value);
  return sent;
}

const expected = (headers: { key: string; value: string }[]) =>
  new Map([...headers.map(({ key, value }): [string, string] => [key.toLowerCase(), value]), ["strict-transport-security", `max-age=${HSTS_MAX_AGE_SECONDS}`]]);

describe("the CloudFront response headers policies", () => {
  const policies = cloudFrontPolicies();

  it("send every header of the policy module, plus HSTS, for pages and for content assets", () => {
    expect(headersSent(policies.pages)).toEqual(expected(pageHeaders()));
    expect(headersSent(policies.contentAssets)).toEqual(expected(assetHeaders()));
    // The assets' policy is the page's and the sandbox, in one header: the browser enforces both.
    expect(headersSent(policies.contentAssets).get("content-security-policy")).toMatch(/; frame-ancestors 'none', default-src 'none'; style-src 'unsafe-inline'; sandbox$/);
  });

  it("put the headers CloudFront knows in SecurityHeadersConfig, which it refuses as custom headers, and override the origin's", () => {
    for (const policy of Object.values(policies)) {
      const custom = policy.CustomHeadersConfig.Items.map((item) => item.Header.toLowerCase());
      for (const known of ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "strict-transport-security", "x-xss-protection"]) expect(custom).not.toContain(known);
      expect(policy.CustomHeadersConfig.Quantity).toBe(policy.CustomHeadersConfig.Items.length);
      for (const item of policy.CustomHeadersConfig.Items) expect(item.Override).toBe(true);
      for (const header of Object.values(policy.SecurityHeadersConfig)) expect(header).toMatchObject({ Override: true });
      // CloudFront's limits: a name of letters, digits, - and _ up to 128 characters; a policy value up to 1,783.
      expect(policy.Name).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
      expect((policy.SecurityHeadersConfig as Security).ContentSecurityPolicy!.ContentSecurityPolicy.length).toBeLessThanOrEqual(1783);
    }
    expect((policies.pages.SecurityHeadersConfig as Security).StrictTransportSecurity).toEqual({ Override: true, AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: false, Preload: false });
  });

  it("refuse a header value CloudFront cannot send, rather than drop it", () => {
    expect(() => responseHeadersPolicy("x", "", [{ key: "X-Frame-Options", value: "ALLOW-FROM https://a.example" }])).toThrow(/DENY or SAMEORIGIN/);
    expect(() => responseHeadersPolicy("x", "", [{ key: "Strict-Transport-Security", value: "max-age=1" }])).toThrow(/SecurityHeadersConfig/);
  });

  it("are the files in deploy/cloudfront/ (run node scripts/write-cloudfront-policy.mjs after changing the policy)", () => {
    expect(readFileSync(path.join(ROOT, POLICY_FILES.pages), "utf8")).toBe(policyFileText(policies.pages));
    expect(readFileSync(path.join(ROOT, POLICY_FILES.contentAssets), "utf8")).toBe(policyFileText(policies.contentAssets));
  });
});
