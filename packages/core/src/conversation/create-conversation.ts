/**
 * createConversation(): a conversation with everything loaded up front (Node, tests, headless
 * drivers): every event is handled synchronously, the self-check and contact form included.
 */
import { contactService } from '../leads/contact-service.js';
import type { Questionnaire } from '../screening/questionnaire-types.js';
import { createScreeningService } from '../screening/screening-service.js';
import { loadedService } from './lazy-service.js';
import { resumable } from './persistence.js';
import { startConversation, type Conversation, type ConversationServices, type CreateConversationOptions } from './start-conversation.js';

export type { Conversation, ConversationServices, CreateConversationOptions } from './start-conversation.js';

/** Services loaded up front: the self-check for `questionnaire` (config.questionnaire) and the contact code. */
export function loadedServices(questionnaire?: unknown): ConversationServices {
  return { screening: loadedService(createScreeningService(questionnaire)), contact: loadedService(contactService) };
}

export function createConversation(options: CreateConversationOptions): Conversation & { readonly questionnaire: Questionnaire } {
  const conversation = startConversation(options, {
    services: (config) => loadedServices(config.questionnaire),
    resume: (saved, { screening }) => (screening.current ? resumable(saved, screening.current.questionnaire) : saved),
  });
  return conversation as Conversation & { readonly questionnaire: Questionnaire };
}
