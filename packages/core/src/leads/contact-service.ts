/**
 * What a contact request needs once the visitor asks for one, as one service for the conversation:
 * the form's checks, delivery with its outbox, and the senders for `leadEndpoint` and
 * `leadSender`. This module is what the chat imports on first use of the contact form (or at
 * start, when a previous page left leads waiting), so it alone pulls in lead delivery.
 */
import { createLeadDelivery } from './lead-delivery.js';
import { functionLeadSender, httpLeadSender } from './lead-senders.js';
import { validateLead } from './lead-validation.js';

export interface ContactService {
  readonly validateLead: typeof validateLead;
  readonly createLeadDelivery: typeof createLeadDelivery;
  readonly httpLeadSender: typeof httpLeadSender;
  readonly functionLeadSender: typeof functionLeadSender;
}

export const contactService: ContactService = { validateLead, createLeadDelivery, httpLeadSender, functionLeadSender };
