/**
 * createLazyConversation(): the same conversation, with the self-check and the contact form's code
 * (checks, lead delivery, senders) imported the first time they are needed, so a chat opens
 * without them. This is what the widget uses. Until a service is in, its state waits (see the
 * machine); `conversation.ready()` loads both at once for a driver that wants everything now.
 *
 * A saved conversation resumes as it was saved: a self-check in it is checked against the
 * questionnaire when the self-check's code arrives, and leads waiting in the outbox load the
 * contact code at start.
 */
import type { ContactService } from '../leads/contact-service.js';
import type { ScreeningService } from '../screening/screening-service.js';
import { lazyService } from './lazy-service.js';
import { startConversation, type Conversation, type ConversationServices, type CreateConversationOptions } from './start-conversation.js';

/** Services imported on first use: the self-check for `questionnaire` (config.questionnaire) and the contact code. */
export function lazyServices(questionnaire?: unknown): ConversationServices {
  return {
    screening: lazyService<ScreeningService>(() =>
      import('../screening/screening-service.js').then(({ createScreeningService }) => createScreeningService(questionnaire)),
    ),
    contact: lazyService<ContactService>(() => import('../leads/contact-service.js').then(({ contactService }) => contactService)),
  };
}

export function createLazyConversation(options: CreateConversationOptions): Conversation {
  // A saved conversation needs no preparing: the machine takes `resumeIn` from the saved state,
  // and checks a saved self-check against the questionnaire when its code arrives.
  return startConversation(options, { services: (config) => lazyServices(config.questionnaire) });
}
