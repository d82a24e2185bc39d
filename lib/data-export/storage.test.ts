import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStorage, installStorage } from "../__fixtures__/memory-storage";
import { readingProgress, saveSlideReached } from "../progress/storage";
import { deleteBrowserData, exportBrowserData, importBrowserData, pagebreakSnapshot } from "./storage";

let storage: MemoryStorage;

beforeEach(() => {
  storage = installStorage();
});

describe("the browser's data", () => {
  it("exports, deletes only Pagebreak's keys, and imports back what was read", () => {
    saveSlideReached("root", 3, 5);
    storage.setItem("pagebreak:theme", "dark");
    storage.setItem("another-app", "theirs");
    const file = JSON.stringify(exportBrowserData());
    expect(deleteBrowserData()).toBe(true);
    expect(storage.entries()).toEqual({ "another-app": "theirs" });
    expect(readingProgress().lessons).toEqual({});

    const outcome = importBrowserData(file);
    expect(outcome).toEqual({ ok: true, summary: { lessons: 1, attempts: 0, sessions: 0, reviewCards: 0, theme: "dark", outlineFolds: false, other: 0 } });
    expect(readingProgress().lessons.root).toMatchObject({ furthest: 3, total: 5 });
    expect(storage.getItem("pagebreak:theme")).toBe("dark");
  });

  it("changes nothing when the file is refused, or when the browser refuses to store it", () => {
    saveSlideReached("root", 1, 5);
    const before = pagebreakSnapshot();
    expect(importBrowserData("not json")).toMatchObject({ ok: false });
    expect(pagebreakSnapshot()).toEqual(before);

    const other = new MemoryStorage();
    installStorage(other);
    saveSlideReached("iam", 4, 4);
    saveSlideReached("root", 5, 5);
    const file = JSON.stringify(exportBrowserData());
    const full = installStorage(new MemoryStorage(200));
    saveSlideReached("root", 1, 5);
    const kept = full.entries();
    expect(importBrowserData(file)).toEqual({ ok: false, problem: "This browser refused to store the imported data (its storage may be full or turned off)." });
    expect(full.entries()).toEqual(kept);
  });
});
