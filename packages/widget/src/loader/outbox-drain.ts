/**
 * The script tag's outbox drain, bundled on its own to `iop-chat-outbox.js` beside the loader. The
 * loader imports it only when storage holds a contact request a previous page could not send (an
 * endpoint error, a reload mid-send), and it sends that request on this page without the visitor
 * touching the chat: with core's lead delivery, over the same outbox, claims, backoff and
 * Idempotency-Key as the chat, to `data-lead-endpoint`. It tries again when the browser comes
 * back online (at once) or the page becomes visible (what is due), and removes what is older than
 * `data-retention-hours`. When the chat itself loads, the drain hands over: it starts no new
 * attempt, the one on the wire finishes and records its outcome, and only then does the chat's
 * own delivery start, so one delivery owns the outbox at a time and nothing is sent twice.
 */
import { attemptTimeoutFor, createLeadDelivery, deliverySettingsFromAttributes, httpLeadSender, resolveStorage, retentionMs } from '@iop-chat/core';
import type { OutboxDrain } from './mount-options.js';

export type { OutboxDrain, OutboxDrainChunk } from './mount-options.js';

/** Starts sending what the outbox holds; undefined when there is nowhere to send it. */
export function drainOutbox(attributes: Readonly<Record<string, string>>): OutboxDrain | undefined {
  const settings = deliverySettingsFromAttributes(attributes);
  const endpoint = settings.leadEndpoint;
  if (!endpoint || settings.persistence === 'none') return undefined;
  const delivery = createLeadDelivery({
    storage: resolveStorage(settings.persistence),
    // Named as the chat names it (core's start-conversation.ts), so each reads the other's progress.
    senders: { endpoint: httpLeadSender({ endpoint, timeoutMs: settings.leadTimeoutMs }) },
    attemptTimeoutMs: attemptTimeoutFor(settings.leadTimeoutMs),
    maxAgeMs: retentionMs(settings.retentionHours),
  });
  const online = (): void => {
    delivery.flush();
  };
  const visible = (): void => {
    if (document.visibilityState === 'visible') delivery.resume();
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', visible);
  delivery.resume();
  return {
    handOver() {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
      return delivery.release();
    },
  };
}
