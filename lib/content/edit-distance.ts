/**
 * Edit distance, to suggest what an author probably meant (a front matter key, a lesson's file, a
 * heading's anchor). Two swapped neighbours count as one edit (optimal string alignment), since that
 * is the commonest typo: "titel" is 1 from "title".
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, beforePrevious[j - 2]! + 1);
      current.push(cost);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const DIGITS_RE = /\d+/g;

/**
 * The candidate `name` was probably meant to be, or undefined when none is close: at most a quarter
 * of its letters (at least one) differ, case aside. A candidate with other numbers in it is never
 * suggested: "Section-2" and "Section-1", "lesson-3.md" and "lesson-4.md" are different names, not
 * typos of each other.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const numbers = (text: string) => (text.match(DIGITS_RE) ?? []).map(Number).join(",");
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (lower === wanted && candidate === name) continue;
    if (numbers(lower) !== numbers(wanted)) continue;
    const cost = editDistance(wanted, lower);
    if (cost <= limit && (!best || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}
