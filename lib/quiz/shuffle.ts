/**
 * Seeded shuffling, so a round's order survives a reload (the seed is saved with the session)
 * and tests can reproduce any order.
 */

/** mulberry32: a tiny, fast PRNG with good enough spread for ordering quiz items. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in a random order that depends only on `seed` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** Derives a seed for one part of a round (a question's options) from the round's seed. */
export function deriveSeed(seed: number, key: string): number {
  let hash = seed >>> 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** A fresh seed for a new round. */
export function newSeed(): number {
  return Math.floor(Math.random() * 0x100000000);
}
