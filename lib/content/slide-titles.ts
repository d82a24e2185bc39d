import { toString } from "mdast-util-to-string";
import type { Slide } from "./course";

const FIRST_WORDS = 8;

/** What the slide overview calls a slide: its first heading, else its first words. */
export function slideTitle(slide: Slide, number: number): string {
  if (slide.heading?.trim()) return slide.heading.trim();
  const words = toString(slide.tree).split(/\s+/).filter(Boolean);
  if (words.length === 0) return `Slide ${number}`;
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(" ")}…` : words.join(" ");
}

/** True when a lesson's first slide opens with a heading that says its title again (the old course does). */
export function firstHeadingRepeatsTitle(title: string, slides: readonly Slide[]): boolean {
  const first = slides[0];
  const heading = first?.tree.children[0]?.type === "heading" ? first.heading : undefined;
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return heading !== undefined && words(heading) === words(title);
}
