import type { Link, LinkReference, Nodes } from "mdast";
import { visit } from "unist-util-visit";
import { plainText, type QuizBody } from "./markdown";
import type { SourceLink } from "./types";

/**
 * Every link in a node, labelled by its text; a bare URL is labelled by its host name. Reference
 * links (`[text][id]`) take their URL from the body's definitions, wherever those were written.
 */
export function linksOf(node: Nodes, body: QuizBody): SourceLink[] {
  const links: SourceLink[] = [];
  visit(node, (child) => {
    if (child.type !== "link" && child.type !== "linkReference") return;
    const url = child.type === "link" ? child.url : definitionUrl(child, body);
    if (url !== undefined) links.push({ url, label: linkLabel(child, url) });
  });
  return links;
}

function definitionUrl(reference: LinkReference, body: QuizBody): string | undefined {
  const definition = body.definitions.find((node) => node.type === "definition" && node.identifier === reference.identifier);
  return definition?.type === "definition" ? definition.url : undefined;
}

function linkLabel(link: Link | LinkReference, url: string): string {
  const text = plainText(link).trim();
  const bare = text === "" || text === url || `http://${text}` === url || `mailto:${text}` === url;
  return bare ? hostName(url) ?? (text || url) : text;
}

function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    // A relative link has no host; its text is all there is.
    return undefined;
  }
}
