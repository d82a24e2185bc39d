import { describe, expect, it } from "vitest";
import { cardId } from "./card-id";
import { EMPTY_SCHEDULE, entryFor, parseReviewSchedule, storedEntry, storedReviewSchedule, type ReviewEntry, type ReviewSchedule } from "./saved";
import { answerCard } from "./schedule";

const AT = new Date(Date.UTC(2026, 2, 10, 9, 0));

const entry: ReviewEntry = { quiz: "root", itemId: "close-account", answerKey: "category:root-only", card: answerCard(undefined, true, AT) };
const other: ReviewEntry = { quiz: "s2", itemId: "q1", answerKey: "options:abc", card: answerCard(undefined, false, AT) };
const schedule: ReviewSchedule = {
  version: 1,
  cards: { [cardId("root", "close-account")]: entry, [cardId("s2", "q1")]: other },
  replaced: {},
};

/** The schedule parseReviewSchedule read, failing the test when it refused the whole value. */
function scheduleOf(raw: string): ReviewSchedule {
  const read = parseReviewSchedule(raw);
  if (!read) throw new Error(`refused: ${raw}`);
  return read.schedule;
}

describe("the stored review schedule", () => {
  it("round-trips through JSON, dates as ISO text", () => {
    const raw = JSON.stringify(storedReviewSchedule(schedule));
    expect(parseReviewSchedule(raw)).toEqual({ schedule });
    const stored = JSON.parse(raw).cards["root/close-account"];
    expect(stored.lastReview).toBe("2026-03-10T09:00:00.000Z");
    expect(stored.card.due).toBe(entry.card.due.toISOString());
    expect(stored.card).not.toHaveProperty("last_review");
  });

  it("is empty when nothing is stored", () => {
    expect(parseReviewSchedule(null)).toEqual({ schedule: EMPTY_SCHEDULE });
  });

  it("is refused as a whole when it is not JSON, not an object, or of a version this Pagebreak does not know", () => {
    expect(parseReviewSchedule("{broken")).toBeUndefined();
    expect(parseReviewSchedule("[]")).toBeUndefined();
    expect(parseReviewSchedule(JSON.stringify({ ...storedReviewSchedule(schedule), version: 2 }))).toBeUndefined();
    expect(parseReviewSchedule(JSON.stringify({ version: 1, cards: [] }))).toBeUndefined();
  });

  it("keeps the readable cards and hands back the damaged ones as stored", () => {
    const stored = storedReviewSchedule(schedule) as { cards: Record<string, Record<string, unknown>> };
    const broken = { ...stored.cards["s2/q1"], card: { ...(stored.cards["s2/q1"]!.card as object), state: 9 } };
    const misfiled = stored.cards["root/close-account"];
    const raw = JSON.stringify({ ...stored, cards: { ...stored.cards, "s2/q1": broken, "root/another": misfiled } });
    expect(parseReviewSchedule(raw)).toEqual({
      schedule: { version: 1, cards: { "root/close-account": entry }, replaced: {} },
      damaged: { version: 1, cards: { "s2/q1": broken, "root/another": misfiled } },
    });
  });

  it.each([
    ["a date that is not one", { lastReview: "yesterday" }],
    ["a negative count", { card: { reps: -1 } }],
    ["a difficulty FSRS would refuse", { card: { difficulty: 0.5 } }],
    ["a missing answer key", { answerKey: "" }],
  ])("counts %s as damage", (_, change) => {
    const stored = storedEntry(entry);
    const damagedEntry = { ...stored, ...change, ...("card" in change ? { card: { ...(stored.card as object), ...change.card } } : {}) };
    const read = parseReviewSchedule(JSON.stringify({ version: 1, cards: { "root/close-account": damagedEntry } }));
    expect(read?.schedule.cards).toEqual({});
    expect(read?.damaged?.cards).toEqual({ "root/close-account": damagedEntry });
  });

  it("reads a card stored without elapsed_days or learning_steps (ts-fsrs 6 drops the first)", () => {
    const stored = storedEntry(entry) as { card: Record<string, unknown> };
    const { elapsed_days, learning_steps, ...card } = stored.card;
    expect([elapsed_days, learning_steps]).toEqual([0, 0]);
    const read = scheduleOf(JSON.stringify({ version: 1, cards: { "root/close-account": { ...stored, card } } }));
    expect(read.cards["root/close-account"]).toEqual(entry);
  });

  it("keeps fields it does not know, on the value, the entries and the cards, and writes them back", () => {
    const stored = storedReviewSchedule(schedule) as { cards: Record<string, Record<string, unknown>> };
    const withExtras = {
      ...stored,
      savedBy: "pagebreak 3",
      cards: { ...stored.cards, "s2/q1": { ...stored.cards["s2/q1"], hint: 2, card: { ...(stored.cards["s2/q1"]!.card as object), retrievability: 0.8 } } },
    };
    const read = scheduleOf(JSON.stringify(withExtras));
    expect(read.unknownFields).toEqual({ savedBy: "pagebreak 3" });
    expect(read.cards["s2/q1"]?.unknownFields).toEqual({ entry: { hint: 2 }, card: { retrievability: 0.8 } });
    expect(JSON.parse(JSON.stringify(storedReviewSchedule(read)))).toEqual(withExtras);
  });

  it("keeps the replaced cards as stored, and hands back a damaged list of them", () => {
    const replaced = { "root/close-account": [{ ...storedEntry(entry), replacedAt: AT.toISOString() }] };
    const raw = JSON.stringify({ ...storedReviewSchedule(schedule), replaced });
    expect(scheduleOf(raw).replaced).toEqual(replaced);
    expect(JSON.parse(JSON.stringify(storedReviewSchedule(scheduleOf(raw)))).replaced).toEqual(replaced);
    const broken = parseReviewSchedule(JSON.stringify({ ...storedReviewSchedule(schedule), replaced: { "root/close-account": "lost" } }));
    expect(broken?.schedule).toEqual(schedule);
    expect(broken?.damaged).toEqual({ version: 1, cards: {}, replaced: { "root/close-account": "lost" } });
  });

  it("treats a card id like `__proto__` or `constructor` as data", () => {
    const proto: ReviewEntry = { ...entry, quiz: "__proto__", itemId: "x" };
    const read = scheduleOf(JSON.stringify({ version: 1, cards: { "__proto__/x": storedEntry(proto) } }));
    expect(entryFor(read, "__proto__/x")).toEqual(proto);
    expect(entryFor(read, "constructor")).toBeUndefined();
  });
});
