/**
 * Where leads go. A `LeadSender` makes one attempt and says what happened; it never throws.
 * `httpLeadSender` POSTs JSON with an Idempotency-Key header, `functionLeadSender` adapts a
 * developer's own async function, and `combineSenders` sends to several destinations while
 * remembering which ones already have the lead, so that a retry only goes where it is missing.
 */
import type { Lead } from './lead-types.js';
import { readCapped } from '../platform/capped-body.js';
import { capText, cleanLine } from './lead-text.js';
import { MESSAGE_MAX, rejectedOutcome, retryOutcome, type SendOutcome } from './lead-outcome.js';
import {
  createAbortController,
  platformFetch,
  startTimer,
  stopTimer,
  type AbortSignalLike,
  type FetchLike,
  type FetchResponseLike,
} from './lead-platform.js';

/** One delivery attempt. Must resolve (never reject) and should stop early when `signal` aborts. */
export type LeadSender = (lead: Lead, signal: AbortSignalLike) => Promise<SendOutcome>;

export interface HttpLeadSenderOptions {
  /** The URL that receives leads (POST, JSON). */
  endpoint: string;
  /** Per-attempt time limit, including reading an error body. Default 10000. */
  timeoutMs?: number;
  /** Extra request headers (for example an API key). Cannot replace Content-Type or Idempotency-Key. */
  headers?: Readonly<Record<string, string>>;
  /** Longest Retry-After we honour. Default 60000. */
  maxRetryAfterMs?: number;
  /** Replaces globalThis.fetch (tests, custom transports). */
  fetch?: FetchLike;
}

/** Error bodies larger than this are not read. */
const MAX_ERROR_BODY = 16_384;
/** Plain-text error bodies longer than this are not shown (they are pages, not messages). */
const MAX_PLAIN_MESSAGE = 1000;

function cancelBody(response: FetchResponseLike): void {
  try {
    response.body?.cancel().catch(() => undefined);
  } catch {
    // Already consumed or locked: nothing to free.
  }
}

/** Retry-After as delay-seconds or an HTTP date, in ms, capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, capMs: number, now: number = Date.now()): number | undefined {
  const v = value?.trim() ?? '';
  if (v === '') return undefined;
  if (/^\d{1,10}$/.test(v)) return Math.min(Number(v) * 1000, capMs);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), capMs);
}

/**
 * The receiver's explanation for a refusal, but only when it is a short plain-text body or a JSON
 * `{ message }` / `{ error }` string. Controls are stripped and it is capped; show it as text only.
 */
async function readServerMessage(response: FetchResponseLike): Promise<string | undefined> {
  const length = Number(response.headers.get('content-length') ?? '0');
  if (!Number.isFinite(length) || length > MAX_ERROR_BODY) {
    cancelBody(response);
    return undefined;
  }
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const isJson = type.includes('json');
  if (!isJson && type !== '' && !type.startsWith('text/plain')) {
    cancelBody(response);
    return undefined;
  }
  let body: string | undefined;
  try {
    // Read as a stream and dropped past the cap, whatever Content-Length said (chunked, endless).
    body = await readCapped(response, MAX_ERROR_BODY);
  } catch {
    return undefined;
  }
  if (body === undefined) return undefined;
  let candidate: unknown = body;
  if (isJson) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { message, error } = parsed as { message?: unknown; error?: unknown };
      candidate = typeof message === 'string' ? message : error;
    } catch {
      return undefined;
    }
  } else if (body.length > MAX_PLAIN_MESSAGE || body.trimStart().startsWith('<')) {
    return undefined;
  }
  if (typeof candidate !== 'string') return undefined;
  const clean = capText(cleanLine(candidate), MESSAGE_MAX);
  return clean === '' ? undefined : clean;
}

async function classify(response: FetchResponseLike, lead: Lead, maxRetryAfterMs: number): Promise<SendOutcome> {
  const { status } = response;
  if (status >= 200 && status < 300) {
    // Whatever the body says, the receiver has the lead.
    cancelBody(response);
    return { kind: 'delivered' };
  }
  if (status === 409) {
    // The receiver already has a request with this key. If it names a different key, it is some
    // other conflict, and sending again will not help.
    const echoed = response.headers.get('idempotency-key');
    if (echoed === null || echoed.trim() === lead.id) {
      cancelBody(response);
      return { kind: 'delivered', duplicate: true };
    }
    return rejectedOutcome(status, await readServerMessage(response));
  }
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), maxRetryAfterMs);
    cancelBody(response);
    return retryOutcome(status === 429 ? 'rate-limited' : status === 408 ? 'timeout' : 'server', status, retryAfter);
  }
  if (status >= 400) return rejectedOutcome(status, await readServerMessage(response));
  // 1xx/3xx should not reach us (redirects are refused); treat as a passing server fault.
  cancelBody(response);
  return retryOutcome('server', status);
}

function requestHeaders(extra: Readonly<Record<string, string>>, lead: Lead): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra)) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && lower !== 'idempotency-key') headers[name] = value;
  }
  headers['Content-Type'] = 'application/json';
  headers['Idempotency-Key'] = lead.id;
  return headers;
}

/**
 * Sends each lead as a JSON POST with `Idempotency-Key: <lead.id>`; the receiver must deduplicate
 * by that key (and, cross-origin, allow the header in CORS). No cookies, no referrer, no redirects.
 *
 * 2xx, and 409 for the same key, mean delivered. 408/425/429/5xx, network errors and timeouts mean
 * try again later (honouring Retry-After). Any other 4xx is a permanent refusal.
 */
export function httpLeadSender(options: HttpLeadSenderOptions): LeadSender {
  const { endpoint, timeoutMs = 10_000, headers = {}, maxRetryAfterMs = 60_000 } = options;
  return async (lead, signal) => {
    const fetch = options.fetch ?? platformFetch();
    if (!fetch) return retryOutcome('network');
    if (signal.aborted) return retryOutcome('network');
    const controller = createAbortController();
    const clock = { timedOut: false };
    const timer = startTimer(() => {
      clock.timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => {
      controller.abort();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: requestHeaders(headers, lead),
        body: JSON.stringify(lead),
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      return await classify(response, lead, maxRetryAfterMs);
    } catch {
      return retryOutcome(clock.timedOut ? 'timeout' : 'network');
    } finally {
      stopTimer(timer);
      signal.removeEventListener('abort', onAbort);
    }
  };
}

/** What a developer's function may resolve with to refuse a lead (or ask for a retry). */
export interface LeadFunctionFailure {
  ok: false;
  /** false: refused for good. Anything else: try again later. */
  retry?: boolean;
  /** Shown to the visitor as plain text (controls stripped, at most 200 characters). */
  message?: string;
}

/**
 * Adapts `fn(lead, signal)`: resolving means delivered, unless it resolves with a
 * `LeadFunctionFailure`; throwing means try again later. `fn` receives a copy of the lead and should
 * use `lead.id` to deduplicate, since a lead may be offered again after a page reload.
 */
export function functionLeadSender(fn: (lead: Lead, signal: AbortSignalLike) => unknown): LeadSender {
  return async (lead, signal) => {
    try {
      const result: unknown = await fn(JSON.parse(JSON.stringify(lead)) as Lead, signal);
      if (typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false) {
        const { retry, message } = result as Partial<Record<keyof LeadFunctionFailure, unknown>>;
        if (retry === false) {
          const clean = typeof message === 'string' ? capText(cleanLine(message), MESSAGE_MAX) : '';
          return rejectedOutcome(undefined, clean || undefined);
        }
        return retryOutcome('server');
      }
      return { kind: 'delivered' };
    } catch {
      return retryOutcome('server');
    }
  };
}

/** The result of one round over several senders. */
export interface CombinedSendResult {
  /** delivered only when every sender has the lead. */
  outcome: SendOutcome;
  /** Names of the senders that have the lead, including those that had it before this round. */
  deliveredTo: string[];
}

export interface CombinedSender {
  readonly names: readonly string[];
  /** Sends to every sender not listed in `alreadyDelivered`, in parallel. Never rejects. */
  send(lead: Lead, signal: AbortSignalLike, alreadyDelivered: readonly string[]): Promise<CombinedSendResult>;
}

function isOutcome(value: unknown): value is SendOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, error } = value as { kind?: unknown; error?: unknown };
  return kind === 'delivered' || ((kind === 'retry' || kind === 'rejected') && typeof error === 'object' && error !== null);
}

async function attempt(sender: LeadSender, lead: Lead, signal: AbortSignalLike): Promise<SendOutcome> {
  try {
    const outcome: unknown = await sender(lead, signal);
    return isOutcome(outcome) ? outcome : retryOutcome('server');
  } catch {
    return retryOutcome('server');
  }
}

/**
 * Several destinations ("both"), keyed by a name that must stay the same across page loads. A lead
 * counts as delivered once every destination has it. While any destination can still succeed the
 * round asks for a retry (the longest Retry-After wins); when none can, it is rejected. With no
 * senders at all nothing is ever reported delivered, so leads are never silently dropped.
 */
export function combineSenders(senders: Readonly<Record<string, LeadSender>>): CombinedSender {
  const entries = Object.entries(senders).filter((entry) => typeof entry[1] === 'function');
  const names = entries.map(([name]) => name);
  return {
    names,
    async send(lead, signal, alreadyDelivered) {
      const had = new Set(alreadyDelivered.filter((name) => names.includes(name)));
      if (entries.length === 0) return { outcome: retryOutcome('server'), deliveredTo: [] };
      const todo = entries.filter(([name]) => !had.has(name));
      const results = await Promise.all(todo.map(async ([name, sender]) => [name, await attempt(sender, lead, signal)] as const));
      for (const [name, outcome] of results) if (outcome.kind === 'delivered') had.add(name);
      const deliveredTo = names.filter((name) => had.has(name));
      const outcomes = results.map(([, outcome]) => outcome);
      const retries = outcomes.filter((o) => o.kind === 'retry');
      const firstRetry = retries[0];
      if (firstRetry) {
        const waits = retries.flatMap((o) => (o.retryAfterMs === undefined ? [] : [o.retryAfterMs]));
        const outcome: SendOutcome = waits.length > 0 ? { ...firstRetry, retryAfterMs: Math.max(...waits) } : firstRetry;
        return { outcome, deliveredTo };
      }
      const rejected = outcomes.find((o) => o.kind === 'rejected');
      return { outcome: rejected ?? { kind: 'delivered' }, deliveredTo };
    },
  };
}
