import { describe, expect, it } from "vitest";
import { continueRound, currentCard, newRound, withRoundAnswer } from "./round";

describe("review rounds", () => {
  it("has no round when no card is due", () => {
    expect(newRound([])).toBeUndefined();
  });

  it("asks each card once, shows its feedback, then moves on and ends after the last", () => {
    let round = newRound(["a/1", "b/1"])!;
    expect(currentCard(round)).toBe("a/1");
    expect(continueRound(round)).toBe(round);
    round = withRoundAnswer(round, ["root-only"]);
    expect(round.answer).toEqual(["root-only"]);
    expect(withRoundAnswer(round, ["delegable"])).toBe(round);
    round = continueRound(round)!;
    expect(round).toEqual({ order: ["a/1", "b/1"], index: 1 });
    expect(currentCard(round)).toBe("b/1");
    round = withRoundAnswer(round, ["a", "c"]);
    expect(continueRound(round)).toBeUndefined();
  });

  it("ignores an empty answer and keeps its own copy of the order", () => {
    const ids = ["a/1"];
    const round = newRound(ids)!;
    ids.push("b/1");
    expect(round.order).toEqual(["a/1"]);
    expect(withRoundAnswer(round, [])).toBe(round);
  });
});
