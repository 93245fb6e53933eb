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
 * stale copy of a lead that was in fact delivered is never sent again.
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
}

const FORMAT = 1;
const MAX_DELIVERED_IDS = 100;
const STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'delivered', 'failed-permanent'];

interface OutboxState {
  entries: OutboxEntry[];
  delivered: string[];
}

const empty = (): OutboxState => ({ entries: [], delivered: [] });

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
    const { v, entries, delivered } = data as { v?: unknown; entries?: unknown; delivered?: unknown };
    if (v !== FORMAT || !Array.isArray(entries)) return empty();
    const state = empty();
    if (Array.isArray(delivered)) {
      state.delivered = delivered.filter((id): id is string => typeof id === 'string').slice(-MAX_DELIVERED_IDS);
    }
    const seen = new Set(state.delivered);
    for (const item of entries) {
      const entry = restoreEntry(item);
      if (!entry || seen.has(entry.lead.id)) continue;
      seen.add(entry.lead.id);
      if (entry.status === 'delivered') state.delivered.push(entry.lead.id);
      else state.entries.push(entry);
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

export function createLeadOutbox(options: LeadOutboxOptions = {}): LeadOutbox {
  const storage = options.storage ?? null;
  const key = options.key ?? OUTBOX_KEY;
  let memory = empty();
  let usingMemory = storage === null;

  const load = (): OutboxState => {
    if (!usingMemory && storage) {
      try {
        const text = storage.getItem(key);
        memory = parse(typeof text === 'string' ? text : null);
      } catch {
        usingMemory = true;
      }
    }
    return copy(memory);
  };

  const save = (state: OutboxState): void => {
    state.delivered = state.delivered.slice(-MAX_DELIVERED_IDS);
    memory = copy(state);
    if (!storage) return;
    try {
      if (state.entries.length === 0 && state.delivered.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify({ v: FORMAT, entries: state.entries, delivered: state.delivered }));
      usingMemory = false;
    } catch {
      usingMemory = true;
    }
  };

  return {
    get persistent() {
      return !usingMemory;
    },
    list: () => load().entries,
    get: (id) => load().entries.find((entry) => entry.lead.id === id),
    put(entry) {
      const state = load();
      if (state.delivered.includes(entry.lead.id)) return;
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
