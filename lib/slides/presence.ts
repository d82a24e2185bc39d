/**
 * Whether a lesson is being presented. Every window of a lesson listens on the lesson's channel, but
 * only one that presents, or keeps in step with a presenter, loads the code that moves windows
 * together (lib/slides/present.ts): most readers never present, and pay for none of it.
 * A window asks when it opens (`hello`); the presenter view, and every window already in step,
 * says so when it opens and whenever it is asked (`presenting`). Windows of older versions read
 * only `slide` messages, so these two pass them by.
 */

/** The channel's name: one per lesson, so two lessons presented side by side never cross. */
export function presentChannelName(slug: string): string {
  return `pagebreak:present:${slug}`;
}

export interface PresenceMessage {
  type: "hello" | "presenting";
  slug: string;
}

export function presenceMessage(slug: string, type: PresenceMessage["type"]): PresenceMessage {
  return { type, slug };
}

/** The type of a message on the channel for lesson `slug` (any other message is undefined): untrusted. */
function typeFor(data: unknown, slug: string): unknown {
  return typeof data === "object" && data !== null && "slug" in data && data.slug === slug && "type" in data ? data.type : undefined;
}

/**
 * True when a message on the channel says `slug` is being presented: an announcement, an answer,
 * or a slide move (only windows in step post those). Its slide, if any, is read by the code it loads.
 */
export function saysPresenting(data: unknown, slug: string): boolean {
  const type = typeFor(data, slug);
  return type === "presenting" || type === "slide";
}

/** True when a window of `slug` that has just opened asks who is presenting. */
export function asksWhoPresents(data: unknown, slug: string): boolean {
  return typeFor(data, slug) === "hello";
}
