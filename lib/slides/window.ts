/**
 * Which slides a slide page carries: its own and its two neighbours, never the whole lesson. A
 * page's size must not grow with the lesson's length (a lesson of 2,000 slides made pages of 978 KB
 * each), and every slide a page carries is sent twice (as HTML and in React's payload), so the page
 * holds what one key press shows; the reader fetches the rest (SLIDE_FETCH_RADIUS) once it runs.
 */
export const SLIDE_WINDOW_RADIUS = 1;

/**
 * How far around the current slide the reader keeps slides at hand, fetching what its page lacks,
 * with both ends of the lesson (Home, End): further than the page's own window, so that a few
 * quick presses, or a connection that drops, still find the next slides there.
 */
export const SLIDE_FETCH_RADIUS = 4;

/** The slides a slide page carries: `current` and its neighbours, in order. */
export function pageSlides(current: number, total: number): number[] {
  const numbers: number[] = [];
  for (let slide = Math.max(1, current - SLIDE_WINDOW_RADIUS); slide <= Math.min(total, current + SLIDE_WINDOW_RADIUS); slide++) numbers.push(slide);
  return numbers;
}

/** The slides the reader keeps at hand around `current` of `total`, with both ends, in order, each once. */
export function slideWindow(current: number, total: number, radius = SLIDE_FETCH_RADIUS): number[] {
  const numbers = new Set<number>([1, total]);
  for (let slide = Math.max(1, current - radius); slide <= Math.min(total, current + radius); slide++) numbers.add(slide);
  return [...numbers].filter((slide) => slide >= 1 && slide <= total).sort((a, b) => a - b);
}

/** One slide's HTML, as a page or the slide data file carries it. */
export interface SlideHtml {
  /** 1-based. */
  number: number;
  html: string;
}
