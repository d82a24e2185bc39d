/** The browser's storage keys of class mode (next to the rest of the learner's `pagebreak:` data). */
export const MEMBERSHIP_KEY = "pagebreak:class";
export const OUTBOX_KEY = "pagebreak:class-outbox";
