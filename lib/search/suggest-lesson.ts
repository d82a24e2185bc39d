import { rankingWords } from "./words";

/**
 * "Which slide teaches this quiz item?" for the items whose quiz names none: the slide of the
 * item's own section whose words best match the item and its explanation, by BM25 (Robertson and
 * Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009). Pure and
 * deterministic: the same course always gives the same suggestions, ties going to the earlier slide.
 */

/** A slide as the ranking reads it. */
export interface SlideText {
  slug: string;
  /** 1-based. */
  slide: number;
  title: string;
  /** The key of the section its lesson or guide is in. */
  section: string;
  /** What the slide says, as plain text. */
  text: string;
}

/** The slide suggested for an item: the UI marks it "suggested", since no author chose it. */
export interface SuggestedSlide {
  slug: string;
  slide: number;
  title: string;
  suggested: true;
}

/** BM25's usual constants: how fast repeats of a word stop counting, and how much a long slide is discounted. */
const K1 = 1.2;
const B = 0.75;

/**
 * Below this score no slide is suggested. A word that one slide in three uses scores about 1, one
 * that one slide in ten uses about 2; a word on every slide of the section adds little (0.1 in a
 * section of three slides), so stop-word-like matches ("root", "account" in a course about the root
 * account) suggest nothing, while one telling word does.
 */
export const MIN_SCORE = 0.5;

interface SectionIndex {
  slides: SlideText[];
  /** How often each word occurs on each slide, by slide. */
  counts: Map<string, number>[];
  lengths: number[];
  averageLength: number;
  /** On how many of the section's slides each word occurs. */
  slidesWith: Map<string, number>;
}

/** The course's slides, indexed by section: the ranking never leaves the item's section. */
export type SlideIndex = ReadonlyMap<string, SectionIndex>;

/** Indexes slides given in course order (the order that breaks ties). */
export function indexSlides(slides: readonly SlideText[]): SlideIndex {
  const bySection = new Map<string, SlideText[]>();
  for (const slide of slides) {
    const inSection = bySection.get(slide.section);
    if (inSection) inSection.push(slide);
    else bySection.set(slide.section, [slide]);
  }
  return new Map([...bySection].map(([section, inSection]) => [section, indexSection(inSection)]));
}

function indexSection(slides: SlideText[]): SectionIndex {
  const counts = slides.map((slide) => countWords(rankingWords(slide.text)));
  const lengths = counts.map((count) => [...count.values()].reduce((sum, n) => sum + n, 0));
  const slidesWith = new Map<string, number>();
  for (const count of counts) for (const word of count.keys()) slidesWith.set(word, (slidesWith.get(word) ?? 0) + 1);
  const averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  return { slides, counts, lengths, averageLength, slidesWith };
}

function countWords(words: readonly string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  return count;
}

/**
 * The best slide of `item.section` for an item's text (the action or question, its options and
 * explanations), or undefined when no slide of the section scores MIN_SCORE.
 */
export function suggestSlide(index: SlideIndex, item: { section: string; text: string }): SuggestedSlide | undefined {
  const section = index.get(item.section);
  if (!section) return undefined;
  // Each word of the item counts once: a long explanation repeating "account" must not outweigh the rest.
  const words = [...new Set(rankingWords(item.text))];
  let best: { at: number; score: number } | undefined;
  section.slides.forEach((_, at) => {
    const score = scoreSlide(section, at, words);
    // Strictly greater: on a tie the earlier slide stays.
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { at, score };
  });
  if (!best) return undefined;
  const { slug, slide, title } = section.slides[best.at]!;
  return { slug, slide, title, suggested: true };
}

function scoreSlide(section: SectionIndex, at: number, words: readonly string[]): number {
  const counts = section.counts[at]!;
  const lengthRatio = section.averageLength > 0 ? section.lengths[at]! / section.averageLength : 1;
  let score = 0;
  for (const word of words) {
    const count = counts.get(word);
    if (!count) continue;
    score += inverseFrequency(section, word) * ((count * (K1 + 1)) / (count + K1 * (1 - B + B * lengthRatio)));
  }
  return score;
}

/** BM25's idf, in the form that never goes below zero (a word on every slide adds almost nothing). */
function inverseFrequency(section: SectionIndex, word: string): number {
  const total = section.slides.length;
  const withWord = section.slidesWith.get(word) ?? 0;
  return Math.log(1 + (total - withWord + 0.5) / (withWord + 0.5));
}
