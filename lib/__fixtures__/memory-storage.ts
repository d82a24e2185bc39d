/**
 * An in-memory localStorage for unit tests of the browser glue, installed as `window.localStorage`.
 * `quota` (characters of keys plus values) makes setItem throw like a full browser store.
 */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();

  constructor(public quota = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    const others = [...this.items].filter(([name]) => name !== key).reduce((sum, [name, text]) => sum + name.length + text.length, 0);
    if (others + key.length + value.length > this.quota) throw new DOMException("full", "QuotaExceededError");
    this.items.set(key, String(value));
  }

  /** Every stored key and value, for assertions. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.items);
  }

  /** The values kept under `pagebreak:set-aside:<key>:`, parsed. */
  setAside(key: string): unknown[] {
    return Object.entries(this.entries())
      .filter(([name]) => name.startsWith(`pagebreak:set-aside:${key}:`))
      .map(([, value]) => JSON.parse(value));
  }

  [name: string]: unknown;
}

/** Installs `storage` as the browser's localStorage (the tests run in Node) and returns it. */
export function installStorage(storage = new MemoryStorage()): MemoryStorage {
  Object.assign(globalThis, { window: { localStorage: storage, addEventListener() {}, removeEventListener() {} } });
  return storage;
}
