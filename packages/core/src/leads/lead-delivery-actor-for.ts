/**
 * The lead-delivery actor over a delivery that may not be loaded yet (see LazyService). With the
 * delivery code already in, it is exactly the eager actor: it resumes the outbox when it starts and
 * handles each event as it comes. Without it, nothing is loaded until there is work: a lead
 * submitted, or leads a previous page left in the outbox (looked for at start and on each event,
 * so that going back online with nothing waiting loads nothing). Events that arrive meanwhile are
 * kept and handled in order, after the outbox has resumed. A failed load loses nothing: the
 * outbox stays in storage, and the next event or load (a retry) picks it up. With `after` in the
 * input, delivery also waits for that to settle (another delivery handing the outbox over).
 */
import { fromCallback } from 'xstate';
import type { LazyService } from '../conversation/lazy-service.js';
import type { ContactService } from './contact-service.js';
import type { LeadDeliveryActorEvent, LeadDeliveryActorInput, LeadDeliveryParentEvent } from './lead-delivery-actor.js';
import type { LeadDelivery } from './lead-delivery.js';
import { OUTBOX_KEY } from './outbox-key.js';

type DeliverySource = LazyService<Pick<ContactService, 'createLeadDelivery'>>;

/** Whether storage holds an outbox (a read that throws holds nothing the outbox could read either). */
function hasStoredLeads(input: LeadDeliveryActorInput): boolean {
  try {
    return input.storage?.getItem(input.storageKey ?? OUTBOX_KEY) != null;
  } catch {
    return false;
  }
}

export function leadDeliveryActorFor(source: DeliverySource) {
  return fromCallback<LeadDeliveryActorEvent, LeadDeliveryActorInput>(({ input, sendBack, receive }) => {
    const send = (event: LeadDeliveryParentEvent): void => {
      sendBack(event);
    };
    const { after, known, ...options } = input;
    let delivery: LeadDelivery | undefined;
    let stopped = false;
    /** Whether the outbox is ours: nothing to wait for, or `after` has settled. */
    let handedOver = after === undefined;
    const held: LeadDeliveryActorEvent[] = [];

    const handle = (active: LeadDelivery, event: LeadDeliveryActorEvent): void => {
      switch (event.type) {
        case 'lead.submit': {
          const result = active.submit(event.input);
          if (!result.ok) send({ type: 'lead.invalid', errors: result.errors });
          break;
        }
        case 'lead.retry':
          active.retry(event.leadId);
          break;
        case 'lead.flush':
          active.flush();
          break;
        case 'lead.resume':
          active.resume();
          break;
        case 'lead.clear':
          active.clear();
          break;
      }
    };

    /** The delivery, created (and the outbox resumed, then the held events handled) once the code is in. */
    const ready = (): LeadDelivery | undefined => {
      const service = source.current;
      if (delivery || stopped || !service || !handedOver) return delivery;
      const created = service.createLeadDelivery({
        ...options,
        onChange: (status) => {
          send({ type: 'lead.status', ...status });
        },
      });
      delivery = created;
      created.resume(known);
      for (const event of held.splice(0)) handle(created, event);
      return created;
    };
    const fetchCode = (): void => {
      source.load().catch(() => undefined);
    };

    receive((event) => {
      const active = ready();
      if (active) {
        handle(active, event);
        return;
      }
      // With nothing in the outbox, a retry, flush or clear has nothing to act on.
      if (event.type !== 'lead.submit' && held.length === 0 && !hasStoredLeads(input)) return;
      held.push(event);
      // Forgetting leads is no reason to load the code that sends them.
      if (event.type !== 'lead.clear') fetchCode();
    });
    if (after !== undefined) {
      const take = (): void => {
        handedOver = true;
        ready();
      };
      void Promise.resolve(after).then(take, take);
    }
    if (!ready()) {
      void source.loaded.then(ready);
      if (hasStoredLeads(input)) fetchCode();
    }
    return () => {
      stopped = true;
      delivery?.dispose();
    };
  });
}
