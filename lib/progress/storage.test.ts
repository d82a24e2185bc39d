import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, type MemoryStorage } from "../__fixtures__/memory-storage";

// The storage modules cache what they read; each test gets fresh copies and a fresh store.
let progress: typeof import("./storage");
let store: MemoryStorage;

async function fresh() {
  vi.resetModules();
  store = installStorage();
  progress = await import("./storage");
}

beforeEach(fresh);

describe("reading progress in the browser", () => {
  it("sets a damaged lesson record aside and keeps reading and saving the others", () => {
    const damaged = { furthest: "x", last: 1, total: 7, at: 1 };
    store.setItem("pagebreak:reading", JSON.stringify({ version: 2, lessons: { broken: damaged, fine: { furthest: 2, last: 2, total: 5, at: 5 } } }));
    expect(progress.readingProgress().lessons).toEqual({ fine: { furthest: 2, last: 2, total: 5, at: 5 } });
    expect(store.setAside("pagebreak:reading")).toEqual([{ version: 2, lessons: { broken: damaged } }]);
    expect(JSON.parse(store.getItem("pagebreak:reading")!)).toEqual({ version: 2, lessons: { fine: { furthest: 2, last: 2, total: 5, at: 5 } } });
    expect(progress.saveSlideReached("fine", 3, 5)).toBe(true);
    expect(JSON.parse(store.getItem("pagebreak:reading")!).lessons.fine).toMatchObject({ furthest: 3, last: 3, total: 5 });
    expect(store.setAside("pagebreak:reading")).toHaveLength(1);
  });

  it("writes back fields it does not know when it saves", () => {
    store.setItem(
      "pagebreak:reading",
      JSON.stringify({ version: 2, device: "tablet", lessons: { intro: { furthest: 1, last: 1, total: 4, at: 1, bookmarks: [2] }, other: { furthest: 1, last: 1, total: 2, at: 1, note: "n" } } }),
    );
    expect(progress.saveSlideReached("intro", 2, 4)).toBe(true);
    const saved = JSON.parse(store.getItem("pagebreak:reading")!);
    expect(saved.device).toBe("tablet");
    expect(saved.lessons.intro).toMatchObject({ furthest: 2, last: 2, total: 4, bookmarks: [2] });
    expect(saved.lessons.other).toEqual({ furthest: 1, last: 1, total: 2, at: 1, note: "n" });
  });

  it("loses no lesson entry through a read and a save: each is stored, or set aside as it was", async () => {
    const valid = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.nat())
      .map(([furthest, last, total, at]) => ({ furthest, last, total, at }));
    const entry = fc.oneof(valid, fc.jsonValue(), valid.map((record) => ({ ...record, furthest: String(record.furthest) })));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), entry, { minKeys: 1 }), fc.jsonValue(), async (lessons, extra) => {
        await fresh();
        const raw = JSON.stringify({ version: 2, lessons, extra });
        const original = JSON.parse(raw);
        store.setItem("pagebreak:reading", raw);
        progress.saveSlideReached("read-now", 1, 3);
        const saved = JSON.parse(store.getItem("pagebreak:reading")!);
        const aside = store.setAside("pagebreak:reading") as { lessons: Record<string, unknown> }[];
        expect(saved.extra).toEqual(original.extra);
        for (const [slug, value] of Object.entries(original.lessons as Record<string, unknown>)) {
          if (slug === "read-now") continue;
          const found = [saved.lessons, ...aside.map((copy) => copy.lessons)].filter((lessonsFound) => Object.hasOwn(lessonsFound, slug));
          expect(found.map((lessonsFound) => lessonsFound[slug])).toEqual([value]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
