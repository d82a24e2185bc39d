/**
 * Which slides a slide page carries. A page holds its own slide, its neighbours and the two ends
 * of the lesson, never the whole lesson: a page's size must not grow with the lesson's length (a
 * lesson of 2,000 slides made pages of 978 KB each), and the reader fetches the rest as it moves.
 * The window is wide enough that the next and previous slides, and Home and End, are always there.
 */
export const SLIDE_WINDOW_RADIUS = 2;

/**
 * How far around the current slide the reader keeps slides at hand, fetching what its page lacks:
 * further than the page's own window, so that a few quick presses, or a connection that drops,
 * still find the next slides there.
 */
export const SLIDE_FETCH_RADIUS = 4;

/** The slide numbers around `current` of `total`, in order, each once. */
export function slideWindow(current: number, total: number, radius = SLIDE_WINDOW_RADIUS): number[] {
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
