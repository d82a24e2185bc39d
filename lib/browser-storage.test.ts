import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, MemoryStorage } from "./__fixtures__/memory-storage";

// The module caches what it read; each test gets a fresh copy and a fresh store.
let browser: typeof import("./browser-storage");
beforeEach(async () => {
  vi.resetModules();
  browser = await import("./browser-storage");
});

/** A parse that keeps the entries that are numbers and sets the others aside. */
function numbersOnly(raw: string | null) {
  const data = raw === null ? {} : (JSON.parse(raw) as Record<string, unknown>);
  const good = Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value === "number"));
  const bad = Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value !== "number"));
  return Object.keys(bad).length > 0 ? { value: good, setAside: { part: bad, rest: good } } : { value: good };
}

describe("readStoredInParts", () => {
  it("sets the unreadable part aside, keeps the rest under the key, and tells the notice", async () => {
    const store = installStorage();
    store.setItem("k", JSON.stringify({ a: 1, b: "x", c: 3 }));
    expect(browser.readStoredInParts("k", numbersOnly, {})).toEqual({ a: 1, c: 3 });
    expect(store.setAside("k")).toEqual([{ b: "x" }]);
    expect(JSON.parse(store.getItem("k")!)).toEqual({ a: 1, c: 3 });
    expect(browser.unseenSetAside()).toMatch(/^pagebreak:set-aside:k:\d+$/);
    // Read again: nothing more to set aside, and the same object (as useSyncExternalStore needs).
    const first = browser.readStoredInParts("k", numbersOnly, {});
    expect(browser.readStoredInParts("k", numbersOnly, {})).toBe(first);
    expect(store.setAside("k")).toHaveLength(1);
  });

  it("never overwrites a copy set aside in the same millisecond", async () => {
    const store = installStorage();
    vi.spyOn(Date, "now").mockReturnValue(1000);
    store.setItem("k", '{"a":"x"}');
    browser.readStoredInParts("k", numbersOnly, {});
    store.setItem("k", '{"a":"y"}');
    browser.readStoredInParts("k", numbersOnly, {});
    expect(store.setAside("k")).toEqual([{ a: "x" }, { a: "y" }]);
    vi.restoreAllMocks();
  });

  it("leaves a value it cannot copy aside (store full) where it is, and refuses to write over it until it can", async () => {
    const damaged = JSON.stringify({ a: 1, b: "x".repeat(50) });
    const store = installStorage(new MemoryStorage(damaged.length + 10));
    store.setItem("k", damaged);
    expect(browser.readStoredInParts("k", numbersOnly, {})).toEqual({ a: 1 });
    expect(store.getItem("k")).toBe(damaged);
    expect(store.setAside("k")).toEqual([]);
    // The app would now save `{ a: 2 }`, the readable part changed: that would lose `b`.
    expect(browser.writeStored("k", { a: 2 })).toBe(false);
    expect(store.getItem("k")).toBe(damaged);
    // Room again: the copy is made first, then the write happens.
    store.quota = Infinity;
    expect(browser.writeStored("k", { a: 2 })).toBe(true);
    expect(store.setAside("k")).toEqual([{ b: "x".repeat(50) }]);
    expect(JSON.parse(store.getItem("k")!)).toEqual({ a: 2 });
  });

  it("does the same for a value unreadable as a whole", async () => {
    const store = installStorage(new MemoryStorage(30));
    store.setItem("k", "{broken json");
    expect(browser.readStored("k", () => undefined, "fallback")).toBe("fallback");
    expect(browser.writeStored("k", 1)).toBe(false);
    expect(store.getItem("k")).toBe("{broken json");
    store.quota = Infinity;
    expect(browser.writeStored("k", 1)).toBe(true);
    expect(Object.entries(store.entries()).filter(([key]) => key.startsWith("pagebreak:set-aside:k:")).map(([, value]) => value)).toEqual(["{broken json"]);
  });
});
