/**
 * The few runtime globals lead delivery touches (fetch, AbortController, timers, crypto), typed
 * minimally because core compiles without the DOM library. Browsers and Node 20 provide them all;
 * each is looked up when used, never at import time.
 */

/** The part of AbortSignal that senders use. A real AbortSignal fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
}

/** The request options `httpLeadSender` passes to fetch. */
export interface FetchInitLike {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  signal: AbortSignalLike;
  credentials: 'omit';
  mode: 'cors';
  redirect: 'error';
  referrerPolicy: 'no-referrer';
  cache: 'no-store';
}

/** The part of a stream reader that reading a capped body needs. */
export interface ByteReaderLike {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The part of a fetch Response that `httpLeadSender` reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** `getReader` where the body is a stream (fetch's): error bodies are then read with a cap. */
  readonly body: { cancel(): Promise<void>; getReader?(): ByteReaderLike } | null;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

interface PlatformGlobals {
  fetch?: FetchLike;
  AbortController?: new () => AbortControllerLike;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  crypto?: { randomUUID?: () => string; getRandomValues?: (array: Uint8Array) => Uint8Array };
}

const platform = globalThis as unknown as PlatformGlobals;

/** globalThis.fetch, called with globalThis as `this` (browsers insist). */
export function platformFetch(): FetchLike | undefined {
  const fetch = platform.fetch;
  return typeof fetch === 'function' ? (url, init) => fetch.call(globalThis, url, init) : undefined;
}

/** A tiny stand-in for environments without AbortController: aborting only flips the flag. */
function fallbackController(): AbortControllerLike {
  const listeners = new Set<() => void>();
  const signal = {
    aborted: false,
    addEventListener: (_type: 'abort', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'abort', listener: () => void) => listeners.delete(listener),
  };
  return {
    signal,
    abort() {
      if (signal.aborted) return;
      signal.aborted = true;
      for (const listener of listeners) listener();
    },
  };
}

export function createAbortController(): AbortControllerLike {
  const Controller = platform.AbortController;
  return typeof Controller === 'function' ? new Controller() : fallbackController();
}

export function startTimer(callback: () => void, ms: number): unknown {
  return platform.setTimeout?.call(globalThis, callback, ms);
}

export function stopTimer(handle: unknown): void {
  if (handle !== undefined) platform.clearTimeout?.call(globalThis, handle);
}

/** A random v4 UUID: crypto.randomUUID when present, else getRandomValues, else `random`. */
export function randomUuid(random: () => number = Math.random): string {
  const crypto = platform.crypto;
  try {
    if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID exists only in secure contexts in some browsers; fall through.
  }
  const bytes = new Uint8Array(16);
  try {
    if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
    else throw new Error('no getRandomValues');
  } catch {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256) & 0xff;
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
