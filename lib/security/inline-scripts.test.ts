import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BOOT_SCRIPT } from "@/lib/theme";
import { pinInlineScripts, pinInlineScriptsInParallel } from "./pin-files.mjs";
import { inlineScripts, isFrameworkScript, pageScriptHashes, scriptHash, withPolicyMeta } from "./inline-scripts.mjs";

const NEXT_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_CHUNK = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[],\\"\\"]\\n"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';
const sha256 = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

/** A page shaped like Next's output, with extra markup in <main>. */
function page(main = "") {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    `<script>${BOOT_SCRIPT}</script></head><body><main>${main}</main>`,
    `<script id="_R_">${TURBOPACK}</script><script>${NEXT_INIT}</script><script>${NEXT_CHUNK}</script></body></html>`,
  ].join("");
}

describe("isFrameworkScript: Next's and Turbopack's inline scripts, and nothing else", () => {
  it("accepts the payload queue, payload chunks and Turbopack's bootstrap", () => {
    for (const text of [NEXT_INIT, NEXT_CHUNK, "self.__next_f.push([2,null])", TURBOPACK]) expect(isFrameworkScript(text), text).toBe(true);
  });

  it("refuses anything that is more than JSON handed to the queue", () => {
    for (const text of [
      "alert(1)",
      "window.__pwned=true",
      "self.__next_f.push([1]);alert(1)",
      "self.__next_f.push(alert(1))",
      "self.__next_f.push([alert(1)])",
      'self.__next_f.push([1,"x"]),alert(1)',
      "self.__next_f.push([1])//\nalert(1)",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":alert(1)});',
      `${NEXT_INIT};alert(1)`,
      "(self.__next_s=self.__next_s||[]).push([0,{}])",
    ]) {
      expect(isFrameworkScript(text), text).toBe(false);
    }
  });
});

describe("withPolicyMeta", () => {
  it("hashes the page's own inline scripts, not external ones, as the browser does", () => {
    expect(inlineScripts(page()).map((script) => script.text)).toEqual([BOOT_SCRIPT, TURBOPACK, NEXT_INIT, NEXT_CHUNK]);
    expect(pageScriptHashes(page(), [BOOT_SCRIPT])).toEqual({
      hashes: [BOOT_SCRIPT, TURBOPACK, NEXT_INIT, NEXT_CHUNK].map(sha256),
      refused: [],
    });
    expect(scriptHash("a\r\nb")).toBe(sha256("a\nb"));
  });

  it("puts the policy right after <meta charSet>, before every script, without 'unsafe-inline'", () => {
    const { html } = withPolicyMeta(page(), [BOOT_SCRIPT]);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
    const scriptSrc = meta![1]!.split(";").find((part) => part.trim().startsWith("script-src "))!;
    expect(scriptSrc).toContain(`'${sha256(BOOT_SCRIPT)}'`);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(meta![1]).not.toContain("frame-ancestors");
  });

  it("leaves a script that reached the page from content unhashed, so the browser refuses it", () => {
    const hostile = page('<p>Text</p><script>window.__pwned=true</script><script>self.__next_f.push([1]);alert(1)</script>');
    const { html, hashes, refused } = withPolicyMeta(hostile, [BOOT_SCRIPT]);
    expect(refused).toEqual(["window.__pwned=true", "self.__next_f.push([1]);alert(1)"]);
    expect(hashes).not.toContain(sha256("window.__pwned=true"));
    expect(html).not.toContain(sha256("window.__pwned=true"));
  });

  it("without our own scripts listed, refuses the theme script too", () => {
    expect(withPolicyMeta(page(), []).refused).toEqual([BOOT_SCRIPT]);
  });

  it("replaces its own tag when run again", () => {
    const once = withPolicyMeta(page(), [BOOT_SCRIPT]).html;
    expect(withPolicyMeta(once, [BOOT_SCRIPT]).html).toBe(once);
  });

  it("refuses a page whose first script comes before <head>", () => {
    expect(() => withPolicyMeta("<html><script>x</script><head></head></html>", [])).toThrow(/before any <script>/);
    expect(() => withPolicyMeta("<p>no head</p>", [])).toThrow(/<head>/);
  });
});

describe("pinInlineScripts (the build adapter's step)", () => {
  it("rewrites every HTML page in place and reports scripts it refused", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pagebreak-csp-"));
    try {
      const good = path.join(dir, "good.html");
      const bad = path.join(dir, "bad.html");
      const fragment = path.join(dir, "fragment.html");
      writeFileSync(good, page());
      writeFileSync(bad, page("<script>alert(1)</script>"));
      writeFileSync(fragment, "<p>not a page</p>");
      const { count, warnings } = pinInlineScripts([good, bad, fragment], [BOOT_SCRIPT]);
      expect(count).toBe(2);
      expect(warnings).toEqual([`${bad}: inline script not allowed by the page's policy: alert(1)`]);
      expect(readFileSync(good, "utf8")).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(readFileSync(fragment, "utf8")).toBe("<p>not a page</p>");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does the same on several threads for a large build, each file once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pagebreak-csp-many-"));
    try {
      const files = Array.from({ length: 1200 }, (_, n) => path.join(dir, `page-${n}.html`));
      files.forEach((file, n) => writeFileSync(file, page(n === 777 ? "<script>alert(1)</script>" : "")));
      const { count, warnings } = await pinInlineScriptsInParallel(files, [BOOT_SCRIPT]);
      expect(count).toBe(1200);
      expect(warnings).toEqual([`${files[777]}: inline script not allowed by the page's policy: alert(1)`]);
      for (const file of [files[0]!, files[599]!, files[1199]!]) {
        const html = readFileSync(file, "utf8");
        expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
        expect(html).toEqual(withPolicyMeta(page(), [BOOT_SCRIPT]).html);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
