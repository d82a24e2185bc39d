/**
 * Words for ranking: lower case, letters and digits only, without stop words and without stemming
 * ("delegable" and "delegate" stay two words). Deliberately plain, so that which slide a quiz item is
 * matched to can be explained to the instructor who reads the suggestion.
 */

/** Runs of letters and digits; `sts:AssumeRoot` gives "sts" and "assumeroot". */
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** English function words, which say nothing about what a slide teaches. */
const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing done down during each either else even ever every few for from further had has have having " +
    "he her here hers herself him himself his how however i if in into is it its itself just less like made make many may me " +
    "might more most much must my myself neither no nor not now of off on once one only onto or other others our ours ourselves " +
    "out over own same shall she should so some still such than that the their theirs them themselves then there these they " +
    "this those though through to too under until up upon us very was we were what when where whether which while who whom " +
    "whose why will with within without would yet you your yours yourself yourselves"
  ).split(" "),
);

/** The words of a text that can tell one slide from another, in order, repeats kept. */
export function rankingWords(text: string): string[] {
  const words = text.normalize("NFKC").toLowerCase().match(WORD_RE) ?? [];
  // One letter or digit ("s", "3") matches everywhere and means nothing on its own.
  return words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}
