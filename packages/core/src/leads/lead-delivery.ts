/**
 * Lead delivery: takes a submitted contact form, stores it in the outbox before anything is sent,
 * and delivers it with retries until every destination has it.
 *
 * Guarantees: a lead is persisted before the first attempt; the same lead id is used for every
 * attempt (receivers deduplicate by it); one instance never sends the same lead twice at once, and
 * instances sharing storage leave a lead alone while another has claimed it (until that claim is
 * older than the attempt timeout, e.g. the page that claimed it was reloaded); a delivered lead is
 * never sent again; a lead the receiver refuses for good (a 4xx) is not sent again either, and
 * leaves the outbox with its contact details (only its id and the refusal stay); after
 * `maxAttempts` the lead stays in the outbox as failed, for the visitor to retry or call. Retries
 * use exponential backoff with full jitter, honouring Retry-After. With `maxAgeMs`, a lead not
 * delivered within that time is removed from the outbox and never sent.
 */
import type { KeyValueStorage } from '../storage/safe-storage.js';
import type { LeadErrors, LeadSubmission } from './lead-types.js';
import { LEAD_MESSAGES } from './lead-messages.js';
import { buildLead, validateLead } from './lead-validation.js';
import { createLeadOutbox, withoutClaim, type OutboxEntry } from './lead-outbox.js';
import { retryOutcome, type DeliveryError } from './lead-outcome.js';
import { combineSenders, type CombinedSendResult, type LeadSender } from './lead-senders.js';
import { createAbortController, randomUuid, startTimer, stopTimer, type AbortControllerLike } from './lead-platform.js';

export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Largest delay between attempts (Retry-After included). */
  maxMs: number;
  /** Attempts before the lead is reported failed (it stays in the outbox). */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = { baseMs: 1000, maxMs: 60_000, maxAttempts: 8 };

/**
 * The attempt timeout for a sender that waits `senderTimeoutMs` (a lead endpoint's timeout): a
 * little longer, so that the sender's own timeout ends an attempt first and a claim is taken over
 * only when its page is really gone. Every delivery on one outbox must use the same.
 */
export function attemptTimeoutFor(senderTimeoutMs: number): number {
  return senderTimeoutMs + 5_000;
}

/** What the UI shows for one lead. */
export type LeadDeliveryStatus =
  | { leadId: string; status: 'sending'; attempts: number }
  | { leadId: string; status: 'sent' }
  | { leadId: string; status: 'retrying'; attempts: number; nextAttemptAt: number; error?: DeliveryError }
  | { leadId: string; status: 'failed'; attempts: number; message: string; hint: string; error?: DeliveryError }
  | { leadId: string; status: 'rejected'; message: string; error?: DeliveryError };

export type LeadSubmitResult = { ok: true; leadId: string } | { ok: false; errors: LeadErrors };

export interface LeadDeliveryOptions {
  /** sessionStorage-compatible storage for the outbox; omitted or null keeps it in memory. */
  storage?: KeyValueStorage | null;
  /** Storage key of the outbox (default 'iop-chat:leads'). */
  storageKey?: string;
  /**
   * Leads not delivered this long after they were submitted are removed from the outbox (contact
   * details and all) and never sent. Default: no limit.
   */
  maxAgeMs?: number;
  /** One sender, or several by stable name (a lead is sent when all of them have it). */
  senders: LeadSender | Readonly<Record<string, LeadSender>>;
  backoff?: Partial<BackoffOptions>;
  /**
   * Longest wait for one attempt; a claim older than this (left by a reloaded page) is taken over.
   * Keep it above the senders' own timeouts. Default 30000.
   */
  attemptTimeoutMs?: number;
  now?: () => number;
  /** Uniform in [0, 1), for jitter. */
  random?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Idempotency keys; default crypto.randomUUID (with fallbacks). */
  createId?: () => string;
  /** Told about every status change. Errors it throws are ignored. */
  onChange?: (status: LeadDeliveryStatus) => void;
}

export interface LeadDelivery {
  /** Validates, stores, then starts sending. Nothing is stored when the input is invalid. */
  submit(input: LeadSubmission): LeadSubmitResult;
  /**
   * On page load: reports and re-schedules whatever the outbox holds. `known` are leads the page
   * shows as not yet settled (a restored conversation): those another page or tab delivered or
   * refused meanwhile are reported as such too.
   */
  resume(known?: readonly string[]): void;
  /** Tries waiting leads now (for example when the browser is back online). */
  flush(): void;
  /** The visitor asks to try again: failed or rejected leads (all, or one) start afresh; waiting ones go now. */
  retry(leadId?: string): void;
  status(leadId: string): LeadDeliveryStatus | undefined;
  /** Status of every lead in the outbox (all of them not yet sent). */
  list(): LeadDeliveryStatus[];
  /** End chat: forgets all leads (storage included) and stops retrying. Requests already on the wire finish unobserved. */
  clear(): void;
  /** Stops timers and aborts attempts in flight; their leads wait in the outbox for the next instance. */
  dispose(): void;
  /**
   * Hands the outbox over to another instance on the same storage (the chat taking over from the
   * script tag's outbox drain): starts no more attempts, lets those on the wire finish and record
   * their outcome, and resolves once they have. Nothing is aborted, so nothing is sent twice.
   */
  release(): Promise<void>;
}

/** An attempt in flight; `attempt` and `since` identify our claim on the stored entry. */
interface InFlight {
  controller: AbortControllerLike;
  attempt: number;
  since: number;
  /** The attempt's time limit (a timer handle). */
  deadline?: unknown;
}

const holds = (entry: OutboxEntry, attempt: number, since: number): boolean =>
  entry.status === 'sending' && entry.attempts === attempt && entry.sendingSince === since;

/** What the visitor is told about a lead the receiver refused for good. */
export function refusedStatus(leadId: string, error: DeliveryError): LeadDeliveryStatus {
  return { leadId, status: 'rejected', message: error.message ?? LEAD_MESSAGES.deliveryRejected, error };
}

export function toLeadStatus(entry: OutboxEntry): LeadDeliveryStatus {
  const leadId = entry.lead.id;
  const { attempts, lastError: error } = entry;
  switch (entry.status) {
    case 'delivered':
      return { leadId, status: 'sent' };
    case 'failed-permanent':
      if (error?.kind === 'rejected') return refusedStatus(leadId, error);
      return { leadId, status: 'failed', attempts, message: LEAD_MESSAGES.deliveryFailed, hint: LEAD_MESSAGES.deliveryFailedHint, error };
    case 'pending':
      if (attempts > 0) return { leadId, status: 'retrying', attempts, nextAttemptAt: entry.nextAttemptAt, error };
      return { leadId, status: 'sending', attempts };
    case 'sending':
      return { leadId, status: 'sending', attempts };
  }
}

export function createLeadDelivery(options: LeadDeliveryOptions): LeadDelivery {
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  const maxAttempts = Math.max(1, Math.floor(backoff.maxAttempts));
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? startTimer;
  const clearTimer = options.clearTimer ?? stopTimer;
  const createId = options.createId ?? ((): string => randomUuid(random));
  const { onChange } = options;
  const senders = combineSenders(typeof options.senders === 'function' ? { default: options.senders } : options.senders);
  const outbox = createLeadOutbox({
    storage: options.storage ?? null,
    key: options.storageKey,
    ...(options.maxAgeMs === undefined ? {} : { maxAgeMs: options.maxAgeMs }),
    now,
  });

  const timers = new Map<string, unknown>();
  const inFlight = new Map<string, InFlight>();
  /** Attempts under way, for `release` to wait on. */
  const running = new Set<Promise<void>>();
  const lastReported = new Map<string, string>();
  let generation = 0;
  let disposed = false;
  /** Disposed or released: no new attempts, no timers. */
  let stopped = false;

  const report = (status: LeadDeliveryStatus): void => {
    if (disposed) return; // the listener (a stopped actor's parent, a removed widget) is gone
    const key = JSON.stringify(status);
    if (lastReported.get(status.leadId) === key) return;
    lastReported.set(status.leadId, key);
    try {
      onChange?.(status);
    } catch {
      // A failing listener must not stop delivery.
    }
  };

  const cancelTimer = (id: string): void => {
    const handle = timers.get(id);
    if (handle === undefined) return;
    timers.delete(id);
    clearTimer(handle);
  };

  const schedule = (id: string, at: number): void => {
    cancelTimer(id);
    if (stopped) return;
    const handle = setTimer(
      () => {
        timers.delete(id);
        pump(id);
      },
      Math.max(0, at - now()),
    );
    timers.set(id, handle);
  };

  /** Full jitter: uniform in [0, min(maxMs, baseMs * 2^(attempts-1))), at least Retry-After. */
  const delayFor = (attempts: number, retryAfterMs?: number): number => {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attempts - 1, 30));
    const r = Math.min(Math.max(random(), 0), 1);
    const jitter = Math.floor(r * ceiling);
    return retryAfterMs === undefined ? jitter : Math.min(Math.max(retryAfterMs, jitter), backoff.maxMs);
  };

  /** Starts an attempt if the lead is due and nobody holds it; otherwise schedules a later look. */
  function pump(id: string): void {
    if (stopped || inFlight.has(id)) return;
    const t = now();
    const claimed = outbox.update(id, (entry) => {
      // Times further ahead than we ever schedule (clock changed, tampered storage) count as now.
      const since = entry.sendingSince ?? 0;
      const stale = entry.status === 'sending' && (t - since >= attemptTimeoutMs || since - t > attemptTimeoutMs);
      const due = entry.status === 'pending' && (entry.nextAttemptAt <= t || entry.nextAttemptAt - t > backoff.maxMs);
      if (!stale && !due) return null;
      return { ...entry, status: 'sending', attempts: entry.attempts + 1, sendingSince: t };
    });
    if (claimed) {
      cancelTimer(id);
      report(toLeadStatus(claimed));
      const run = attempt(claimed);
      running.add(run);
      void run.finally(() => running.delete(run));
      return;
    }
    const entry = outbox.get(id);
    if (!entry) {
      cancelTimer(id);
      const refusal = outbox.refusal(id);
      if (outbox.isDelivered(id)) report({ leadId: id, status: 'sent' });
      else if (refusal) report(refusedStatus(id, refusal));
      return;
    }
    report(toLeadStatus(entry));
    if (entry.status === 'pending') schedule(id, entry.nextAttemptAt);
    // Claimed by another instance: look again when that claim goes stale.
    else if (entry.status === 'sending') schedule(id, Math.min(entry.sendingSince ?? 0, t) + attemptTimeoutMs);
  }

  async function attempt(entry: OutboxEntry): Promise<void> {
    const id = entry.lead.id;
    const round = generation;
    const controller = createAbortController();
    const claim: InFlight = { controller, attempt: entry.attempts, since: entry.sendingSince ?? 0 };
    inFlight.set(id, claim);
    // Ends the attempt at its time limit, or at once when aborted (dispose), even if a sender hangs.
    const cutOff = new Promise<CombinedSendResult>((resolve) => {
      const give = (kind: 'timeout' | 'network'): void => {
        resolve({ outcome: retryOutcome(kind), deliveredTo: [] });
      };
      controller.signal.addEventListener('abort', () => {
        give('network');
      });
      claim.deadline = setTimer(() => {
        give('timeout');
        controller.abort();
      }, attemptTimeoutMs);
    });
    let result: CombinedSendResult;
    try {
      result = await Promise.race([senders.send(entry.lead, controller.signal, entry.deliveredTo ?? []), cutOff]);
    } catch {
      result = { outcome: retryOutcome('network'), deliveredTo: [] };
    } finally {
      clearTimer(claim.deadline);
      if (inFlight.get(id) === claim) inFlight.delete(id);
    }
    if (round !== generation) return; // cleared meanwhile: the visitor asked us to forget
    settle(id, claim, result);
  }

  function settle(id: string, claim: InFlight, { outcome, deliveredTo }: CombinedSendResult): void {
    if (outcome.kind === 'delivered') {
      // True whoever holds the claim now, and even after dispose.
      outbox.markDelivered(id);
      cancelTimer(id);
      report({ leadId: id, status: 'sent' });
      return;
    }
    const current = outbox.get(id);
    if (outcome.kind === 'rejected' && !disposed && current && holds(current, claim.attempt, claim.since)) {
      // Final: the lead leaves the outbox, contact details and all.
      outbox.markRefused(id, outcome.error);
      cancelTimer(id);
      report(refusedStatus(id, outcome.error));
      return;
    }
    const t = now();
    const held = { owned: false };
    const next = outbox.update(id, (entry) => {
      const progress = [...new Set([...(entry.deliveredTo ?? []), ...deliveredTo])];
      const withProgress: OutboxEntry = progress.length > 0 ? { ...entry, deliveredTo: progress } : entry;
      // Someone else took this lead over (or dispose released it): record progress only.
      if (disposed || !holds(entry, claim.attempt, claim.since)) {
        return progress.length > (entry.deliveredTo?.length ?? 0) ? withProgress : null;
      }
      held.owned = true;
      const rest = withoutClaim(withProgress);
      // (A refusal of a lead we hold never gets here: it was handled above.)
      const gaveUp = outcome.kind === 'rejected' || entry.attempts >= maxAttempts;
      if (gaveUp) return { ...rest, status: 'failed-permanent', lastError: outcome.error, nextAttemptAt: t };
      const delay = delayFor(entry.attempts, outcome.retryAfterMs);
      return { ...rest, status: 'pending', lastError: outcome.error, nextAttemptAt: t + delay };
    });
    if (!held.owned || !next) return;
    report(toLeadStatus(next));
    if (next.status === 'pending') schedule(id, next.nextAttemptAt);
  }

  const ids = (): string[] => outbox.list().map((entry) => entry.lead.id);

  return {
    submit(input) {
      const checked = validateLead(input);
      if (!checked.ok) return checked;
      const screening: unknown = (input as { screening?: unknown } | null)?.screening;
      const source: unknown = (input as { source?: unknown } | null)?.source;
      const lead = buildLead(checked.lead, { id: createId(), createdAt: new Date(now()).toISOString(), screening, source });
      outbox.put({ lead, attempts: 0, nextAttemptAt: now(), status: 'pending' });
      report({ leadId: lead.id, status: 'sending', attempts: 0 });
      pump(lead.id);
      return { ok: true, leadId: lead.id };
    },
    resume(known = []) {
      if (stopped) return;
      outbox.recoverStale(now(), attemptTimeoutMs, new Set(inFlight.keys()));
      const waiting = ids();
      for (const id of waiting) pump(id);
      for (const id of known) {
        if (waiting.includes(id)) continue;
        const refusal = outbox.refusal(id);
        if (outbox.isDelivered(id)) report({ leadId: id, status: 'sent' });
        else if (refusal) report(refusedStatus(id, refusal));
      }
    },
    flush() {
      if (stopped) return;
      const t = now();
      for (const id of ids()) {
        outbox.update(id, (e) => (e.status === 'pending' && e.nextAttemptAt > t ? { ...e, nextAttemptAt: t } : null));
        pump(id);
      }
    },
    retry(leadId) {
      if (stopped) return;
      const t = now();
      // A refused lead is final: nothing of it is left to send; the visitor is told again.
      const refusal = leadId === undefined ? undefined : outbox.refusal(leadId);
      if (leadId !== undefined && refusal) report(refusedStatus(leadId, refusal));
      for (const id of ids()) {
        if (leadId !== undefined && id !== leadId) continue;
        outbox.update(id, (e) => {
          if (e.status === 'failed-permanent') return { ...e, status: 'pending', attempts: 0, nextAttemptAt: t };
          if (e.status === 'pending' && e.nextAttemptAt > t) return { ...e, nextAttemptAt: t };
          return null;
        });
        pump(id);
      }
    },
    status(leadId) {
      const entry = outbox.get(leadId);
      if (entry) return toLeadStatus(entry);
      if (outbox.isDelivered(leadId)) return { leadId, status: 'sent' };
      const refusal = outbox.refusal(leadId);
      return refusal ? refusedStatus(leadId, refusal) : undefined;
    },
    list: () => outbox.list().map(toLeadStatus),
    clear() {
      generation++;
      for (const id of [...timers.keys()]) cancelTimer(id);
      // Requests already on the wire finish on their own; their results are ignored.
      for (const claim of inFlight.values()) clearTimer(claim.deadline);
      inFlight.clear();
      lastReported.clear();
      outbox.clear();
    },
    release() {
      stopped = true;
      for (const id of [...timers.keys()]) cancelTimer(id);
      return Promise.all(running).then(() => undefined);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      stopped = true;
      for (const id of [...timers.keys()]) cancelTimer(id);
      const t = now();
      for (const [id, claim] of inFlight) {
        claim.controller.abort();
        // Hand the lead back right away rather than waiting for the claim to go stale.
        outbox.update(id, (e) => {
          if (!holds(e, claim.attempt, claim.since)) return null;
          return { ...withoutClaim(e), status: 'pending', nextAttemptAt: t };
        });
      }
      inFlight.clear();
    },
  };
}
