/**
 * Storage that never throws and never touches the browser until it is used.
 *
 * Web Storage fails in many ordinary situations: disabled cookies/site data (SecurityError on the
 * mere property access), a full quota, private browsing, sandboxed iframes, Node. iop-chat must keep
 * working in all of them, so every call is guarded and falls back to an in-memory map for the rest
 * of the page's life. Nothing is read or written at import time: the conversation decides when
 * (after the visitor first interacts).
 */

/** Where the conversation is kept: nowhere, this tab (default) or this browser. */
export type PersistenceMode = 'none' | 'session' | 'local';

export const PERSISTENCE_MODES: readonly PersistenceMode[] = ['none', 'session', 'local'];

/** The small slice of Web Storage iop-chat uses. Implementations may throw; wrappers here do not. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** The keys currently stored, so that "end chat" can clear everything iop-chat wrote. */
  keys?(): readonly string[];
}

/** What a Web Storage object looks like to us (sessionStorage, localStorage or a fake). */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** A plain in-memory storage: forgotten when the page goes away. */
export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    keys: () => [...items.keys()],
  };
}

function isWebStorageLike(value: unknown): value is WebStorageLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof WebStorageLike, unknown>>;
  return (
    typeof candidate.getItem === 'function' &&
    typeof candidate.setItem === 'function' &&
    typeof candidate.removeItem === 'function'
  );
}

/** Lists a Web Storage object's keys; [] when it cannot be enumerated or throws. */
export function listWebStorageKeys(storage: WebStorageLike): string[] {
  const out: string[] = [];
  try {
    const length = storage.length;
    if (typeof length !== 'number' || typeof storage.key !== 'function') return out;
    for (let i = 0; i < length && i < 10_000; i++) {
      const key = storage.key(i);
      if (typeof key === 'string') out.push(key);
    }
  } catch {
    // Enumeration is best effort.
  }
  return out;
}

/**
 * Wraps a storage obtained lazily from `getBackend` (called at most once, on first use) so that no
 * call ever throws. When the backend is missing or refuses access, everything lives in memory; when
 * a single write fails (quota), that key lives in memory and any stale stored copy is removed.
 */
export function wrapStorage(getBackend: () => unknown): KeyValueStorage {
  const memory = new Map<string, string>();
  let resolved = false;
  let backend: WebStorageLike | null = null;

  const getResolved = (): WebStorageLike | null => {
    if (!resolved) {
      resolved = true;
      try {
        const candidate = getBackend();
        backend = isWebStorageLike(candidate) ? candidate : null;
      } catch {
        backend = null;
      }
    }
    return backend;
  };

  return {
    getItem(key) {
      const inMemory = memory.get(key);
      if (inMemory !== undefined) return inMemory;
      const store = getResolved();
      if (!store) return null;
      try {
        const value = store.getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      const store = getResolved();
      if (store) {
        try {
          store.setItem(key, value);
          memory.delete(key);
          return;
        } catch {
          // Quota or access failure: keep it in memory and do not leave an outdated copy behind.
          try {
            store.removeItem(key);
          } catch {
            // Nothing more we can do.
          }
        }
      }
      memory.set(key, value);
    },
    removeItem(key) {
      memory.delete(key);
      const store = getResolved();
      if (!store) return;
      try {
        store.removeItem(key);
      } catch {
        // Already unreachable.
      }
    },
    keys() {
      const store = getResolved();
      const stored = store ? listWebStorageKeys(store) : [];
      return [...new Set([...stored, ...memory.keys()])];
    },
  };
}

/** Reads `globalThis[name]` without letting a SecurityError escape. */
function readGlobalStorage(name: 'sessionStorage' | 'localStorage'): unknown {
  try {
    return (globalThis as Partial<Record<typeof name, unknown>>)[name];
  } catch {
    return undefined;
  }
}

/**
 * The storage for a persistence mode: 'none' is memory only, 'session' is sessionStorage and
 * 'local' is localStorage, each wrapped so that it never throws and falls back to memory.
 * Unknown modes are treated as 'none'.
 */
export function resolveStorage(mode: PersistenceMode): KeyValueStorage {
  if (mode === 'session') return wrapStorage(() => readGlobalStorage('sessionStorage'));
  if (mode === 'local') return wrapStorage(() => readGlobalStorage('localStorage'));
  return memoryStorage();
}
