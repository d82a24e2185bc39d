import type { RateLimit } from "./rate-limit";

/** Joins from one address (behind a proxy that names it): a classroom behind one NAT is ~30 people. */
export const JOIN_PER_CLIENT: RateLimit = { burst: 40, perMinute: 20 };
/** Joins from everyone together, when the address is not known (no trusted proxy): a class of 300 at once. */
export const JOIN_SHARED: RateLimit = { burst: 300, perMinute: 300 };
/** Event batches per learner session: the outbox sends at most one a second while answering. */
export const EVENTS_PER_LEARNER: RateLimit = { burst: 60, perMinute: 240 };
/** Instructor sign-ins, all together (a sign-in address is 256 random bits; this only bounds the work). */
export const SIGN_IN_SHARED: RateLimit = { burst: 30, perMinute: 30 };

/** The largest join or sign-in request body. */
export const MAX_SMALL_BODY_BYTES = 2048;
