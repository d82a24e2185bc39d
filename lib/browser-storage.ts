/**
 * The one place that touches localStorage. Learner data is never silently lost: a value that cannot
 * be read is moved aside under SET_ASIDE_PREFIX (recoverable), a refused write is reported, and
 * changes made in another tab reach subscribers.
 */

/** Unreadable saved data is moved under this prefix rather than deleted. */
export const SET_ASIDE_PREFIX = "pagebreak:set-aside:";

const listeners = new Set<(key: string) => void>();
const cache = new Map<string, { raw: string | null; value: unknown }>();

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

/**
 * Reads and parses a stored value; the same object until the stored text changes (as
 * useSyncExternalStore needs). `parse` returns undefined for data it cannot trust. `view` names
 * the parse when one key is read in more than one way (a whole quiz session, or just its progress).
 */
export function readStored<T>(key: string, parse: (raw: string | null) => T | undefined, fallback: T, view = ""): T {
  const store = storage();
  if (!store) return fallback;
  const raw = store.getItem(key);
  const cacheKey = `${view}\0${key}`;
  const cached = cache.get(cacheKey);
  if (cached && cached.raw === raw) return cached.value as T;
  let value = parse(raw);
  if (value === undefined) {
    setAside(store, key, raw);
    value = fallback;
  }
  cache.set(cacheKey, { raw: store.getItem(key), value });
  return value;
}

function setAside(store: Storage, key: string, raw: string | null) {
  try {
    if (raw !== null) store.setItem(`${SET_ASIDE_PREFIX}${key}:${Date.now()}`, raw);
    store.removeItem(key);
  } catch {
    // A full store cannot keep the copy; the unreadable value stays where it was, still unread.
    return;
  }
  // Reads happen while React renders: tell the notice after this render, not during it.
  queueMicrotask(() => listeners.forEach((listener) => listener(SET_ASIDE_PREFIX)));
}

/** Where the keys of set-aside values the learner has already been told about are kept. */
const SEEN_KEY = "pagebreak:set-aside-seen";

/** Set-aside values the learner has not been told about yet, as a stable string for snapshots. */
export function unseenSetAside(): string {
  const store = storage();
  if (!store) return "";
  let seen: unknown = [];
  try {
    seen = JSON.parse(store.getItem(SEEN_KEY) ?? "[]");
  } catch {
    seen = [];
  }
  const told = new Set(Array.isArray(seen) ? seen : []);
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(SET_ASIDE_PREFIX) && !told.has(key)) keys.push(key);
  }
  return keys.sort().join("\n");
}

/** Marks the current set-aside values as told; the values themselves stay. */
export function acknowledgeSetAside(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  writeStored(SEEN_KEY, keys);
}

/** Stores a value as JSON. Returns false when the browser refused (storage full or disabled). */
export function writeStored(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    return false;
  }
  listeners.forEach((listener) => listener(key));
  return true;
}

/** Calls back when a key that `matches` changes, here or in another tab. */
export function subscribeToStorage(matches: (key: string) => boolean, listener: () => void): () => void {
  const local = (key: string) => {
    if (matches(key)) listener();
  };
  const remote = (event: StorageEvent) => {
    if (event.key === null || matches(event.key)) listener();
  };
  listeners.add(local);
  window.addEventListener("storage", remote);
  return () => {
    listeners.delete(local);
    window.removeEventListener("storage", remote);
  };
}
