// `node scripts/write-cloudfront-policy.mjs`: writes the security headers of lib/security/policy.mjs
// as two CloudFront response headers policies (deploy/cloudfront/*-headers-policy.json), for the
// S3 + CloudFront recipe in docs/publishing.md: one for the pages, one for `/content-assets/*`.
// A unit test (scripts/write-cloudfront-policy.test.ts) fails when the files and the policy disagree.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assetHeaders, pageHeaders } from "../lib/security/policy.mjs";
import { root } from "./lib.mjs";

/**
 * HTTPS only, for a year, for this host alone. CloudFront always serves HTTPS (the recipe redirects
 * HTTP), so it can say so; the policy module has no such header because `npm start` serves plain
 * HTTP on localhost. Not `includeSubDomains` or `preload`: other hosts of the domain are not ours.
 */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

export const POLICY_FILES = {
  pages: "deploy/cloudfront/pages-headers-policy.json",
  contentAssets: "deploy/cloudfront/content-assets-headers-policy.json",
};

/**
 * The `--response-headers-policy-config` of `aws cloudfront create-response-headers-policy` for a
 * list of headers. CloudFront takes the security headers it knows in `SecurityHeadersConfig` (and
 * refuses them as custom headers), the rest in `CustomHeadersConfig`. Every header overrides what
 * the origin sends: S3 sends none of these, and the site's must win.
 * @param {string} name
 * @param {string} comment
 * @param {{ key: string, value: string }[]} headers
 */
export function responseHeadersPolicy(name, comment, headers) {
  /** @type {Record<string, unknown>} */
  const security = {
    StrictTransportSecurity: { Override: true, AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS, IncludeSubdomains: false, Preload: false },
  };
  /** @type {{ Header: string, Value: string, Override: boolean }[]} */
  const custom = [];
  for (const { key, value } of headers) {
    switch (key.toLowerCase()) {
      case "content-security-policy":
        security.ContentSecurityPolicy = { Override: true, ContentSecurityPolicy: value };
        break;
      case "x-content-type-options":
        if (value !== "nosniff") throw new Error(`CloudFront can send X-Content-Type-Options: nosniff only, not ${value}`);
        security.ContentTypeOptions = { Override: true };
        break;
      case "x-frame-options":
        if (value !== "DENY" && value !== "SAMEORIGIN") throw new Error(`CloudFront can send X-Frame-Options DENY or SAMEORIGIN, not ${value}`);
        security.FrameOptions = { Override: true, FrameOption: value };
        break;
      case "referrer-policy":
        security.ReferrerPolicy = { Override: true, ReferrerPolicy: value };
        break;
      case "strict-transport-security":
      case "x-xss-protection":
        throw new Error(`${key} belongs in SecurityHeadersConfig: map it there before adding it to the policy module`);
      default:
        custom.push({ Header: key, Value: value, Override: true });
    }
  }
  return {
    Name: name,
    Comment: comment,
    SecurityHeadersConfig: security,
    CustomHeadersConfig: { Quantity: custom.length, Items: custom },
  };
}

/** Both policies: the pages', and the content assets' with the sandboxing policy on top. */
export function cloudFrontPolicies() {
  const comment = "Pagebreak security headers, written by scripts/write-cloudfront-policy.mjs";
  return {
    pages: responseHeadersPolicy("pagebreak-pages", comment, pageHeaders()),
    contentAssets: responseHeadersPolicy("pagebreak-content-assets", `${comment} (content assets: sandboxed)`, assetHeaders()),
  };
}

/** A policy file's text, as written and as the test compares it. */
export function policyFileText(policy) {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const policies = cloudFrontPolicies();
  for (const [which, relative] of Object.entries(POLICY_FILES)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, policyFileText(policies[/** @type {keyof typeof policies} */ (which)]));
    console.log(`Wrote ${relative}`);
  }
}
