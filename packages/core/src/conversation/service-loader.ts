/**
 * Waits for a lazily loaded service on behalf of the state that needs it (the self-check, the
 * contact form): starts the load, keeps the events the state forwards meanwhile, and reports
 * `<service>.ready` with them once the service is in, for the state to handle them in order.
 *
 * A failed load is not reported here: it is shown where the conversation is rendered, with a way
 * to try again (any later `load()` of the same service), and this loader reports when that one
 * succeeds. Stopped with its state (the visitor left, a crisis took over), it reports nothing.
 */
import { fromCallback } from 'xstate';
import type { ConversationEvent } from './conversation-events.js';
import type { LazyService } from './lazy-service.js';

export type ServiceReadyEvent =
  | { type: 'screening.ready'; held: readonly ConversationEvent[] }
  | { type: 'contact.ready'; held: readonly ConversationEvent[] };

export function serviceLoader(service: LazyService<unknown>, ready: ServiceReadyEvent['type']) {
  return fromCallback<ConversationEvent>(({ sendBack, receive }) => {
    const held: ConversationEvent[] = [];
    let stopped = false;
    receive((event) => {
      held.push(event);
    });
    void service.loaded.then(() => {
      if (!stopped) sendBack({ type: ready, held: held.splice(0) });
    });
    service.load().catch(() => undefined);
    // Stopped before the code came (a crisis, the visitor left, a load that keeps failing): drop
    // what was held, so a promise that may never settle keeps no visitor text alive.
    return () => {
      stopped = true;
      held.length = 0;
    };
  });
}
