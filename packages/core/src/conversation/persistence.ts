/**
 * Keeping a conversation across page loads: what is saved (state + plain context), how a saved
 * copy is checked before it is trusted (an old or tampered snapshot must never crash a new
 * release), and nothing at all before the visitor has interacted.
 */
import type { KeyValueStorage } from '../storage/safe-storage.js';
import { createSnapshotStore, STORAGE_PREFIX, type SnapshotStore } from '../storage/snapshot-store.js';
import { restoreScreening } from '../screening/questionnaire-engine.js';
import type { Questionnaire } from '../screening/questionnaire-types.js';
import { CRISIS_KINDS, isCrisisKind } from '../safety/crisis-kinds.js';
import type { ConversationContext } from './conversation-context.js';
import type { ConversationStateValue } from './conversation-machine.js';
import type { ChatAction, TranscriptItemType } from './transcript.js';

/** Bump when ConversationContext or TranscriptItem change shape: older snapshots are dropped. */
export const CONVERSATION_SNAPSHOT_VERSION = 1;
export const CONVERSATION_STORAGE_KEY = 'iop-chat:conversation';

/**
 * The storage key a conversation saves under, given the integrator's `storageKey` (if any). Every
 * key starts with `iop-chat:`, so that ending a chat (or quick exit) can find it.
 */
export function conversationStorageKey(storageKey?: string): string {
  if (storageKey === undefined) return CONVERSATION_STORAGE_KEY;
  return storageKey.startsWith(STORAGE_PREFIX) ? storageKey : STORAGE_PREFIX + storageKey;
}

export interface SavedConversation {
  readonly state: ConversationStateValue;
  readonly context: ConversationContext;
}

const STATES: readonly string[] = ['chatting', 'screening', 'contact', 'crisis'];
const MAX_ITEMS = 500;

type Check = (value: unknown) => boolean;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isStrings: Check = (value) => Array.isArray(value) && value.every(isString);
const oneOf =
  (allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value);
const ACTIONS: readonly ChatAction[] = ['start-screening', 'contact', 'topics', 'crisis-resources', 'continue-screening', 'stop-screening'];
const LEAD_STATUSES: readonly string[] = ['sending', 'sent', 'retrying', 'failed', 'rejected'];

/** An object with exactly these keys (own keys only: a stored `__proto__` is a key like any other), each passing its check. */
function hasExactly(value: unknown, fields: Readonly<Record<string, Check>>): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  const expected = Object.keys(fields);
  return keys.length === expected.length && Object.entries(fields).every(([key, check]) => Object.hasOwn(value, key) && check(value[key]));
}

const isChoice: Check = (value) =>
  hasExactly(value, { kind: oneOf(['topic']), id: isString }) ||
  hasExactly(value, { kind: oneOf(['action']), id: oneOf(ACTIONS) }) ||
  hasExactly(value, { kind: oneOf(['option']), questionId: isString, optionIds: isStrings });

/** The fields of each transcript item type besides `id` and `type`, as the widget renders them. */
const ITEM_FIELDS: { readonly [T in TranscriptItemType]: Readonly<Record<string, Check>> } = {
  greeting: {},
  'visitor-text': { text: isString },
  'visitor-choice': { choice: isChoice },
  answer: { entryId: isString, followUps: isStrings, offers: (value) => Array.isArray(value) && value.every(oneOf(ACTIONS)) },
  clarify: { candidates: isStrings },
  fallback: { repeated: isBoolean, suggestions: isStrings, reason: oneOf(['small-talk', 'off-topic', 'not-understood']) },
  crisis: { kind: oneOf([...CRISIS_KINDS, 'general']), someoneElse: isBoolean, immediate: isBoolean },
  'crisis-ack': { answer: oneOf(['safe', 'not-safe']) },
  'gentle-check': {},
  'screening-intro': {},
  'screening-question': { questionId: isString },
  'screening-result': { bandId: isString, reasons: isStrings },
  'screening-stopped': {},
  contact: { form: isBoolean, openNow: (value) => value === null || typeof value === 'boolean' },
  'lead-status': { leadId: isString },
};

/** Fields an item may have or not (items saved before they existed have not). */
const OPTIONAL_FIELDS: { readonly [T in TranscriptItemType]?: Readonly<Record<string, Check>> } = {
  crisis: { lang: oneOf(['es']) },
  'gentle-check': { kind: oneOf(CRISIS_KINDS), lang: oneOf(['es']) },
};

const isItemId: Check = (value) => Number.isSafeInteger(value);

function isItem(value: unknown): boolean {
  if (!isObject(value) || typeof value['type'] !== 'string' || !Object.hasOwn(ITEM_FIELDS, value['type'])) return false;
  const type = value['type'] as TranscriptItemType;
  const required: Readonly<Record<string, Check>> = { id: isItemId, type: isString, ...ITEM_FIELDS[type] };
  const optional = OPTIONAL_FIELDS[type] ?? {};
  return (
    Object.entries(required).every(([key, check]) => Object.hasOwn(value, key) && check(value[key])) &&
    Object.keys(value).every((key) => Object.hasOwn(required, key) || (Object.hasOwn(optional, key) && (optional[key]?.(value[key]) ?? false)))
  );
}

/** Greeting first, every item well-formed, ids strictly increasing and below nextId. */
function isTranscript(value: unknown, nextId: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ITEMS || !value.every(isItem)) return false;
  const items = value as readonly { id: number; type: string }[];
  let previous = -Infinity;
  for (const item of items) {
    if (item.id <= previous) return false;
    previous = item.id;
  }
  return items[0]?.type === 'greeting' && isItemId(nextId) && (nextId as number) > previous;
}

const CONTEXT_FIELDS: Readonly<Record<keyof ConversationContext, Check>> = {
  transcript: () => true, // checked with nextId below
  nextId: isItemId,
  interacted: isBoolean,
  fallbacks: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  crisis: (value) => hasExactly(value, { happened: isBoolean, kinds: (kinds) => Array.isArray(kinds) && kinds.every(isCrisisKind), acknowledgedSafe: isBoolean }),
  screening: (value) => value === null || isObject(value), // checked against the questionnaire by `resumable`
  screeningBand: (value) => value === null || isString(value),
  contactErrors: (value) => isObject(value) && Object.values(value).every(isString),
  leads: (value) =>
    isObject(value) &&
    Object.entries(value).every(([id, status]) => isObject(status) && status['leadId'] === id && LEAD_STATUSES.includes(status['status'] as string)),
  resumeIn: (value) => value === null || STATES.includes(value as string),
};

/**
 * Structural check of a saved conversation, down to each transcript item's fields; anything
 * unexpected (a missing or extra key, a wrong type, an item the widget could not render) means
 * "start fresh".
 */
export function isSavedConversation(value: unknown): value is SavedConversation {
  if (!hasExactly(value, { state: oneOf(STATES), context: isObject })) return false;
  const c = (value as { context: Record<string, unknown> }).context;
  return hasExactly(c, CONTEXT_FIELDS) && isTranscript(c['transcript'], c['nextId']);
}

/**
 * How long a saved conversation is kept after its last step unless configured otherwise
 * (`retentionHours`): a day. A conversation about abuse or drugs must not reappear a year later on
 * a shared computer (with `persistence: 'local'`); a visitor who comes back the same day finds it.
 */
export const CONVERSATION_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * The saved conversation in `storage`. `key` defaults to CONVERSATION_STORAGE_KEY; several chats on
 * one page pass their own (`iop-chat:` is prepended when missing, so ending a chat still finds it).
 * A conversation older than `maxAgeMs` (default CONVERSATION_MAX_AGE_MS) is removed when it is read.
 */
export function conversationStore(
  storage: KeyValueStorage,
  key: string = CONVERSATION_STORAGE_KEY,
  now: () => number = Date.now,
  maxAgeMs: number = CONVERSATION_MAX_AGE_MS,
): SnapshotStore<SavedConversation> {
  return createSnapshotStore({
    storage,
    key,
    version: CONVERSATION_SNAPSHOT_VERSION,
    validate: isSavedConversation,
    maxAgeMs,
    now,
  });
}

/**
 * Makes a saved conversation safe to resume with this questionnaire: a self-check saved against
 * another version of the questionnaire is dropped (the conversation itself is kept).
 */
export function resumable(saved: SavedConversation, questionnaire: Questionnaire): SavedConversation {
  const screening = saved.context.screening === null ? null : (restoreScreening(questionnaire, saved.context.screening) ?? null);
  const state = saved.state === 'screening' && screening === null ? 'chatting' : saved.state;
  return { state, context: { ...saved.context, screening, resumeIn: null } };
}
