/**
 * The one place that touches localStorage. Learner data is never silently lost: a value that cannot
 * be read, or the part of one that cannot, is moved aside under SET_ASIDE_PREFIX (recoverable), a
 * refused write is reported, and changes made in another tab reach subscribers.
 */

/** Unreadable saved data is moved under this prefix rather than deleted. */
export const SET_ASIDE_PREFIX = "pagebreak:set-aside:";

/**
 * What a parse made of a stored value. `setAside`, when present, is a part it could not read: `part`
 * is kept under SET_ASIDE_PREFIX and `rest` (the value without that part) stays under the key.
 */
export interface ReadInParts<T> {
  value: T;
  setAside?: { part: unknown; rest: unknown };
}

const listeners = new Set<(key: string) => void>();
const cache = new Map<string, { raw: string | null; value: unknown }>();

/**
 * Unreadable data that could not be moved aside (the store was full), by key: the key still holds
 * it, so no write may replace that value until the copy is made.
 */
const pendingAside = new Map<string, { raw: string; copy: string }>();

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
  return readStoredInParts(
    key,
    (raw) => {
      const value = parse(raw);
      return value === undefined ? undefined : { value };
    },
    fallback,
    view,
  );
}

/**
 * readStored for values made of entries (one per lesson, one per quiz): `parse` may keep the entries
 * it can read and name the part it cannot, which is set aside while the rest stays under the key.
 */
export function readStoredInParts<T>(key: string, parse: (raw: string | null) => ReadInParts<T> | undefined, fallback: T, view = ""): T {
  const store = storage();
  if (!store) return fallback;
  const raw = store.getItem(key);
  const cacheKey = `${view}\0${key}`;
  const cached = cache.get(cacheKey);
  if (cached && cached.raw === raw) return cached.value as T;
  const parsed = parse(raw);
  if (!parsed) {
    if (raw !== null) setAside(store, key, raw, raw, null);
  } else if (parsed.setAside && raw !== null) {
    setAside(store, key, raw, JSON.stringify(parsed.setAside.part), JSON.stringify(parsed.setAside.rest));
  }
  const value = parsed ? parsed.value : fallback;
  cache.set(cacheKey, { raw: store.getItem(key), value });
  return value;
}

/** A set-aside key for `key` that is not taken, so two copies made in the same millisecond both stay. */
function asideKey(store: Storage, key: string): string {
  const base = `${SET_ASIDE_PREFIX}${key}:${Date.now()}`;
  let candidate = base;
  for (let suffix = 2; store.getItem(candidate) !== null; suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}

/** Copies `copy` aside, then leaves `rest` under the key (or nothing when null). */
function setAside(store: Storage, key: string, raw: string, copy: string, rest: string | null) {
  const aside = asideKey(store, key);
  try {
    store.setItem(aside, copy);
  } catch {
    // A full store cannot keep the copy; the unreadable value stays where it was, still unread.
    pendingAside.set(key, { raw, copy });
    return;
  }
  try {
    if (rest === null) store.removeItem(key);
    else store.setItem(key, rest);
  } catch {
    // The key still holds the part that was copied: take the copy back rather than keep two.
    store.removeItem(aside);
    pendingAside.set(key, { raw, copy });
    return;
  }
  pendingAside.delete(key);
  toldSetAside();
}

function toldSetAside() {
  // Reads happen while React renders: tell the notice after this render, not during it.
  queueMicrotask(() => listeners.forEach((listener) => listener(SET_ASIDE_PREFIX)));
}

/**
 * Before `key` is written over: makes the set-aside copy that a full store refused earlier. False
 * when it is still refused, and then the write must not happen.
 */
function settlePendingAside(store: Storage, key: string): boolean {
  const pending = pendingAside.get(key);
  if (!pending) return true;
  // Another tab has replaced the value since: that one is read (and set aside if need be) afresh.
  if (store.getItem(key) !== pending.raw) {
    pendingAside.delete(key);
    return true;
  }
  try {
    store.setItem(asideKey(store, key), pending.copy);
  } catch {
    return false;
  }
  pendingAside.delete(key);
  toldSetAside();
  return true;
}

/** Where the keys of set-aside values the learner has already been told about are kept. */
export const SEEN_KEY = "pagebreak:set-aside-seen";

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

/**
 * Stores a value as JSON. Returns false when the browser refused (storage full or disabled), or when
 * the key holds unreadable data that could not be set aside yet (it is not written over).
 */
export function writeStored(key: string, value: unknown): boolean {
  return writeStoredText(key, JSON.stringify(value));
}

/**
 * writeStored for a value kept as plain text, not JSON: the theme, which the boot script in each
 * page's <head> reads before any module loads.
 */
export function writeStoredText(key: string, text: string): boolean {
  const store = storage();
  if (!store || !settlePendingAside(store, key)) return false;
  try {
    store.setItem(key, text);
  } catch {
    return false;
  }
  listeners.forEach((listener) => listener(key));
  return true;
}

/** Every key that starts with `prefix` and its stored text, as one plain object. */
export function storedTexts(prefix: string): Record<string, string> {
  const store = storage();
  const texts: [string, string][] = [];
  for (let index = 0; store && index < store.length; index++) {
    const key = store.key(index);
    const text = key === null ? null : store.getItem(key);
    if (key?.startsWith(prefix) && text !== null) texts.push([key, text]);
  }
  // fromEntries defines own properties: a key `__proto__` stays data.
  return Object.fromEntries(texts);
}

/**
 * Writes several values as plain text (null removes the key), all or none: when the browser
 * refuses one, the keys already written get their earlier values back and the result is false.
 */
export function writeStoredTexts(texts: Readonly<Record<string, string | null>>): boolean {
  const store = storage();
  if (!store) return false;
  const entries = Object.entries(texts);
  if (!entries.every(([key, text]) => text === null || settlePendingAside(store, key))) return false;
  const before = new Map<string, string | null>();
  try {
    for (const [key, text] of entries) {
      before.set(key, store.getItem(key));
      if (text === null) store.removeItem(key);
      else store.setItem(key, text);
    }
  } catch {
    for (const [key, text] of before) {
      try {
        if (text === null) store.removeItem(key);
        else store.setItem(key, text);
      } catch {
        // Putting back an earlier value frees or reuses its room, so this is not expected to fail.
      }
    }
    return false;
  }
  // A removed key's unreadable value is gone on purpose: no copy of it is owed any more.
  entries.filter(([, text]) => text === null).forEach(([key]) => pendingAside.delete(key));
  entries.forEach(([key]) => listeners.forEach((listener) => listener(key)));
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
