/**
 * Whether storage holds a contact request waiting to be sent, so that the loader fetches its small
 * outbox drain (`iop-chat-outbox.js`) only then: a page without one loads nothing more. It only
 * reads (a page whose visitor never used the chat stores nothing), and it looks for the outbox's
 * stored form (core's lead-outbox.ts) without trusting it: the drain checks each entry again.
 */

/** Core's OUTBOX_KEY (leads/outbox-key.ts; the loader imports nothing from core). */
export const OUTBOX_KEY = 'iop-chat:leads';

/** True when the storage `data-persistence` names holds a pending (or half-sent) contact request. */
export function hasWaitingLeads(persistence: string | undefined): boolean | undefined {
  try {
    const storage = /^\s*local\s*$/i.test(persistence ?? '') ? localStorage : sessionStorage;
    // An entry's `"status":"pending"` or `"sending"` (a quote inside a visitor's text is escaped).
    return /"(pend|send)ing"/.test(storage.getItem(OUTBOX_KEY) ?? '');
  } catch {
    // Storage the page may not touch holds nothing the drain could read either: undefined.
  }
}
