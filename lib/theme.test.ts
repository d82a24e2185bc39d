import { beforeEach, describe, expect, it, vi } from "vitest";
import { installStorage, MemoryStorage } from "./__fixtures__/memory-storage";
import { parseThemeChoice, resolveTheme, BOOT_SCRIPT, THEME_KEY } from "./theme";

/** A system colour scheme that the test can change, as `matchMedia` reports it. */
class FakeScheme {
  private listeners = new Set<() => void>();
  constructor(public matches: boolean) {}
  addEventListener(_type: "change", listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "change", listener: () => void) {
    this.listeners.delete(listener);
  }
  set(dark: boolean) {
    this.matches = dark;
    this.listeners.forEach((listener) => listener());
  }
  get listening() {
    return this.listeners.size;
  }
}

/** A browser with `storage`, a system that prefers dark or not, and an <html> to draw on. */
function installBrowser(storage: MemoryStorage, systemDark: boolean) {
  installStorage(storage);
  const scheme = new FakeScheme(systemDark);
  const html = { dataset: {} as Record<string, string> };
  Object.assign(globalThis.window, { matchMedia: () => scheme });
  Object.assign(globalThis, { document: { documentElement: html }, localStorage: storage, matchMedia: () => scheme });
  return { scheme, html };
}

describe("the theme choice", () => {
  it("reads what is stored: nothing is system, the three choices are themselves, anything else is not to be trusted", () => {
    expect(parseThemeChoice(null)).toBe("system");
    expect(["system", "light", "dark"].map(parseThemeChoice)).toEqual(["system", "light", "dark"]);
    expect(["", "Dark", '"dark"', "blue"].map(parseThemeChoice)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("gives a theme: system follows the system, light and dark win over it", () => {
    expect([resolveTheme("system", true), resolveTheme("system", false)]).toEqual(["dark", "light"]);
    expect([resolveTheme("light", true), resolveTheme("dark", false)]).toEqual(["light", "dark"]);
  });
});

describe("the boot script reads what the control saves", () => {
  for (const [stored, systemDark, expected] of [
    [null, true, "dark"],
    ["system", true, "dark"],
    ["system", false, "light"],
    ["light", true, "light"],
    ["dark", false, "dark"],
    ["blue", false, "light"],
  ] as const) {
    it(`stored ${stored}, system ${systemDark ? "dark" : "light"}: ${expected}`, () => {
      const storage = new MemoryStorage();
      if (stored !== null) storage.setItem(THEME_KEY, stored);
      const { html } = installBrowser(storage, systemDark);
      new Function(BOOT_SCRIPT)();
      expect(html.dataset.theme).toBe(expected);
      expect(html.dataset.js).toBe("");
    });
  }

  it("marks the page as scripted even where storage cannot be read", () => {
    const { html } = installBrowser(new MemoryStorage(), false);
    Object.assign(globalThis, { localStorage: undefined });
    new Function(BOOT_SCRIPT)();
    expect(html.dataset.js).toBe("");
    expect(html.dataset.theme).toBeUndefined();
  });
});

describe("keeping the choice in the browser", () => {
  let themeStorage: typeof import("./theme-storage");
  beforeEach(async () => {
    vi.resetModules();
    themeStorage = await import("./theme-storage");
  });

  it("saves the choice as plain text, and tells subscribers", () => {
    const storage = new MemoryStorage();
    installBrowser(storage, false);
    expect(themeStorage.themeChoice()).toBe("system");
    const told = vi.fn();
    themeStorage.subscribeToThemeChoice(told);
    expect(themeStorage.saveThemeChoice("dark")).toBe(true);
    expect(storage.getItem(THEME_KEY)).toBe("dark");
    expect(themeStorage.themeChoice()).toBe("dark");
    expect(told).toHaveBeenCalled();
  });

  it("sets an unreadable value aside and reads it as system", () => {
    const storage = new MemoryStorage();
    storage.setItem(THEME_KEY, "solarized");
    installBrowser(storage, false);
    expect(themeStorage.themeChoice()).toBe("system");
    expect(storage.getItem(THEME_KEY)).toBeNull();
    expect(Object.entries(storage.entries())).toEqual([[expect.stringMatching(/^pagebreak:set-aside:pagebreak:theme:\d+$/), "solarized"]]);
  });

  it("keeps a choice the browser refused to store for this page", () => {
    installBrowser(new MemoryStorage(0), false);
    const told = vi.fn();
    themeStorage.subscribeToThemeChoice(told);
    expect(themeStorage.saveThemeChoice("light")).toBe(false);
    expect(themeStorage.themeChoice()).toBe("light");
    expect(told).toHaveBeenCalledTimes(1);
  });

  it("follows the system while the choice is system, and stops when it is not", () => {
    const { scheme, html } = installBrowser(new MemoryStorage(), false);
    const stop = themeStorage.applyThemeChoice("system");
    expect(html.dataset.theme).toBe("light");
    scheme.set(true);
    expect(html.dataset.theme).toBe("dark");
    stop();
    expect(scheme.listening).toBe(0);
    themeStorage.applyThemeChoice("light");
    scheme.set(false);
    scheme.set(true);
    expect(html.dataset.theme).toBe("light");
    expect(scheme.listening).toBe(0);
  });

  it("leaves data-theme alone when it already says the theme (a write restyles the whole page)", () => {
    const { html } = installBrowser(new MemoryStorage(), true);
    const writes: string[] = [];
    let theme = "dark";
    Object.defineProperty(html.dataset, "theme", {
      get: () => theme,
      set: (value: string) => {
        writes.push(value);
        theme = value;
      },
      configurable: true,
    });
    themeStorage.applyThemeChoice("system")();
    themeStorage.applyThemeChoice("dark")();
    expect(writes).toEqual([]);
    themeStorage.applyThemeChoice("light")();
    expect(writes).toEqual(["light"]);
  });
});
