/**
 * Lead delivery as an XState v5 callback actor, for the conversation machine to invoke. It resumes
 * the outbox when it starts, takes `lead.*` events, and reports every status change to its parent
 * as `lead.status` (or `lead.invalid` when a submitted form does not validate).
 */
import { loadedService } from '../conversation/lazy-service.js';
import type { LeadErrors, LeadSubmission } from './lead-types.js';
import { createLeadDelivery, type LeadDeliveryOptions, type LeadDeliveryStatus } from './lead-delivery.js';
import { leadDeliveryActorFor } from './lead-delivery-actor-for.js';

/** Events the actor accepts. */
export type LeadDeliveryActorEvent =
  | { type: 'lead.submit'; input: LeadSubmission }
  | { type: 'lead.retry'; leadId?: string }
  | { type: 'lead.flush' }
  /** Looks at the outbox again (the page is visible again): sends what is due, keeps the backoff. */
  | { type: 'lead.resume' }
  | { type: 'lead.clear' };

/** Events the actor sends to its parent. */
export type LeadDeliveryParentEvent =
  | ({ type: 'lead.status' } & LeadDeliveryStatus)
  | { type: 'lead.invalid'; errors: LeadErrors };

/** The actor's input: the delivery options, minus onChange (statuses go to the parent). */
export type LeadDeliveryActorInput = Omit<LeadDeliveryOptions, 'onChange'> & {
  /**
   * Delivery starts (the outbox is resumed, events are handled) only once this settles, so that
   * one delivery owns the outbox at a time: the script tag's outbox drain hands over with it.
   */
  readonly after?: PromiseLike<unknown>;
  /** Leads the conversation shows as not yet settled; see `LeadDelivery.resume`. */
  readonly known?: readonly string[];
};

/** The actor with delivery loaded up front. `leadDeliveryActorFor` takes a delivery loaded on first use. */
export const leadDeliveryActor = leadDeliveryActorFor(loadedService({ createLeadDelivery }));
