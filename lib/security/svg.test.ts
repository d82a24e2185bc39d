import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findActiveSvgBytes, findActiveSvgContent } from "./svg";

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/** A drawing around `body`, with the SVG and XLink namespaces declared on its root. */
function svg(body: string, rootAttributes = ""): string {
  return `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"${rootAttributes}>${body}</svg>`;
}

/** The findings as `line:column: message`. */
function check(text: string): string[] {
  return findActiveSvgContent("images/x.svg", text).map((finding) => `${finding.line}:${finding.column}: ${finding.message}`);
}

describe("findActiveSvgContent: what a browser would run or load is refused, and named", () => {
  it("names the element, with the line and column where its tag starts (file:line:column)", () => {
    const text = [`<svg xmlns="${SVG_NS}">`, "  <g>", "    <script>alert(1)</script>", "  </g>", "</svg>"].join("\n");
    expect(findActiveSvgContent("images/x.svg", text)).toMatchInlineSnapshot(`
      [
        {
          "column": 5,
          "file": "images/x.svg",
          "line": 3,
          "message": "SVG has a <script> element: scripts would run when the file is opened on its own; remove it",
        },
      ]
    `);
  });

  it("reports one error per finding, each at its own attribute or element", () => {
    const text = [
      `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"`,
      `     onload="alert(1)">`,
      `  <a xlink:href="java&#x73;cript:alert(1)"><text>x</text></a>`,
      `  <rect width="4" style="fill: url(https://evil.example/x.png)"/>`,
      `  <foreignObject/>`,
      `</svg>`,
    ].join("\r\n");
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "2:6: SVG has an event handler onload="alert(1)" on <svg>: it would run as script when the file is opened on its own; remove it",
        "3:6: SVG links to "javascript:alert(1)" (xlink:href on <a>): it would load another file or run a script URL; only links to an id in the same file (#id) are allowed",
        "4:19: SVG has CSS url("https://evil.example/x.png") in the style attribute of <rect>: it would load another file; only url(#id), an id in the same file, is allowed",
        "5:3: SVG has a <foreignObject> element: it holds HTML, which can run script when the file is opened on its own; remove it",
      ]
    `);
  });

  /** Payloads, each with the words its finding must contain. */
  const PAYLOADS: [name: string, text: string, expected: string][] = [
    // Elements that run or embed.
    ["script", svg("<script>alert(1)</script>"), "<script> element: scripts would run"],
    ["script with CDATA", svg("<script><![CDATA[alert(1)]]></script>"), "<script> element"],
    ["script with a prefix", `<s:svg xmlns:s="${SVG_NS}"><s:script>alert(1)</s:script></s:svg>`, "<s:script> element"],
    ["script, self-closing with src", svg('<script href="https://evil.example/x.js"/>'), "<script> element"],
    ["SCRIPT in another case (not a drawing element)", svg("<SCRIPT>alert(1)</SCRIPT>"), "<SCRIPT> element, which is not one of the plain drawing elements"],
    ["foreignObject", svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject>'), "<foreignObject> element"],
    ["iframe", svg('<iframe src="https://evil.example"/>'), "an <iframe> element"],
    ["embed", svg('<embed src="x.swf"/>'), "an <embed> element"],
    ["object", svg('<object data="x.html"/>'), "an <object> element"],
    ["video", svg('<video src="x.mp4"/>'), "a <video> element"],
    ["canvas", svg("<canvas/>"), "a <canvas> element"],
    ["SVG Tiny handler", svg('<handler type="application/ecmascript">alert(1)</handler>'), "a <handler> element"],
    ["SVG Tiny listener", svg('<listener event="click" handler="#h"/>'), "a <listener> element"],
    ["cursor", svg('<cursor xlink:href="https://evil.example/c.png"/>'), "a <cursor> element"],
    ["SVG font", svg('<font-face><font-face-src><font-face-uri xlink:href="https://evil.example/f.svg"/></font-face-src></font-face>'), "a <font-face> element"],
    // Other namespaces that browsers run.
    ["an XHTML element", svg('<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>'), "HTML element <html:script> (XHTML namespace)"],
    ["the default namespace changed to XHTML", svg('<g><p xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></p></g>'), "HTML element <p>"],
    ["an XHTML namespace written with an entity", svg('<p xmlns="http://www.w3.org/1999/&#x78;html">x</p>'), "HTML element <p>"],
    ["an XHTML root", '<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>', "HTML element <html>"],
    ["MathML", svg('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi xlink:href="javascript:alert(1)">x</mi></math>'), "MathML element <math>"],
    // Event handlers, in any case or namespace.
    ["onload", svg("", ' onload="alert(1)"'), 'event handler onload="alert(1)" on <svg>'],
    ["ONLOAD", svg("", ' ONLOAD="alert(1)"'), "event handler ONLOAD="],
    ["onclick on a shape", svg('<rect onclick="alert(1)"/>'), "event handler onclick="],
    ["onbegin on an animation", svg('<animate onbegin="alert(1)" attributeName="x" dur="1s"/>'), "event handler onbegin="],
    ["onerror on an image", svg('<image href="#x" onerror="alert(1)"/>'), "event handler onerror="],
    ["a handler in another namespace", svg('<rect x:onclick="alert(1)" xmlns:x="urn:x"/>'), "event handler x:onclick="],
    // Links: only #ids in the same file.
    ["a javascript: link", svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'links to "javascript:alert(1)" (href on <a>)'],
    ["an entity-encoded javascript: link", svg('<a xlink:href="java&#x73;cript:alert(1)"><text>x</text></a>'), 'links to "javascript:alert(1)"'],
    ["a javascript: link with a tab", svg('<a href="java&#9;script:alert(1)"><text>x</text></a>'), "links to"],
    ["a javascript: link after a space", svg('<a href=" javascript:alert(1)"><text>x</text></a>'), "links to"],
    ["a link to another site", svg('<a href="https://evil.example/"><text>x</text></a>'), 'links to "https://evil.example/"'],
    ["a protocol-relative link", svg('<a href="//evil.example/"><text>x</text></a>'), 'links to "//evil.example/"'],
    ["an empty link", svg('<a href=""><text>x</text></a>'), 'links to ""'],
    ["HREF in another case", svg('<a HREF="javascript:alert(1)"><text>x</text></a>'), "(HREF on <a>)"],
    ["use of another file", svg('<use href="sprites.svg#icon"/>'), '(href on <use>)'],
    ["use of a data: URL", svg(`<use xlink:href="data:image/svg+xml,&lt;svg xmlns='${SVG_NS}'&gt;&lt;/svg&gt;#a"/>`), "(xlink:href on <use>)"],
    ["an image from another site", svg('<image href="https://evil.example/track.png"/>'), "(href on <image>)"],
    ["an SVG image in a data: URL", svg('<image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>'), "(href on <image>)"],
    ["feImage", svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'), "(href on <feImage>)"],
    ["a pattern from another file", svg('<pattern id="p" xlink:href="other.svg#p"/>'), "(xlink:href on <pattern>)"],
    ["a gradient from another file", svg('<linearGradient id="g" href="other.svg#g"/>'), "(href on <linearGradient>)"],
    ["textPath from another file", svg('<text><textPath href="other.svg#p">x</textPath></text>'), "(href on <textPath>)"],
    ["mpath from another file", svg('<animateMotion dur="1s"><mpath href="other.svg#p"/></animateMotion>'), "(href on <mpath>)"],
    ["xml:base", svg('<g xml:base="https://evil.example/"><use href="#a"/></g>'), "xml:base on <g>"],
    // Animations that write links or handlers.
    ["set href", svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), 'animation <set> that changes "href"'],
    ["animate xlink:href", svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)" dur="1s"/><text>x</text></a>'), 'changes "xlink:href"'],
    ["set onclick", svg('<set attributeName="onclick" to="alert(1)"/>'), 'changes "onclick"'],
    ["set an href spelled HREF", svg('<set attributeName=" HREF " to="javascript:alert(1)"/>'), 'changes " HREF "'],
    // CSS.
    ["style attribute with a remote url()", svg('<rect style="fill:url(https://evil.example/x.png)"/>'), 'CSS url("https://evil.example/x.png") in the style attribute of <rect>'],
    ["a quoted protocol-relative url()", svg(`<rect style='fill:url("//evil.example/x")'/>`), 'url("//evil.example/x")'],
    ["URL() in capitals", svg('<rect style="fill:URL(https://evil.example/x)"/>'), "CSS url("],
    ["@import", svg('<style>@import "https://evil.example/x.css";</style>'), "CSS @import in a <style> element"],
    ["@import split by CDATA", svg('<style>@imp<![CDATA[ort "x.css";]]></style>'), "CSS @import"],
    ["@import with an entity", svg('<style>@&#x69;mport "x.css";</style>'), "CSS @import"],
    ["a remote font", svg('<style>@font-face { font-family: x; src: url(https://evil.example/f.woff2); }</style>'), 'url("https://evil.example/f.woff2")'],
    ["background image in a style sheet", svg("<style><![CDATA[ rect { background: url('x.png') } ]]></style>"), 'url("x.png")'],
    ["a url() after a string left open at the end of a line", svg('<style>text { content: "x\n} rect { fill: url(https://evil.example/p) }</style>'), 'url("https://evil.example/p")'],
    ["expression()", svg('<rect style="width: expression(alert(1))"/>'), "CSS expression()"],
    ["javascript: in CSS", svg('<rect style="fill: url(javascript:alert(1))"/>'), "script URL (javascript:)"],
    ["a CSS escape for url(", svg('<rect style="fill: \\75 rl(https://evil.example/x)"/>'), "backslash escape in CSS"],
    ["a CSS escape for @import", svg('<style>@\\69mport "x.css";</style>'), "backslash escape in CSS"],
    ["image-set()", svg('<style>rect { fill: -webkit-image-set("x.png" 1x) }</style>'), "CSS -webkit-image-set()"],
    ["an unknown at-rule", svg("<style>@document url-prefix() { rect { fill: red } }</style>"), "CSS @document"],
    ["a remote paint server", svg('<rect fill="url(https://evil.example/p.svg#g)"/>'), "in the fill attribute of <rect>"],
    ["a remote cursor", svg('<rect cursor="url(https://evil.example/c.png), auto"/>'), "in the cursor attribute of <rect>"],
    ["a remote filter", svg('<rect filter="url(other.svg#f)"/>'), "in the filter attribute of <rect>"],
    ["an animation to a remote paint", svg('<rect><set attributeName="fill" to="url(https://evil.example/p.svg#g)"/></rect>'), "in the to attribute of <set>"],
    // The document itself.
    ["xml-stylesheet", `<?xml version="1.0"?>\n<?xml-stylesheet href="x.xsl" type="text/xsl"?>\n${svg("")}`, "processing instruction <?xml-stylesheet …?>"],
    ["another processing instruction", svg("<?php echo 1; ?>"), "processing instruction <?php …?>"],
    ["a DOCTYPE with entities", `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg("&x;")}`, "DOCTYPE with declarations of its own"],
    ["not well-formed", svg("<g><rect></g>"), "not well-formed XML (unexpected close tag)"],
    ["an HTML entity", svg("<text>&nbsp;</text>"), "not well-formed XML (undefined entity)"],
    ["an unbound prefix", svg("<x:script>alert(1)</x:script>"), 'not well-formed XML (unbound namespace prefix: "x")'],
    ["two roots", `${svg("")}<svg xmlns="${SVG_NS}"/>`, "not well-formed XML"],
    ["empty", "", "not well-formed XML"],
    ["HTML served as .svg", "<html><body><script>alert(1)</script></body></html>", "expected an <svg"],
    ["an svg without its namespace", "<svg><script>alert(1)</script></svg>", "without the SVG namespace"],
    ["a declared encoding other than UTF-8", `<?xml version="1.0" encoding="ISO-8859-1"?>${svg("")}`, 'declares encoding "ISO-8859-1"'],
  ];

  for (const [name, text, expected] of PAYLOADS) {
    it(`refuses ${name}`, () => {
      const found = check(text);
      expect(found.join("\n"), text).toContain(expected);
      for (const line of found) expect(line).toMatch(/^\d+:\d+: /);
    });
  }

  it("has as many payloads as the hostile-content suite asks for", () => {
    expect(PAYLOADS.length).toBeGreaterThan(50);
  });
});

/** An Inkscape drawing: metadata in other namespaces, gradients, `<use>`, a style sheet of plain CSS. */
const INKSCAPE = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg
   width="210mm"
   height="100mm"
   viewBox="0 0 210 100"
   version="1.1"
   id="svg8"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)"
   sodipodi:docname="diagram.svg"
   inkscape:export-filename="C:\\Users\\me\\diagram.png"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:cc="http://creativecommons.org/ns#"
   xmlns:dc="http://purl.org/dc/elements/1.1/">
  <title id="title1">Diagram &amp; notes</title>
  <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35" inkscape:current-layer="layer1" />
  <defs id="defs2">
    <style type="text/css"><![CDATA[
      .label { font: 12px/1.2 "Open Sans", sans-serif; fill: #1e1b4b; }
      @media (prefers-color-scheme: dark) { .label { fill: rgb(240 240 255 / 90%); } }
      .shadow { filter: url(#blur) drop-shadow(0 1px 2px hsl(0 0% 0% / 0.3)); }
      g > text:not(.label):nth-child(2n+1) { transform: translate(calc(1px + 2%), 0) rotate(2deg); }
    ]]></style>
    <linearGradient inkscape:collect="always" id="linearGradient1">
      <stop style="stop-color:#4338ca;stop-opacity:1" offset="0" id="stop1" />
      <stop style="stop-color:#4338ca;stop-opacity:0" offset="1" id="stop2" />
    </linearGradient>
    <linearGradient xlink:href="#linearGradient1" id="linearGradient2" x1="0" y1="0" x2="100" y2="0" gradientUnits="userSpaceOnUse" />
    <radialGradient href="#linearGradient1" id="radial" cx="50" cy="50" r="40" />
    <pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse"><circle cx="2" cy="2" r="1" /></pattern>
    <filter id="blur"><feGaussianBlur stdDeviation="2" /><feOffset dx="1" dy="1" /></filter>
    <symbol id="a"><circle cx="5" cy="5" r="4" /></symbol>
    <clipPath id="clip"><rect width="100" height="50" /></clipPath>
    <marker id="arrow" orient="auto" markerWidth="6" markerHeight="6" refX="3" refY="3"><path d="M0,0 L6,3 L0,6 z" /></marker>
  </defs>
  <metadata id="metadata5">
    <rdf:RDF>
      <cc:Work rdf:about="">
        <dc:format>image/svg+xml</dc:format>
        <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage" />
        <cc:license rdf:resource="http://creativecommons.org/licenses/by-sa/4.0/" />
      </cc:Work>
    </rdf:RDF>
  </metadata>
  <g inkscape:label="Layer 1 (copy)" inkscape:groupmode="layer" id="layer1" transform="translate(-12.5, 4) rotate(2)">
    <rect style="fill:url(#linearGradient2);stroke:#000000;stroke-width:0.26" width="100" height="50" x="10" y="10" clip-path="url(#clip)" />
    <rect fill="url(#dots)" width="20" height="20" x="120" y="10" />
    <use href="#a" x="20" y="20" />
    <use xlink:href="#a" x="40" y="20" />
    <path d="m 10,80 h 90" marker-end="url(#arrow)" stroke="currentColor" />
    <text class="label shadow" x="10" y="95"><tspan sodipodi:role="line">The &lt;script&gt; here is text</tspan></text>
    <a href="#layer1"><text x="150" y="95">Back to the top</text></a>
    <circle cx="180" cy="50" r="10" fill="url(#radial)">
      <animateTransform attributeName="transform" type="rotate" from="0 180 50" to="360 180 50" dur="10s" repeatCount="indefinite" />
      <animate attributeName="r" values="10;12;10" dur="2s" repeatCount="indefinite" />
    </circle>
    <desc><![CDATA[<script>alert(1)</script> in CDATA is text]]></desc>
  </g>
</svg>
`;

/** What Illustrator writes: `xml:space`, `enable-background`, a class style sheet. */
const ILLUSTRATOR = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
	 viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">
<style type="text/css">
	.st0{fill:#FF0000;}
	.st1{fill:none;stroke:#000000;stroke-miterlimit:10;}
</style>
<polygon class="st0" points="50,5 95,95 5,95 "/>
<polyline class="st1" points="10,10 90,10"/>
<ellipse cx="50" cy="60" rx="20" ry="10"/>
<switch><g><line x1="0" y1="0" x2="100" y2="100" stroke="#000"/></g></switch>
</svg>
`;

/** Elements in other namespaces are nothing to a browser: even one called script. */
const FOREIGN_METADATA = svg('<metadata><x:script xmlns:x="urn:example">alert(1)</x:script><x:a x:href="javascript:alert(1)" xmlns:x="urn:example"/></metadata>');

describe("findActiveSvgContent: plain drawings pass", () => {
  it.each([
    ["an Inkscape drawing", INKSCAPE],
    ["an Illustrator drawing", ILLUSTRATOR],
    ["elements of another namespace, whatever their names", FOREIGN_METADATA.replace(' x:href="javascript:alert(1)"', "")],
    ["a link to an id in the same file", svg('<a xlink:href="#top"><text id="top">x</text></a>')],
    ["a minimal drawing", `<svg xmlns="${SVG_NS}"/>`],
  ])("%s", (_name, text) => {
    expect(check(text)).toEqual([]);
  });

  it("still refuses a script URL in another namespace's href: no spelling of a link is judged by its namespace", () => {
    expect(check(FOREIGN_METADATA)).toEqual([expect.stringContaining('links to "javascript:alert(1)" (x:href on <x:a>)')]);
  });

  it("passes every SVG of the bundled course and the fixture courses", () => {
    const roots = ["content", "lib/content/__fixtures__"];
    const files = roots.flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((name) => name.toLowerCase().endsWith(".svg"))
        .map((name) => path.join(root, name)),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files.filter((name) => !name.includes("active-svg"))) {
      expect(findActiveSvgBytes(file, readFileSync(file)), file).toEqual([]);
    }
  });
});

describe("findActiveSvgBytes", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    const text = svg("<text>Grüße</text>");
    expect(findActiveSvgBytes("x.svg", new TextEncoder().encode(text))).toEqual([]);
    expect(findActiveSvgBytes("x.svg", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual([]);
  });

  it("refuses other encodings: what the check reads must be what a browser reads", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svg("<script>alert(1)</script>"), "utf16le")]);
    expect(findActiveSvgBytes("x.svg", utf16)).toEqual([
      { file: "x.svg", line: 1, column: 1, message: "expected an SVG saved as UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)" },
    ]);
    expect(findActiveSvgBytes("x.svg", Buffer.from(svg("<text>Gr\u00fc\u00dfe</text>"), "latin1"))).toHaveLength(1);
  });
});
