import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, MemoryStorage } from "../__fixtures__/memory-storage";
import { EMPTY_SCHEDULE, storedReviewSchedule, type ReviewSchedule } from "./saved";
import { withAnswer, type ReviewAnswer } from "./record";

type StorageModule = typeof import("./storage");
type BrowserStorage = typeof import("../browser-storage");

/**
 * A fresh copy of the store module and of the browser glue under it, as a newly opened tab has:
 * nothing cached, nothing shared but localStorage.
 */
async function openTab(): Promise<StorageModule & { browser: BrowserStorage }> {
  vi.resetModules();
  const storage = await import("./storage");
  const browser = await import("../browser-storage");
  return { ...storage, browser };
}

const AT = new Date(Date.UTC(2026, 2, 10, 9, 0));
const answer = (itemId: string, correct: boolean): ReviewAnswer => ({ quiz: "root", itemId, answerKey: "category:root-only", correct, now: AT });
const scheduleWith = (...answers: ReviewAnswer[]): ReviewSchedule => answers.reduce((schedule, next) => withAnswer(schedule, next).schedule, EMPTY_SCHEDULE);

/** The values set aside for the review key, as stored (text, since a whole value may not be JSON). */
function setAsideTexts(storage: MemoryStorage): string[] {
  return Object.entries(storage.entries())
    .filter(([key]) => key.startsWith("pagebreak:set-aside:pagebreak:review:"))
    .map(([, value]) => value);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = installStorage();
});

describe("browserReviewStore", () => {
  it("reads an empty schedule when nothing is stored", async () => {
    const tab = await openTab();
    expect(tab.browserReviewStore.read()).toEqual(EMPTY_SCHEDULE);
  });

  it("round-trips a schedule under pagebreak:review, and reads the same object until it changes", async () => {
    const { browserReviewStore: store, REVIEW_KEY } = await openTab();
    const schedule = scheduleWith(answer("close-account", true), answer("launch-ec2", false));
    expect(store.write(schedule)).toBe(true);
    expect(REVIEW_KEY).toBe("pagebreak:review");
    expect(JSON.parse(storage.getItem(REVIEW_KEY)!)).toEqual(storedReviewSchedule(schedule));
    const read = store.read();
    expect(read).toEqual(schedule);
    expect(store.read()).toBe(read);
  });

  it("sets damaged JSON aside, where the storage notice finds it, and starts empty", async () => {
    const tab = await openTab();
    storage.setItem("pagebreak:review", "{broken");
    expect(tab.browserReviewStore.read()).toEqual(EMPTY_SCHEDULE);
    expect(setAsideTexts(storage)).toEqual(["{broken"]);
    expect(storage.getItem("pagebreak:review")).toBeNull();
    expect(tab.browser.unseenSetAside()).toMatch(/^pagebreak:set-aside:pagebreak:review:\d+$/);
  });

  it("sets a schedule of an unknown, newer version aside whole rather than write over it", async () => {
    const tab = await openTab();
    const newer = JSON.stringify({ version: 2, cards: {}, decks: [] });
    storage.setItem("pagebreak:review", newer);
    expect(tab.browserReviewStore.read()).toEqual(EMPTY_SCHEDULE);
    expect(setAsideTexts(storage)).toEqual([newer]);
  });

  it("sets one damaged card aside and keeps the others working", async () => {
    const tab = await openTab();
    const schedule = scheduleWith(answer("close-account", true));
    const stored = storedReviewSchedule(schedule) as { cards: Record<string, unknown> };
    storage.setItem("pagebreak:review", JSON.stringify({ ...stored, cards: { ...stored.cards, "root/broken": { quiz: "root" } } }));
    expect(tab.browserReviewStore.read()).toEqual(schedule);
    expect(storage.setAside("pagebreak:review")).toEqual([{ version: 1, cards: { "root/broken": { quiz: "root" } } }]);
    expect(JSON.parse(storage.getItem("pagebreak:review")!)).toEqual(stored);
  });

  it("reports a write the browser refused", async () => {
    installStorage(new MemoryStorage(10));
    const tab = await openTab();
    expect(tab.browserReviewStore.write(scheduleWith(answer("close-account", true)))).toBe(false);
  });

  it("lets two tabs see each other's writes", async () => {
    const first = (await openTab()).browserReviewStore;
    const second = (await openTab()).browserReviewStore;
    expect(second.read()).toEqual(EMPTY_SCHEDULE);
    first.write(scheduleWith(answer("close-account", true)));
    expect(Object.keys(second.read().cards)).toEqual(["root/close-account"]);
    second.write(withAnswer(second.read(), answer("launch-ec2", false)).schedule);
    expect(Object.keys(first.read().cards).sort()).toEqual(["root/close-account", "root/launch-ec2"]);
  });

  it("tells subscribers of a write in this tab and of one in another tab, and not of other keys", async () => {
    const remote: ((event: { key: string | null }) => void)[] = [];
    Object.assign(window, { addEventListener: (_: string, listener: (event: { key: string | null }) => void) => remote.push(listener) });
    const tab = await openTab();
    const listener = vi.fn();
    const unsubscribe = tab.browserReviewStore.subscribe(listener);
    tab.browserReviewStore.write(scheduleWith(answer("close-account", true)));
    expect(listener).toHaveBeenCalledTimes(1);
    // What the browser sends this tab when another one writes.
    remote.forEach((send) => send({ key: "pagebreak:review" }));
    remote.forEach((send) => send({ key: "pagebreak:reading" }));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    tab.browserReviewStore.write(EMPTY_SCHEDULE);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
