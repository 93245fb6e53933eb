/**
 * Analytics events: what happened in the chat, as ids and outcomes only.
 *
 * These leave iop-chat (to `onEvent`, to the host page's analytics), so they never carry what the
 * visitor wrote or how to contact them. `sanitizeEvent` rebuilds every event from an allow-list of
 * keys per type and only accepts id-shaped strings, so even a mistaken caller cannot smuggle message
 * text, an email address or a phone number out through an event.
 */
import { CRISIS_KINDS, type CrisisKind } from '../safety/crisis-kinds.js';

export type LeadMethod = 'call' | 'text' | 'email';

export type ChatEvent =
  | { readonly type: 'chat.opened' }
  | { readonly type: 'chat.closed' }
  | { readonly type: 'chat.ended' }
  | { readonly type: 'topic.answered'; readonly entryId: string; readonly score: number }
  | { readonly type: 'topic.clarified'; readonly candidates: readonly string[] }
  | { readonly type: 'fallback'; readonly repeated: boolean }
  | { readonly type: 'screening.started' }
  | { readonly type: 'screening.completed'; readonly bandId: string }
  | { readonly type: 'lead.submitted'; readonly method: LeadMethod }
  | { readonly type: 'lead.delivered' }
  | { readonly type: 'lead.failed'; readonly reason: string }
  | { readonly type: 'crisis.shown'; readonly kind: CrisisKind }
  | { readonly type: 'quick-exit' };

export type ChatEventType = ChatEvent['type'];

/** How each field is checked: an id, a list of ids, a number, a boolean or one of fixed values. */
type FieldRule = 'id' | 'ids' | 'number' | 'boolean' | readonly string[];

const LEAD_METHODS: readonly LeadMethod[] = ['call', 'text', 'email'];

/** The allow-list: every event type and the only keys it may carry. */
const EVENT_FIELDS: { readonly [K in ChatEventType]: Readonly<Record<string, FieldRule>> } = {
  'chat.opened': {},
  'chat.closed': {},
  'chat.ended': {},
  'topic.answered': { entryId: 'id', score: 'number' },
  'topic.clarified': { candidates: 'ids' },
  fallback: { repeated: 'boolean' },
  'screening.started': {},
  'screening.completed': { bandId: 'id' },
  'lead.submitted': { method: LEAD_METHODS },
  'lead.delivered': {},
  'lead.failed': { reason: 'id' },
  'crisis.shown': { kind: CRISIS_KINDS },
  'quick-exit': {},
};

export const CHAT_EVENT_TYPES = Object.keys(EVENT_FIELDS) as readonly ChatEventType[];

/**
 * Ids and outcome codes: letters, digits and `. _ : -`, no spaces, at most 80 characters. Sentences,
 * email addresses (@) and formatted phone numbers do not fit.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const MAX_CANDIDATES = 20;

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

function checkField(rule: FieldRule, value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (rule === 'id') return isId(value) ? { ok: true, value } : { ok: false };
  if (rule === 'ids') {
    if (!Array.isArray(value) || value.length > MAX_CANDIDATES) return { ok: false };
    const ids: unknown[] = [...(value as unknown[])];
    return ids.every(isId) ? { ok: true, value: Object.freeze(ids) } : { ok: false };
  }
  if (rule === 'number') {
    return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : { ok: false };
  }
  if (rule === 'boolean') return typeof value === 'boolean' ? { ok: true, value } : { ok: false };
  return typeof value === 'string' && rule.includes(value) ? { ok: true, value } : { ok: false };
}

function isEventType(value: unknown): value is ChatEventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_FIELDS, value);
}

/**
 * Rebuilds an event (frozen) from its allow-listed keys, or returns null when the type is unknown or a
 * required field is missing or not id-shaped. Extra keys (text, email, phone...) are dropped.
 * Never throws, whatever it is given.
 */
export function sanitizeEvent(event: unknown): ChatEvent | null {
  try {
    if (typeof event !== 'object' || event === null) return null;
    const source = event as Record<string, unknown>;
    const type = source.type;
    if (!isEventType(type)) return null;
    const out: Record<string, unknown> = { type };
    for (const [field, rule] of Object.entries(EVENT_FIELDS[type])) {
      const value = Object.prototype.hasOwnProperty.call(source, field) ? source[field] : undefined;
      const checked = checkField(rule, value);
      if (!checked.ok) return null;
      out[field] = checked.value;
    }
    return Object.freeze(out) as ChatEvent;
  } catch {
    // A hostile object (throwing getter, revoked proxy) is not an event.
    return null;
  }
}

export type ChatEventListener = (event: ChatEvent) => void;

export interface EventEmitter {
  /** Sanitises and delivers an event. Never throws, even when a listener does. */
  emit(event: ChatEvent): void;
  /** Adds a listener; returns a function that removes it. */
  subscribe(listener: ChatEventListener): () => void;
}

/**
 * An emitter for chat events. Listeners (the integrator's `onEvent`, analytics bridges) run
 * synchronously; whatever they throw, or reject with, is passed to `onListenerError` and otherwise
 * ignored, so analytics can never break the conversation.
 */
export function createEventEmitter(
  listener?: ChatEventListener,
  onListenerError?: (error: unknown) => void,
): EventEmitter {
  // Listeners may be async despite their type; treat what they return as unknown.
  const listeners = new Set<(event: ChatEvent) => unknown>();
  if (typeof listener === 'function') listeners.add(listener);

  const fail = (error: unknown): void => {
    try {
      onListenerError?.(error);
    } catch {
      // Ignored on purpose.
    }
  };

  return {
    emit(event) {
      const clean = sanitizeEvent(event);
      if (!clean) return;
      for (const current of [...listeners]) {
        try {
          const result: unknown = current(clean);
          if (typeof result === 'object' && result !== null && 'then' in result) {
            const then: unknown = result.then;
            if (typeof then === 'function') then.call(result, undefined, fail);
          }
        } catch (error) {
          fail(error);
        }
      }
    },
    subscribe(next: ChatEventListener) {
      listeners.add(next);
      return () => {
        listeners.delete(next);
      };
    },
  };
}
