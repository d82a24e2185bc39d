import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";
import type { ContentError } from "../content/errors";

/**
 * An SVG file next to the lessons is served as it is, and a host that sends no headers of its own
 * (GitHub Pages, S3, `python3 -m http.server`) lets a learner open it as a document of the site,
 * where its script would run on the site's origin. Such files are refused, not rewritten: this
 * module lists everything in an SVG that could run script or load another file, as content errors.
 *
 * The file is read as the browser reads a standalone `.svg` (`image/svg+xml`): as namespaced XML,
 * with a strict parser (saxes), so entities and CDATA are decoded before anything is judged and a
 * file a browser would parse differently (not well-formed, its own DTD entities) is refused outright.
 * What may stay is an allow-list: plain drawing elements of the SVG namespace, elements of other
 * (unknown) namespaces such as Inkscape's or RDF metadata, which a browser never runs, links to ids
 * inside the same file, and CSS without `url()`s to other files, `@import` or escapes. Pure: text in,
 * findings out.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const MATHML_NS = "http://www.w3.org/1998/Math/MathML";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/**
 * SVG elements that only draw (SVG 1.1 and 2, as browsers implement them). Not here, so refused:
 * `script`, `foreignObject` (holds HTML), `iframe`/`video`/`audio`/`canvas`, `handler`/`listener`,
 * SVG fonts and `cursor` (external files), `discard`, and anything a later standard adds.
 * `a` stays: its href must be an id in the same file, and following one runs nothing.
 */
const DRAWING_ELEMENTS = new Set([
  "a", "animate", "animateMotion", "animateTransform", "circle", "clipPath", "defs", "desc", "ellipse",
  "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
  "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
  "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
  "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "filter", "g", "image", "line", "linearGradient",
  "marker", "mask", "metadata", "mpath", "path", "pattern", "polygon", "polyline", "radialGradient", "rect", "set",
  "stop", "style", "svg", "switch", "symbol", "text", "textPath", "title", "tspan", "use", "view",
]);

/** Elements whose `attributeName` names what they change, and the attributes with the values they set. */
const ANIMATION_ELEMENTS = new Set(["animate", "animateMotion", "animateTransform", "set"]);
const ANIMATION_VALUES = new Set(["from", "to", "by", "values"]);

/**
 * Attributes a browser parses as CSS: presentation attributes (SVG 2, "Presentation attributes"),
 * `style`, and the values an animation sets. Any of them may carry `url()`.
 */
const CSS_ATTRIBUTES = new Set([
  "style", "from", "to", "by", "values",
  "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
  "color-interpolation-filters", "color-profile", "color-rendering", "cursor", "cx", "cy", "d", "direction", "display",
  "dominant-baseline", "enable-background", "fill", "fill-opacity", "fill-rule", "filter", "flood-color",
  "flood-opacity", "font", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style",
  "font-variant", "font-weight", "glyph-orientation-horizontal", "glyph-orientation-vertical", "height",
  "image-rendering", "inline-size", "kerning", "letter-spacing", "lighting-color", "marker", "marker-end",
  "marker-mid", "marker-start", "mask", "mask-type", "opacity", "overflow", "paint-order", "pointer-events", "r",
  "rx", "ry", "shape-image-threshold", "shape-inside", "shape-margin", "shape-padding", "shape-rendering",
  "shape-subtract", "stop-color", "stop-opacity", "stroke", "stroke-dasharray", "stroke-dashoffset",
  "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width", "text-anchor",
  "text-decoration", "text-overflow", "text-rendering", "transform", "transform-box", "transform-origin",
  "unicode-bidi", "vector-effect", "visibility", "white-space", "width", "word-spacing", "writing-mode", "x", "y",
]);

/**
 * CSS functions that compute a value and load nothing. Others (`image-set()`, `src()`, `element()`,
 * `expression()`, whatever comes next) are refused; `url()` is allowed for `#id` only.
 */
const CSS_FUNCTIONS = new Set([
  "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix", "light-dark",
  "calc", "min", "max", "clamp", "round", "mod", "rem", "abs", "sign", "sin", "cos", "tan", "asin", "acos", "atan",
  "atan2", "pow", "sqrt", "hypot", "log", "exp", "var", "env",
  "translate", "translatex", "translatey", "translatez", "translate3d", "rotate", "rotatex", "rotatey", "rotatez",
  "rotate3d", "scale", "scalex", "scaley", "scalez", "scale3d", "skew", "skewx", "skewy", "matrix", "matrix3d",
  "perspective",
  "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient", "repeating-radial-gradient",
  "repeating-conic-gradient",
  "blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia",
  "cubic-bezier", "steps", "linear", "format", "local", "tech", "rect", "inset", "circle", "ellipse", "polygon", "path",
  "xywh", "counter", "counters", "not", "is", "where", "has", "nth-child", "nth-last-child", "nth-of-type",
  "nth-last-of-type", "lang", "dir", "fit-content", "minmax", "repeat", "selector",
]);

/** At-rules that load nothing. `@import` loads a style sheet; others are refused as unknown. */
const CSS_AT_RULES = new Set([
  "media", "supports", "keyframes", "font-face", "namespace", "layer", "container", "property", "charset", "page",
  "counter-style", "font-feature-values", "font-palette-values", "scope", "starting-style",
]);

/** Where a CSS string ends: at its quote, or (unclosed) at the end of the line. */
const DOUBLE_QUOTED_END_RE = /["\n\r\f]/;
const SINGLE_QUOTED_END_RE = /['\n\r\f]/;
const VENDOR_PREFIX_RE = /^-(webkit|moz|ms|o)-/;
const SCRIPT_URL_RE = /(java|vb)script:/i;
const UTF8_LABEL_RE = /^utf-?8$/i;
/** `on…`: an event handler attribute, in any case. */
const EVENT_HANDLER_RE = /^on/i;
/** A CSS string in quotes, as the inside of `url(…)` may be. */
const QUOTED_RE = /^(["']).*\1$/s;
/** saxes starts its messages with `line:column: ` and ends them with a full stop. */
const SAXES_MESSAGE_RE = /^\d+:\d+: (.*?)\.?$/s;
const LINE_BREAK_RE = /\r\n?|\n/g;
/** How much of a value a message quotes. */
const QUOTE_LIMIT = 60;

/** A thing found in CSS, at an index of the (decoded) CSS text. */
interface CssFinding {
  index: number;
  /** The text that names it, for finding it in the file again. */
  token: string;
  message: string;
}

function quote(value: string): string {
  const short = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
  return JSON.stringify(short);
}

function isIdentChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f || code >= 0x80;
}

/**
 * What in a piece of CSS (a `<style>` element, a `style` or presentation attribute) could load a
 * file or run script, `where` naming the place for the messages. A small tokenizer: comments are
 * skipped, strings are read as strings, and everything else is scanned for functions and at-rules.
 * Backslash escapes are refused, so `\75 rl(` and `@\69mport` cannot disguise what they are.
 */
function findActiveCss(css: string, where: string): CssFinding[] {
  const found: CssFinding[] = [];
  const script = SCRIPT_URL_RE.exec(css);
  if (script) found.push({ index: script.index, token: script[0], message: `SVG has a script URL (${script[0]}) in CSS in ${where}; remove it` });
  const escape = css.indexOf("\\");
  if (escape !== -1) {
    // With escapes, what the tokens below would say is not what a browser reads: this is enough.
    found.push({ index: escape, token: "\\", message: `SVG has a backslash escape in CSS in ${where}: escapes can disguise url( and @import; write the CSS without them` });
    return found;
  }
  let i = 0;
  while (i < css.length) {
    const char = css[i]!;
    if (char === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end === -1 ? css.length : end + 2;
    } else if (char === '"' || char === "'") {
      const end = css.slice(i + 1).search(char === '"' ? DOUBLE_QUOTED_END_RE : SINGLE_QUOTED_END_RE);
      i = end === -1 ? css.length : i + 1 + end + 1;
    } else if (char === "@") {
      let end = i + 1;
      while (end < css.length && isIdentChar(css.charCodeAt(end))) end++;
      const name = css.slice(i + 1, end).toLowerCase();
      const bare = name.replace(VENDOR_PREFIX_RE, "");
      if (name === "import") found.push({ index: i, token: "@import", message: `SVG has CSS @import in ${where}: it loads another style sheet; remove it` });
      else if (!CSS_AT_RULES.has(bare)) found.push({ index: i, token: `@${name}`, message: `SVG has CSS @${name} in ${where}, which is not a plain CSS rule; remove it` });
      i = end;
    } else if (isIdentChar(css.charCodeAt(i))) {
      let end = i;
      while (end < css.length && isIdentChar(css.charCodeAt(end))) end++;
      if (css[end] === "(") {
        const call = cssFunction(css, i, end, where);
        if (call.finding) found.push(call.finding);
        i = call.next;
      } else {
        i = end;
      }
    } else {
      i++;
    }
  }
  return found;
}

/**
 * A function at `start` whose name ends at `open` (its `(`): allowed, `url(#id)`, or a finding.
 * `next` is where scanning goes on: after a `url(…)`, whose inside is a URL and not CSS.
 */
function cssFunction(css: string, start: number, open: number, where: string): { finding?: CssFinding; next: number } {
  const name = css.slice(start, open).toLowerCase();
  if (name === "url") {
    const close = css.indexOf(")", open);
    const next = close === -1 ? css.length : close + 1;
    const raw = css.slice(open + 1, close === -1 ? css.length : close).trim();
    const target = QUOTED_RE.test(raw) ? raw.slice(1, -1).trim() : raw;
    if (target.startsWith("#")) return { next };
    const message = `SVG has CSS url(${quote(target)}) in ${where}: it would load another file; only url(#id), an id in the same file, is allowed`;
    return { finding: { index: start, token: "url(", message }, next };
  }
  if (name === "expression") {
    return { finding: { index: start, token: "expression(", message: `SVG has CSS expression() in ${where}: old browsers run it as script; remove it` }, next: open };
  }
  if (CSS_FUNCTIONS.has(name.replace(VENDOR_PREFIX_RE, ""))) return { next: open };
  const message = `SVG has CSS ${name}() in ${where}, which is not one of the plain CSS functions (it may load another file); remove it`;
  return { finding: { index: start, token: `${name}(`, message }, next: open };
}

/** 1-based line and column of each offset of a text, line breaks as XML counts them. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK_RE)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** An open `<style>` element of the SVG namespace, collecting its CSS. */
interface OpenStyle {
  name: string;
  tagStart: number;
  contentStart: number;
  css: string;
}

/**
 * Everything in an SVG that would run script or load another file when the file is opened on its
 * own, one error per finding, at the line and column where it starts. Empty for a plain drawing.
 */
export function findActiveSvgContent(file: string, text: string): ContentError[] {
  const at = locator(text);
  const findings: ContentError[] = [];
  const report = (offset: number, message: string) => findings.push({ file, ...at(offset), message });
  const parser = new SaxesParser({ xmlns: true, position: true });
  let broken = false;
  let seenRoot = false;
  let tagStart = 0;
  /** Where each attribute of the tag being read starts, by its qualified name. */
  let attributeStarts = new Map<string, number>();
  const styles: OpenStyle[] = [];

  parser.on("error", (error) => {
    if (broken) return;
    broken = true;
    const reason = SAXES_MESSAGE_RE.exec(error.message)?.[1] ?? error.message;
    findings.push({ file, line: parser.line, column: Math.max(1, parser.column), message: `SVG is not well-formed XML (${reason}): a browser shows an error instead of the picture; fix the markup` });
  });
  parser.on("xmldecl", (declaration) => {
    if (broken || declaration.encoding === undefined || UTF8_LABEL_RE.test(declaration.encoding)) return;
    report(0, `SVG declares encoding ${quote(declaration.encoding)}: save it as UTF-8 and declare encoding="UTF-8" (or nothing)`);
  });
  parser.on("doctype", (doctype) => {
    if (broken || !doctype.includes("[")) return;
    report(text.lastIndexOf("<!DOCTYPE", parser.position), "SVG has a DOCTYPE with declarations of its own ([…]): entities can hide markup from this check; remove the part in brackets");
  });
  parser.on("processinginstruction", ({ target }) => {
    if (broken) return;
    report(text.lastIndexOf("<?", parser.position - 1), `SVG has a processing instruction <?${target} …?>: it can apply a style sheet or XSLT (which runs script) when the file is opened on its own; remove it`);
  });
  parser.on("opentagstart", () => {
    tagStart = text.lastIndexOf("<", parser.position - 1);
    attributeStarts = new Map();
  });
  parser.on("attribute", ({ name }) => {
    attributeStarts.set(name, attributeStart(text, parser.position, name));
  });
  parser.on("opentag", (tag) => {
    if (broken) return;
    const root = !seenRoot;
    seenRoot = true;
    for (const finding of elementFindings(tag, root)) report(tagStart, finding);
    const animation = animationFinding(tag);
    if (animation) report(tagStart, animation);
    for (const attribute of Object.values(tag.attributes)) {
      // The values of an animation already refused are not judged again as CSS.
      if (animation && ANIMATION_VALUES.has(attribute.name)) continue;
      const start = attributeStarts.get(attribute.name) ?? tagStart;
      for (const finding of attributeFindings(tag, attribute)) report(start, finding);
    }
    if (tag.uri === SVG_NS && tag.local === "style" && !tag.isSelfClosing) {
      styles.push({ name: tag.name, tagStart, contentStart: parser.position, css: "" });
    }
  });
  const collect = (chunk: string) => {
    const style = styles.at(-1);
    if (style) style.css += chunk;
  };
  parser.on("text", collect);
  parser.on("cdata", collect);
  parser.on("closetag", (tag) => {
    const style = styles.at(-1);
    if (broken || !style || tag.uri !== SVG_NS || tag.local !== "style" || tag.name !== style.name) return;
    styles.pop();
    const contentEnd = text.lastIndexOf("</", parser.position - 1);
    const raw = text.slice(style.contentStart, contentEnd).toLowerCase();
    let from = 0;
    for (const finding of findActiveCss(style.css, `a <${style.name}> element`)) {
      // The CSS was decoded; find its token in the file as written (else point at the element).
      const found = raw.indexOf(finding.token.toLowerCase(), from);
      if (found !== -1) from = found + 1;
      report(found === -1 ? style.tagStart : style.contentStart + found, finding.message);
    }
  });

  parser.write(text).close();
  return findings;
}

/** Where the attribute that ends (after its closing quote) at `end` starts: its name. */
function attributeStart(text: string, end: number, name: string): number {
  const quoteChar = text[end - 1];
  let index = quoteChar === '"' || quoteChar === "'" ? text.lastIndexOf(quoteChar, end - 2) - 1 : end - 1;
  while (index > 0 && /[\s=]/.test(text[index]!)) index--;
  return index - name.length + 1;
}

/** What is wrong with an element itself: its namespace, its name, or (for the root) not being `<svg>`. */
function elementFindings(tag: SaxesTagNS, root: boolean): string[] {
  if (tag.uri === XHTML_NS) {
    return [`SVG has an HTML element <${tag.name}> (XHTML namespace): HTML inside an SVG can run script when the file is opened on its own; remove it`];
  }
  if (tag.uri === MATHML_NS) {
    return [`SVG has a MathML element <${tag.name}>: MathML inside an SVG can hold links and HTML; remove it`];
  }
  const findings: string[] = [];
  if (root && (tag.uri !== SVG_NS || tag.local !== "svg")) {
    findings.push(`expected an <svg xmlns="${SVG_NS}"> root element, found <${tag.name}>${tag.uri ? ` in namespace ${quote(tag.uri)}` : " without the SVG namespace"}`);
  }
  if (tag.uri !== SVG_NS || DRAWING_ELEMENTS.has(tag.local)) return findings;
  const element = `${/^[aeiou]/i.test(tag.local) ? "an" : "a"} <${tag.name}> element`;
  if (tag.local === "script") findings.push(`SVG has ${element}: scripts would run when the file is opened on its own; remove it`);
  else if (tag.local === "foreignObject") findings.push(`SVG has ${element}: it holds HTML, which can run script when the file is opened on its own; remove it`);
  else findings.push(`SVG has ${element}, which is not one of the plain drawing elements (it can run or load content when the file is opened on its own); remove it`);
  return findings;
}

/** What is wrong with one attribute: an event handler, a link out of the file, active CSS. */
function attributeFindings(tag: SaxesTagNS, attribute: SaxesAttributeNS): string[] {
  const { name, local, uri, value } = attribute;
  if (uri === XMLNS_NS) return [];
  const on = `<${tag.name}>`;
  if (EVENT_HANDLER_RE.test(local)) {
    return [`SVG has an event handler ${name}=${quote(value)} on ${on}: it would run as script when the file is opened on its own; remove it`];
  }
  // Names are matched as a browser never would (any case), so no spelling of them slips through.
  if (local.toLowerCase() === "href") {
    if (value.startsWith("#")) return [];
    return [`SVG links to ${quote(value)} (${name} on ${on}): it would load another file or run a script URL; only links to an id in the same file (#id) are allowed`];
  }
  if (uri === XML_NS && local === "base") {
    return [`SVG has xml:base on ${on}: it can send the file's #id links to another site; remove it`];
  }
  if (uri !== "" || !CSS_ATTRIBUTES.has(local)) return [];
  return findActiveCss(value, `the ${name} attribute of ${on}`).map((finding) => finding.message);
}

/** An animation (`<set>`, `<animate…>`) that changes a link or an event handler. */
function animationFinding(tag: SaxesTagNS): string | undefined {
  const changed = tag.attributes.attributeName?.value;
  if (tag.uri !== SVG_NS || !ANIMATION_ELEMENTS.has(tag.local) || changed === undefined) return undefined;
  const target = (changed.trim().split(":").pop() ?? "").toLowerCase();
  if (target !== "href" && !target.startsWith("on")) return undefined;
  return `SVG has an animation <${tag.name}> that changes ${quote(changed)}: it can turn a link into a script URL or set an event handler; remove it`;
}

/**
 * Checks an SVG file's bytes: they must be UTF-8 (what the check reads is what a browser reads),
 * then `findActiveSvgContent`.
 */
export function findActiveSvgBytes(file: string, bytes: Uint8Array): ContentError[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return [{ file, line: 1, column: 1, message: "expected an SVG saved as UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)" }];
  }
  return findActiveSvgContent(file, text);
}
