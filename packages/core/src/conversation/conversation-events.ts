/**
 * Everything that can happen to a conversation, as lowercase dot-namespaced events. The widget
 * (or any driver: a test, a headless script) sends these; nothing else changes the state.
 */
import type { LeadDeliveryParentEvent } from '../leads/lead-delivery-actor.js';
import type { LeadInput } from '../leads/lead-types.js';
import type { Choice } from './transcript.js';

export type ConversationEvent =
  /** The visitor typed and sent a message. Checked for danger first, in every state. */
  | { type: 'visitor.message'; text: string }
  /** The visitor picked a chip. */
  | { type: 'visitor.choose'; choice: Choice }
  | { type: 'screening.answer'; questionId: string; choice: string | readonly string[] }
  | { type: 'screening.back' }
  | { type: 'screening.stop' }
  | { type: 'contact.submit'; input: LeadInput; includeScreening?: boolean }
  | { type: 'contact.cancel' }
  | { type: 'lead.retry'; leadId?: string }
  /** The visitor answered the crisis card's safety question. */
  | { type: 'crisis.respond'; answer: 'safe' | 'not-safe' }
  /** "Need help now?": show the crisis resources again. */
  | { type: 'crisis.show' }
  /** The browser is back online: try waiting leads now. */
  | { type: 'network.online' }
  /** The page is visible again: send waiting leads that are due (their backoff is kept). */
  | { type: 'page.visible' }
  /** End chat: clear the conversation and everything stored. */
  | { type: 'chat.end' }
  | LeadDeliveryParentEvent;

export type ConversationEventType = ConversationEvent['type'];
