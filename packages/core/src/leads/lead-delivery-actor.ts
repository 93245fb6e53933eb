/**
 * Lead delivery as an XState v5 callback actor, for the conversation machine to invoke. It resumes
 * the outbox when it starts, takes `lead.*` events, and reports every status change to its parent
 * as `lead.status` (or `lead.invalid` when a submitted form does not validate).
 */
import { fromCallback } from 'xstate';
import type { LeadErrors, LeadSubmission } from './lead-types.js';
import { createLeadDelivery, type LeadDeliveryOptions, type LeadDeliveryStatus } from './lead-delivery.js';

/** Events the actor accepts. */
export type LeadDeliveryActorEvent =
  | { type: 'lead.submit'; input: LeadSubmission }
  | { type: 'lead.retry'; leadId?: string }
  | { type: 'lead.flush' }
  | { type: 'lead.clear' };

/** Events the actor sends to its parent. */
export type LeadDeliveryParentEvent =
  | ({ type: 'lead.status' } & LeadDeliveryStatus)
  | { type: 'lead.invalid'; errors: LeadErrors };

/** The actor's input: the delivery options, minus onChange (statuses go to the parent). */
export type LeadDeliveryActorInput = Omit<LeadDeliveryOptions, 'onChange'>;

export const leadDeliveryActor = fromCallback<LeadDeliveryActorEvent, LeadDeliveryActorInput>(({ input, sendBack, receive }) => {
  const send = (event: LeadDeliveryParentEvent): void => {
    sendBack(event);
  };
  const delivery = createLeadDelivery({
    ...input,
    onChange: (status) => {
      send({ type: 'lead.status', ...status });
    },
  });
  receive((event) => {
    switch (event.type) {
      case 'lead.submit': {
        const result = delivery.submit(event.input);
        if (!result.ok) send({ type: 'lead.invalid', errors: result.errors });
        break;
      }
      case 'lead.retry':
        delivery.retry(event.leadId);
        break;
      case 'lead.flush':
        delivery.flush();
        break;
      case 'lead.clear':
        delivery.clear();
        break;
    }
  });
  delivery.resume();
  return () => {
    delivery.dispose();
  };
});
