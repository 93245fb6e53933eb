/**
 * Keeping a conversation across page loads: what is saved (state + plain context), how a saved
 * copy is checked before it is trusted (an old or tampered snapshot must never crash a new
 * release), and nothing at all before the visitor has interacted.
 */
import type { KeyValueStorage } from '../storage/safe-storage.js';
import { createSnapshotStore, type SnapshotStore } from '../storage/snapshot-store.js';
import { restoreScreening } from '../screening/questionnaire-engine.js';
import type { Questionnaire } from '../screening/questionnaire-types.js';
import type { ConversationContext } from './conversation-context.js';
import type { ConversationStateValue } from './conversation-machine.js';

/** Bump when ConversationContext or TranscriptItem change shape: older snapshots are dropped. */
export const CONVERSATION_SNAPSHOT_VERSION = 1;
export const CONVERSATION_STORAGE_KEY = 'iop-chat:conversation';

export interface SavedConversation {
  readonly state: ConversationStateValue;
  readonly context: ConversationContext;
}

const STATES: readonly string[] = ['chatting', 'screening', 'contact', 'crisis'];
const ITEM_TYPES: readonly string[] = [
  'greeting', 'visitor-text', 'visitor-choice', 'answer', 'clarify', 'fallback', 'crisis', 'crisis-ack', 'gentle-check',
  'screening-intro', 'screening-question', 'screening-result', 'screening-stopped', 'contact', 'lead-status',
];
const MAX_ITEMS = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural check of a saved conversation; anything unexpected means "start fresh". */
export function isSavedConversation(value: unknown): value is SavedConversation {
  if (!isObject(value) || typeof value['state'] !== 'string' || !STATES.includes(value['state'])) return false;
  const c = value['context'];
  if (!isObject(c)) return false;
  const t = c['transcript'];
  if (!Array.isArray(t) || t.length === 0 || t.length > MAX_ITEMS) return false;
  if (!t.every((item) => isObject(item) && typeof item['id'] === 'number' && typeof item['type'] === 'string' && ITEM_TYPES.includes(item['type']))) return false;
  const crisis = c['crisis'];
  return (
    typeof c['nextId'] === 'number' &&
    typeof c['interacted'] === 'boolean' &&
    typeof c['fallbacks'] === 'number' &&
    isObject(crisis) &&
    typeof crisis['happened'] === 'boolean' &&
    Array.isArray(crisis['kinds']) &&
    (c['screeningBand'] === null || typeof c['screeningBand'] === 'string') &&
    isObject(c['leads']) &&
    isObject(c['contactErrors'])
  );
}

/**
 * The saved conversation in `storage`. `key` defaults to CONVERSATION_STORAGE_KEY; several chats on
 * one page pass their own (`iop-chat:` is prepended when missing, so ending a chat still finds it).
 */
export function conversationStore(storage: KeyValueStorage, key: string = CONVERSATION_STORAGE_KEY): SnapshotStore<SavedConversation> {
  return createSnapshotStore({
    storage,
    key,
    version: CONVERSATION_SNAPSHOT_VERSION,
    validate: isSavedConversation,
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
