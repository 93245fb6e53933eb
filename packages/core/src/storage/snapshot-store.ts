/**
 * A versioned, validated snapshot in storage: the conversation saved after each step so that a
 * page reload does not lose it.
 *
 * Stored data is untrusted (another version of the widget, a browser extension or a person may have
 * changed it). Anything that is not exactly what this version wrote and validates is removed and
 * treated as "nothing saved". Every key is prefixed with `iop-chat:` so that ending the chat or the
 * quick exit can remove everything iop-chat ever stored with `clearAllIopChatStorage`.
 */
import { listWebStorageKeys, type KeyValueStorage, type WebStorageLike } from './safe-storage.js';

/** Every key iop-chat writes starts with this. */
export const STORAGE_PREFIX = 'iop-chat:';

/** Why a snapshot could not be read or written. */
export type SnapshotProblem =
  | 'corrupt'
  | 'version'
  | 'invalid'
  | 'expired'
  | 'serialize'
  | 'storage';

export interface SnapshotError {
  readonly operation: 'read' | 'write' | 'clear';
  readonly problem: SnapshotProblem;
  readonly error?: unknown;
}

export interface SnapshotStoreOptions<T> {
  readonly storage: KeyValueStorage;
  /** Storage key; `iop-chat:` is prepended when missing. */
  readonly key: string;
  /** Bump when the shape of T changes; older snapshots are then discarded. */
  readonly version: number;
  /** Checks the stored data really is a T. A throwing validator counts as "not a T". */
  readonly validate: (value: unknown) => value is T;
  /** Snapshots older than this are discarded (default: no limit). */
  readonly maxAgeMs?: number;
  /** Told about discarded snapshots and failed writes; errors it throws are ignored. */
  readonly onError?: (error: SnapshotError) => void;
  /** Clock, for tests. */
  readonly now?: () => number;
}

export interface SnapshotStore<T> {
  /** The saved value, or null when there is none or it is unusable (which is then removed). */
  read(): T | null;
  /** Saves the value. Never throws. */
  write(value: T): void;
  /** Removes the saved value. Never throws. */
  clear(): void;
}

interface Envelope {
  readonly v: number;
  readonly savedAt: number;
  readonly data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Partial<Record<keyof Envelope, unknown>>;
  return typeof e.v === 'number' && typeof e.savedAt === 'number' && 'data' in e;
}

export function createSnapshotStore<T>(options: SnapshotStoreOptions<T>): SnapshotStore<T> {
  const { storage, version, validate, maxAgeMs, onError } = options;
  const key = options.key.startsWith(STORAGE_PREFIX) ? options.key : STORAGE_PREFIX + options.key;
  const now = options.now ?? Date.now;

  const report = (error: SnapshotError): void => {
    try {
      onError?.(error);
    } catch {
      // A failing reporter must not break the chat.
    }
  };
  const remove = (): void => {
    try {
      storage.removeItem(key);
    } catch (error) {
      report({ operation: 'clear', problem: 'storage', error });
    }
  };
  const discard = (problem: SnapshotProblem, error?: unknown): null => {
    remove();
    report(error === undefined ? { operation: 'read', problem } : { operation: 'read', problem, error });
    return null;
  };

  return {
    read() {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch (error) {
        report({ operation: 'read', problem: 'storage', error });
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (error) {
        return discard('corrupt', error);
      }
      if (!isEnvelope(parsed)) return discard('corrupt');
      if (parsed.v !== version) return discard('version');
      if (maxAgeMs !== undefined && !(now() - parsed.savedAt <= maxAgeMs)) return discard('expired');
      let valid = false;
      try {
        valid = validate(parsed.data);
      } catch (error) {
        return discard('invalid', error);
      }
      return valid ? (parsed.data as T) : discard('invalid');
    },
    write(value) {
      let serialized: string;
      try {
        serialized = JSON.stringify({ v: version, savedAt: now(), data: value } satisfies Envelope);
      } catch (error) {
        report({ operation: 'write', problem: 'serialize', error });
        return;
      }
      try {
        storage.setItem(key, serialized);
      } catch (error) {
        report({ operation: 'write', problem: 'storage', error });
      }
    },
    clear: remove,
  };
}

/**
 * Removes every `iop-chat:` key from a storage (end chat, quick exit) and leaves the host page's own
 * keys alone. Works with `resolveStorage` wrappers, memory storage and raw Web Storage objects.
 * Returns how many keys were removed. Never throws.
 */
export function clearAllIopChatStorage(storage: KeyValueStorage | WebStorageLike): number {
  let keys: readonly string[] = [];
  try {
    const withKeys = storage as KeyValueStorage;
    keys = typeof withKeys.keys === 'function' ? withKeys.keys() : listWebStorageKeys(storage);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const key of keys) {
    if (typeof key !== 'string' || !key.startsWith(STORAGE_PREFIX)) continue;
    try {
      storage.removeItem(key);
      removed++;
    } catch {
      // Keep going: remove as much as we can.
    }
  }
  return removed;
}
