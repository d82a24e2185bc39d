import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, type MemoryStorage } from "../__fixtures__/memory-storage";

// The storage modules cache what they read; each test gets fresh copies and a fresh store.
let folds: typeof import("./outline-folds");
let store: MemoryStorage;

beforeEach(async () => {
  vi.resetModules();
  store = installStorage();
  folds = await import("./outline-folds");
});

const KEY = "pagebreak:outline-folds";

describe("folded sections of the outline, in the browser", () => {
  it("remembers a folded section, and forgets it once it is opened again", () => {
    expect(folds.isFolded("Section-2")).toBe(false);
    expect(folds.saveFold("Section-2", true)).toBe(true);
    expect(folds.saveFold("", true)).toBe(true);
    expect(JSON.parse(store.getItem(KEY)!)).toEqual({ version: 1, folded: ["Section-2", ""] });
    expect([folds.isFolded("Section-2"), folds.isFolded(""), folds.isFolded("Section-10")]).toEqual([true, true, false]);
    expect(folds.saveFold("Section-2", false)).toBe(true);
    expect(JSON.parse(store.getItem(KEY)!)).toEqual({ version: 1, folded: [""] });
  });

  it("writes nothing when a section is already as asked, and gives the same object until the folds change", () => {
    const before = folds.outlineFolds();
    expect(folds.saveFold("Section-2", false)).toBe(true);
    expect(store.getItem(KEY)).toBeNull();
    expect(folds.outlineFolds()).toBe(before);
  });

  it("tells subscribers when a section is folded", () => {
    const told = vi.fn();
    folds.subscribeToOutlineFolds(told);
    folds.saveFold("Week 1", true);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it("sets aside a value it cannot read, and the outline opens every section", () => {
    for (const raw of ["{", "[]", '{"version":2,"folded":[]}', '{"version":1,"folded":"Section-2"}']) {
      store.clear();
      store.setItem(KEY, raw);
      expect(folds.outlineFolds(), raw).toEqual(folds.NO_FOLDS);
      expect(store.getItem(KEY), raw).toBeNull();
      const aside = Object.entries(store.entries()).filter(([key]) => key.startsWith(`pagebreak:set-aside:${KEY}:`));
      expect(aside.map(([, value]) => value), raw).toEqual([raw]);
    }
  });

  it("sets aside only the entries that are not section names, and keeps fields it does not know", () => {
    store.setItem(KEY, JSON.stringify({ version: 1, folded: ["Section-2", 7, null, "Section-2", "Week 1"], sortedBy: "name" }));
    expect(folds.outlineFolds().folded).toEqual(["Section-2", "Week 1"]);
    expect(store.setAside(KEY)).toEqual([{ version: 1, folded: [7, null] }]);
    expect(JSON.parse(store.getItem(KEY)!)).toEqual({ version: 1, folded: ["Section-2", "Week 1"], sortedBy: "name" });
    folds.saveFold("Section-3", true);
    expect(JSON.parse(store.getItem(KEY)!)).toEqual({ version: 1, folded: ["Section-2", "Week 1", "Section-3"], sortedBy: "name" });
  });

  it("reports a fold the browser refused to keep", async () => {
    vi.resetModules();
    installStorage(new (await import("../__fixtures__/memory-storage")).MemoryStorage(0));
    folds = await import("./outline-folds");
    expect(folds.saveFold("Section-2", true)).toBe(false);
  });
});
