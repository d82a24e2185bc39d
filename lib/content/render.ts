import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root } from "mdast";
import rehypeHighlight from "rehype-highlight";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";

/**
 * Maps a URL written in the Markdown (an image `src` or a link `href`) to the URL the page should
 * use, or returns undefined to keep it as written. Lets the caller resolve files without this
 * module touching the file system. Its answer is sanitized like any URL, and one that would name
 * another site (`//host`, `/\host`) is not used.
 */
export type UrlResolver = (url: string, use: "image" | "link") => string | undefined;

export interface RenderOptions {
  resolveUrl?: UrlResolver;
  /** Heading level the shallowest heading becomes (the page title is the h1). Default 2. */
  topHeadingLevel?: number;
  /** Prefix for generated ids (footnotes), unique per slide so slides can share one page. */
  idPrefix?: string;
}

/** rehype-sanitize prefixes every id so an author's HTML cannot clobber the page's globals. */
const SANITIZED_ID_PREFIX = "user-content-";

/**
 * GitHub's allow-list (`<kbd>`, `<details>` and friends survive; scripts, event handlers,
 * `javascript:` URLs, iframes, styles and forms do not). A `<style>` element's CSS is dropped
 * with it, like a script's code, rather than left on the slide as text.
 */
const sanitizeSchema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), "style"] };

/** The sanitizer on its own, for URLs that reach the page without being rendered from Markdown. */
const urlSanitizer = unified().use(rehypeSanitize, sanitizeSchema);

/**
 * A URL as the sanitizer leaves it in a link's `href` (or an image's `src`), or undefined when it
 * would drop it: `javascript:`, `vbscript:`, `data:` and any other scheme not on the allow-list.
 * Same rules as the Markdown and HTML the renderer sanitizes, for URLs that never pass through it.
 */
export function sanitizeUrl(url: string, use: "image" | "link" = "link"): string | undefined {
  const attribute = use === "image" ? "src" : "href";
  const element: Element = { type: "element", tagName: use === "image" ? "img" : "a", properties: { [attribute]: url }, children: [] };
  const clean = urlSanitizer.runSync({ type: "root", children: [element] });
  const kept = clean.children[0];
  const value = kept?.type === "element" ? kept.properties[attribute] : undefined;
  return typeof value === "string" ? value : undefined;
}

/**
 * Links that bypass the renderer (a quiz's `Source:` links, which the page shows as written)
 * without the ones whose URL the sanitizer would drop.
 */
export function safeLinks<T extends { url: string }>(links: readonly T[]): T[] {
  return links.flatMap((link) => {
    const url = sanitizeUrl(link.url);
    return url === undefined ? [] : [{ ...link, url }];
  });
}

const HEADING_RE = /^h([1-6])$/;
const FOOTNOTE_LABEL_ID = "footnote-label";

/** The options that shape a processor; the URL resolver travels with each file instead. */
type ProcessorOptions = Required<Pick<RenderOptions, "topHeadingLevel" | "idPrefix">>;

/**
 * Processors by their options. Building one is costly (rehype-highlight registers its 37 grammars
 * each time): a course renders thousands of slides with a handful of distinct options.
 */
const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(options: ProcessorOptions) {
  return (
    unified()
      .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: options.idPrefix })
      .use(rehypeRaw)
      // Resolved before sanitizing, so whatever the resolver makes of a URL is sanitized too.
      .use(rehypeResolveUrls)
      .use(rehypeSanitize, sanitizeSchema)
      // Highlighting runs after sanitizing: its classes are ours, not the author's.
      .use(rehypeHighlight, { detect: false })
      .use(rehypeSlideElements, options)
      .use(rehypeStringify)
      .freeze()
  );
}

/** Renders one slide's Markdown tree to sanitized, highlighted HTML. Pure and synchronous. */
export function renderSlideHtml(tree: Root, options: RenderOptions = {}): string {
  const shape: ProcessorOptions = { topHeadingLevel: options.topHeadingLevel ?? 2, idPrefix: options.idPrefix ?? "" };
  const key = `${shape.topHeadingLevel}\0${shape.idPrefix}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(shape);
    processors.set(key, processor);
  }
  // remark-rehype builds a new tree, so the caller's Markdown tree is never changed.
  const file = new VFile({ data: { resolveUrl: options.resolveUrl } });
  const hast = processor.runSync(tree, file);
  return processor.stringify(hast, file);
}

/** The smallest heading depth in a tree, so a lesson written with `###` headings still starts at h2. */
export function shallowestHeading(tree: Root): number | undefined {
  let depth: number | undefined;
  visit(tree, "heading", (node) => {
    depth = depth === undefined ? node.depth : Math.min(depth, node.depth);
  });
  return depth;
}

declare module "vfile" {
  interface DataMap {
    /** The URL resolver of the slide being rendered (see RenderOptions). */
    resolveUrl: UrlResolver | undefined;
  }
}

/** Images' and links' URLs through the slide's resolver (see UrlResolver). */
function rehypeResolveUrls() {
  return (tree: HastRoot, file: VFile) => {
    const resolveUrl = file.data.resolveUrl;
    if (!resolveUrl) return;
    visit(tree, "element", (node) => {
      if (node.tagName === "img") resolveAttribute(node, "src", "image", resolveUrl);
      if (node.tagName === "a") resolveAttribute(node, "href", "link", resolveUrl);
    });
  };
}

/**
 * `//host` is another site's address, and so are `/\host` and `/<tab>/host`: a browser reads `\`
 * as `/` and drops tabs and line breaks.
 */
const OTHER_SITE_RE = /^[\\/]{2}/;
const DROPPED_BY_BROWSERS_RE = /[\t\n\r]/g;

/** Uses the resolver's answer for one URL, unless it would send the browser to another site. */
function resolveAttribute(node: Element, name: "src" | "href", use: "image" | "link", resolve: UrlResolver) {
  const value = node.properties[name];
  if (typeof value !== "string") return;
  const resolved = resolve(value, use);
  if (resolved === undefined || OTHER_SITE_RE.test(resolved.replace(DROPPED_BY_BROWSERS_RE, "").trimStart())) return;
  node.properties[name] = resolved;
}

function rehypeSlideElements(options: ProcessorOptions) {
  const top = options.topHeadingLevel;
  return (tree: HastRoot) => {
    // remark-rehype names the footnotes' (visually hidden) heading with a fixed id; make it unique
    // per slide and keep it out of the heading outline the author wrote.
    const footnoteLabel = `${SANITIZED_ID_PREFIX}${FOOTNOTE_LABEL_ID}`;
    const uniqueLabel = `${SANITIZED_ID_PREFIX}${options.idPrefix}${FOOTNOTE_LABEL_ID}`;
    let shallowest = 7;
    visit(tree, "element", (node) => {
      if (node.properties.id === footnoteLabel) node.properties.id = uniqueLabel;
      if (node.properties.ariaDescribedBy !== undefined && String(node.properties.ariaDescribedBy) === footnoteLabel) {
        node.properties.ariaDescribedBy = uniqueLabel;
      }
      const match = HEADING_RE.exec(node.tagName);
      if (match && node.properties.id !== uniqueLabel) shallowest = Math.min(shallowest, Number(match[1]));
    });
    const shift = shallowest === 7 ? 0 : top - shallowest;

    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });

    visit(tree, "element", (node, index, parent) => {
      // In-page links (footnotes) point at the ids as written; sanitizing prefixed the ids.
      const href = node.properties.href;
      if (node.tagName === "a" && typeof href === "string" && href.startsWith("#") && ids.has(SANITIZED_ID_PREFIX + href.slice(1))) {
        node.properties.href = `#${SANITIZED_ID_PREFIX}${href.slice(1)}`;
      }
      const heading = HEADING_RE.exec(node.tagName);
      if (heading && node.properties.id === uniqueLabel) node.tagName = `h${top}`;
      else if (heading) node.tagName = `h${Math.min(6, Number(heading[1]) + shift)}`;
      if (node.tagName === "img") {
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
      }
      if (node.tagName === "input" && node.properties.type === "checkbox") labelTaskCheckbox(node, parent);
      // Wide code and tables scroll sideways on a phone; a scrolling region must take keyboard focus.
      if (node.tagName === "pre") node.properties.tabIndex = 0;
      if (node.tagName === "pre" && parent && index !== undefined && !hasClass(parent, CODE_BLOCK_CLASS)) parent.children[index] = codeBlock(node);
      // Print shows a link's address after it (styles/base.css), unless its text is that address.
      if (node.tagName === "a" && typeof href === "string" && isBareUrl(href, hastToString(node))) node.properties.className = [BARE_URL_CLASS];
      if (node.tagName === "table" && parent && index !== undefined && !isScrollWrapper(parent)) {
        const wrapper: Element = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table" },
          children: [node],
        };
        parent.children[index] = wrapper;
      }
    });
  };
}

function hasClass(node: HastRoot | Element, name: string): boolean {
  return node.type === "element" && Array.isArray(node.properties.className) && node.properties.className.includes(name);
}

function isScrollWrapper(node: HastRoot | Element): boolean {
  return hasClass(node, "table-scroll");
}

const CODE_BLOCK_CLASS = "code-block";
const LANGUAGE_CLASS_PREFIX = "language-";
const BARE_URL_CLASS = "bare-url";

/**
 * A code block in its frame: a bar above the code with the fence's language, if it has one, where
 * the reader adds its Copy button (components/content/code-copy.tsx). The bar stays outside the
 * `<pre>`, so copying or selecting the code never takes the label with it.
 */
function codeBlock(pre: Element): Element {
  const language = codeLanguage(pre);
  const label: ElementContent[] = language
    ? [{ type: "element", tagName: "span", properties: { className: ["code-block-language"] }, children: [{ type: "text", value: language }] }]
    : [];
  return {
    type: "element",
    tagName: "div",
    properties: { className: [CODE_BLOCK_CLASS] },
    children: [{ type: "element", tagName: "div", properties: { className: ["code-block-bar"] }, children: label }, pre],
  };
}

/** The fence's language, from the `language-…` class remark-rehype gives the `<code>` inside. */
function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
  const classes = Array.isArray(code?.properties.className) ? code.properties.className : [];
  const name = classes.map(String).find((className) => className.startsWith(LANGUAGE_CLASS_PREFIX));
  return name?.slice(LANGUAGE_CLASS_PREFIX.length) || undefined;
}

/** A link written as its own address (`https://example.com`, `<https://…>`): print need not repeat it. */
function isBareUrl(href: string, text: string): boolean {
  const shown = text.trim();
  return shown === href || `http://${shown}` === href || `https://${shown}` === href || `mailto:${shown}` === href;
}

/** GFM task-list checkboxes have no label of their own: name each by its item's text. */
function labelTaskCheckbox(node: Element, parent: HastRoot | Element | undefined) {
  if (!parent || parent.type !== "element") return;
  const text = parent.children
    .filter((child): child is ElementContent => child !== node)
    .map((child) => hastToString(child))
    .join("")
    .trim();
  if (text) node.properties.ariaLabel = text;
}
