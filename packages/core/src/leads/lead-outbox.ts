/**
 * The outbox: leads waiting to be delivered, kept in storage so they survive a page reload.
 *
 * Storage is the source of truth while it works: every change re-reads it, applies the change and
 * writes it back, so two delivery instances on the same storage (an old page still finishing a
 * request, a new page after reload) see each other's progress. Any storage call that throws
 * (disabled, quota, private mode) switches to an in-memory copy for the rest of the page's life
 * (a later successful write switches back); the lead is never lost on the way. Stored data is
 * untrusted: anything unreadable, of another format or not a valid lead is ignored.
 *
 * Delivered leads are removed, but their ids are remembered (ids only, the most recent 100), so a
 * stale copy of a lead that was in fact delivered is never sent again. A lead the receiver refused
 * for good is removed the same way (its contact details with it): only its id and the refusal are
 * kept, so the visitor can still be told. With `maxAgeMs`, a lead older than that (from its
 * `createdAt`) is removed when the outbox is read, and the remembered ids go too once nothing was
 * written for that long: nothing the visitor typed outlives the retention period.
 */
import type { KeyValueStorage } from '../storage/safe-storage.js';
import type { Lead } from './lead-types.js';
import { restoreLead } from './lead-validation.js';
import { toDeliveryError, type DeliveryError } from './lead-outcome.js';
import { OUTBOX_KEY } from './outbox-key.js';

export { OUTBOX_KEY };

export type OutboxStatus = 'pending' | 'sending' | 'delivered' | 'failed-permanent';

export interface OutboxEntry {
  lead: Lead;
  /** Attempts started so far (an attempt counts from the moment it is claimed). */
  attempts: number;
  /** Epoch ms before which a pending entry is not sent. */
  nextAttemptAt: number;
  status: OutboxStatus;
  lastError?: DeliveryError;
  /** Epoch ms when the current attempt was claimed; only while 'sending'. */
  sendingSince?: number;
  /** Names of the senders that already have this lead (see `combineSenders`). */
  deliveredTo?: string[];
}

export interface LeadOutbox {
  /** false while storage is failing and the outbox lives in memory only. */
  readonly persistent: boolean;
  list(): OutboxEntry[];
  get(id: string): OutboxEntry | undefined;
  /** Adds a new entry (ignored when the id was already delivered). */
  put(entry: OutboxEntry): void;
  /**
   * Read-modify-write of one entry. `change` returns the new entry, or null for "leave it".
   * Returns the entry as written, or undefined when it is missing or was left unchanged.
   */
  update(id: string, change: (entry: OutboxEntry) => OutboxEntry | null): OutboxEntry | undefined;
  /** Removes the entry and remembers that its id was delivered. */
  markDelivered(id: string): void;
  isDelivered(id: string): boolean;
  /** Removes the entry, contact details and all, and remembers only its id and the refusal. */
  markRefused(id: string, error: DeliveryError): void;
  /** Why the receiver refused this lead for good, if it did. */
  refusal(id: string): DeliveryError | undefined;
  /** 'sending' entries claimed at least `staleMs` ago (and not in `skip`) go back to 'pending'. */
  recoverStale(now: number, staleMs: number, skip?: ReadonlySet<string>): string[];
  /** Forgets everything, in storage and in memory. */
  clear(): void;
}

export interface LeadOutboxOptions {
  /** sessionStorage-compatible; omitted or null means memory only. */
  storage?: KeyValueStorage | null;
  /** Default 'iop-chat:leads' (the `iop-chat:` prefix lets "end chat" find it). */
  key?: string;
  /** Leads older than this (from their `createdAt`) are removed when read. Default: no limit. */
  maxAgeMs?: number;
  /** Clock for `maxAgeMs`, for tests. Default Date.now. */
  now?: () => number;
}

const FORMAT = 1;
const MAX_DELIVERED_IDS = 100;
const STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'delivered', 'failed-permanent'];

/** A lead refused for good: its id and why, nothing the visitor typed. */
interface Refusal {
  id: string;
  error: DeliveryError;
}

interface OutboxState {
  entries: OutboxEntry[];
  delivered: string[];
  refused: Refusal[];
  /** Epoch ms of the last write (0 when unknown); remembered ids expire with it. */
  savedAt: number;
  /** Something read had to be dropped (refused under an older version, expired): write it back. */
  dirty?: boolean;
}

const empty = (): OutboxState => ({ entries: [], delivered: [], refused: [], savedAt: 0 });

function restoreRefusal(value: unknown): Refusal | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, error } = value as { id?: unknown; error?: unknown };
  const checked = toDeliveryError(error);
  return typeof id === 'string' && checked?.kind === 'rejected' ? { id, error: checked } : undefined;
}

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function restoreEntry(value: unknown): OutboxEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Partial<Record<keyof OutboxEntry, unknown>>;
  const lead = restoreLead(raw.lead);
  if (!lead) return undefined;
  // A valid lead in a damaged entry is kept and simply tried again.
  const status = STATUSES.find((s) => s === raw.status) ?? 'pending';
  const entry: OutboxEntry = {
    lead,
    attempts: Math.floor(nonNegative(raw.attempts) ?? 0),
    nextAttemptAt: nonNegative(raw.nextAttemptAt) ?? 0,
    status,
  };
  const lastError = toDeliveryError(raw.lastError);
  if (lastError) entry.lastError = lastError;
  if (status === 'sending') entry.sendingSince = nonNegative(raw.sendingSince) ?? 0;
  if (Array.isArray(raw.deliveredTo)) {
    entry.deliveredTo = raw.deliveredTo.filter((name): name is string => typeof name === 'string').slice(0, 20);
  }
  return entry;
}

/** Parses stored text; anything unexpected yields an empty outbox. Never throws. */
function parse(text: string | null): OutboxState {
  if (text === null) return empty();
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return empty();
    const { v, entries, delivered, refused, savedAt } = data as Partial<Record<keyof OutboxState | 'v', unknown>>;
    if (v !== FORMAT || !Array.isArray(entries)) return empty();
    const state = empty();
    state.savedAt = nonNegative(savedAt) ?? 0;
    if (Array.isArray(delivered)) {
      state.delivered = delivered.filter((id): id is string => typeof id === 'string').slice(-MAX_DELIVERED_IDS);
    }
    if (Array.isArray(refused)) {
      state.refused = refused.flatMap((item) => restoreRefusal(item) ?? []).slice(-MAX_DELIVERED_IDS);
    }
    const seen = new Set([...state.delivered, ...state.refused.map((r) => r.id)]);
    for (const item of entries) {
      const entry = restoreEntry(item);
      if (!entry || seen.has(entry.lead.id)) continue;
      seen.add(entry.lead.id);
      if (entry.status === 'delivered') state.delivered.push(entry.lead.id);
      else if (entry.status === 'failed-permanent' && entry.lastError?.kind === 'rejected') {
        // Refused for good under an older version, which kept the lead: keep only the refusal.
        state.refused.push({ id: entry.lead.id, error: entry.lastError });
        state.dirty = true;
      } else state.entries.push(entry);
    }
    return state;
  } catch {
    return empty();
  }
}

/** The entry without its 'sending' claim time. */
export function withoutClaim(entry: OutboxEntry): OutboxEntry {
  const rest = { ...entry };
  delete rest.sendingSince;
  return rest;
}

function copy(state: OutboxState): OutboxState {
  return JSON.parse(JSON.stringify(state)) as OutboxState;
}

/** Drops what is older than `maxAgeMs`: leads by their createdAt, remembered ids with the last write. */
function expire(state: OutboxState, now: number, maxAgeMs: number): void {
  const young = (at: number): boolean => now - at <= maxAgeMs;
  const entries = state.entries.filter((entry) => young(Date.parse(entry.lead.createdAt)));
  if (entries.length < state.entries.length) {
    state.entries = entries;
    state.dirty = true;
  }
  if (entries.length === 0 && (state.delivered.length > 0 || state.refused.length > 0) && !young(state.savedAt)) {
    state.delivered = [];
    state.refused = [];
    state.dirty = true;
  }
}

export function createLeadOutbox(options: LeadOutboxOptions = {}): LeadOutbox {
  const storage = options.storage ?? null;
  const key = options.key ?? OUTBOX_KEY;
  const { maxAgeMs } = options;
  const now = options.now ?? Date.now;
  let memory = empty();
  let usingMemory = storage === null;

  const save = (state: OutboxState): void => {
    state.delivered = state.delivered.slice(-MAX_DELIVERED_IDS);
    state.refused = state.refused.slice(-MAX_DELIVERED_IDS);
    state.savedAt = now();
    delete state.dirty;
    memory = copy(state);
    if (!storage) return;
    try {
      if (state.entries.length === 0 && state.delivered.length === 0 && state.refused.length === 0) storage.removeItem(key);
      else {
        const { entries, delivered, refused, savedAt } = state;
        storage.setItem(key, JSON.stringify({ v: FORMAT, entries, delivered, ...(refused.length > 0 ? { refused } : {}), savedAt }));
      }
      usingMemory = false;
    } catch {
      usingMemory = true;
    }
  };

  const load = (): OutboxState => {
    if (!usingMemory && storage) {
      try {
        const text = storage.getItem(key);
        memory = parse(typeof text === 'string' ? text : null);
      } catch {
        usingMemory = true;
      }
    }
    if (maxAgeMs !== undefined) expire(memory, now(), maxAgeMs);
    // What had to go (expired, or refused under an older version) leaves storage now.
    if (memory.dirty) save(copy(memory));
    return copy(memory);
  };

  return {
    get persistent() {
      return !usingMemory;
    },
    list: () => load().entries,
    get: (id) => load().entries.find((entry) => entry.lead.id === id),
    put(entry) {
      const state = load();
      const id = entry.lead.id;
      if (state.delivered.includes(id) || state.refused.some((r) => r.id === id)) return;
      state.entries = state.entries.filter((e) => e.lead.id !== entry.lead.id);
      state.entries.push(entry);
      save(state);
    },
    update(id, change) {
      const state = load();
      const index = state.entries.findIndex((entry) => entry.lead.id === id);
      const current = state.entries[index];
      if (!current) return undefined;
      const next = change(current);
      if (next === null) return undefined;
      state.entries[index] = next;
      save(state);
      return next;
    },
    markDelivered(id) {
      const state = load();
      state.entries = state.entries.filter((entry) => entry.lead.id !== id);
      if (!state.delivered.includes(id)) state.delivered.push(id);
      save(state);
    },
    isDelivered: (id) => load().delivered.includes(id),
    markRefused(id, error) {
      const state = load();
      state.entries = state.entries.filter((entry) => entry.lead.id !== id);
      state.refused = [...state.refused.filter((r) => r.id !== id), { id, error }];
      save(state);
    },
    refusal: (id) => load().refused.find((r) => r.id === id)?.error,
    recoverStale(now, staleMs, skip) {
      const state = load();
      const recovered: string[] = [];
      state.entries = state.entries.map((entry) => {
        if (entry.status !== 'sending' || skip?.has(entry.lead.id)) return entry;
        if (now - (entry.sendingSince ?? 0) < staleMs) return entry;
        recovered.push(entry.lead.id);
        return { ...withoutClaim(entry), status: 'pending', nextAttemptAt: now };
      });
      if (recovered.length > 0) save(state);
      return recovered;
    },
    clear() {
      memory = empty();
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        // Unreachable storage holds nothing we can remove.
      }
    },
  };
}
