import { expect } from '@open-wc/testing';
import { knowledge } from '@iop-chat/knowledge';
import { createConversation } from '../../src/conversation/create-conversation.js';
import { CONVERSATION_MAX_AGE_MS } from '../../src/conversation/persistence.js';
import type { IopChatConfig } from '../../src/config/config-types.js';
import { OUTBOX_KEY } from '../../src/leads/outbox-key.js';
import type { LeadInput } from '../../src/leads/lead-types.js';
import { memoryStorage, type KeyValueStorage } from '../../src/storage/safe-storage.js';

const HOUR = 60 * 60 * 1000;
const quiet = { onIssue: () => undefined };
const iopKeys = (storage: KeyValueStorage): string[] => (storage.keys?.() ?? []).filter((k) => k.startsWith('iop-chat:'));

const VISITOR: LeadInput = {
  name: 'Jordan Q. Visitor',
  phone: '512 555 0187',
  email: 'jordan.visitor@example.org',
  preferredMethod: 'call',
  voicemailOk: false,
  centerNameOk: false,
  note: 'Evenings only, please be discreet',
  consentContact: true,
  consentSms: false,
  includeScreening: false,
};
const TYPED = ['Jordan Q. Visitor', '5125550187', 'jordan.visitor@example.org', 'please be discreet'];

/**
 * Rewrites every saved lead as submitted `hoursAgo` hours before `now` (what an old outbox looks
 * like) and due now, so that a page that still kept it would send it at once.
 */
function ageLeads(storage: KeyValueStorage, now: number, hoursAgo: number): void {
  const stored = JSON.parse(storage.getItem(OUTBOX_KEY) ?? 'null') as { entries: Array<{ lead: { createdAt: string }; nextAttemptAt: number }> };
  for (const entry of stored.entries) {
    entry.lead.createdAt = new Date(now - hoursAgo * HOUR).toISOString();
    entry.nextAttemptAt = 0;
  }
  storage.setItem(OUTBOX_KEY, JSON.stringify(stored));
}

/** Waits (a few ms at most) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).to.equal(true);
}

describe('a saved conversation is kept no longer than a day after its last page', () => {
  it('resumes the same day, and is gone (and removed from storage) once it is older than a day', () => {
    const storage = memoryStorage();
    let now = new Date('2026-12-07T10:00:00Z');
    const first = createConversation({ knowledge, storage, now: () => now, config: { persistence: 'local' }, onIssue: () => undefined });
    first.actor.send({ type: 'visitor.message', text: 'how long is the program' });
    const saved = first.actor.getSnapshot().context.transcript.length;
    first.dispose();
    expect((storage.keys?.() ?? []).some((k) => k.startsWith('iop-chat:'))).to.equal(true);

    now = new Date(now.getTime() + CONVERSATION_MAX_AGE_MS - 60_000);
    const sameDay = createConversation({ knowledge, storage, now: () => now, config: { persistence: 'local' }, onIssue: () => undefined });
    expect(sameDay.actor.getSnapshot().context.transcript.length).to.equal(saved);
    sameDay.dispose();

    // A day after the last page that showed it (resuming saves it again), it is gone.
    now = new Date(now.getTime() + CONVERSATION_MAX_AGE_MS + 60_000);
    const nextDay = createConversation({ knowledge, storage, now: () => now, config: { persistence: 'local' }, onIssue: () => undefined });
    expect(nextDay.actor.getSnapshot().context.transcript.map((i) => i.type)).to.deep.equal(['greeting']);
    nextDay.dispose();
    expect((storage.keys?.() ?? []).filter((k) => k.startsWith('iop-chat:conversation'))).to.deep.equal([]);
    expect(CONVERSATION_MAX_AGE_MS).to.equal(24 * 60 * 60 * 1000);
  });

  it('keeps it for retentionHours instead when a center sets that (data-retention-hours)', () => {
    const storage = memoryStorage();
    let now = new Date('2026-12-07T10:00:00Z');
    const config: IopChatConfig = { persistence: 'local', retentionHours: 2 };
    const first = createConversation({ knowledge, storage, now: () => now, config, ...quiet });
    first.actor.send({ type: 'visitor.message', text: 'how long is the program' });
    first.dispose();

    now = new Date(now.getTime() + 2 * HOUR - 60_000);
    const within = createConversation({ knowledge, storage, now: () => now, config, ...quiet });
    expect(within.actor.getSnapshot().context.transcript.length).to.be.greaterThan(1);
    within.dispose();

    now = new Date(now.getTime() + 2 * HOUR + 60_000);
    const after = createConversation({ knowledge, storage, now: () => now, config, ...quiet });
    expect(after.actor.getSnapshot().context.transcript.map((i) => i.type)).to.deep.equal(['greeting']);
    after.dispose();
    expect(iopKeys(storage)).to.deep.equal([]);
  });
});

describe('a contact request not yet delivered is kept no longer than the retention period', () => {
  for (const [label, retentionHours] of [['a day by default', undefined], ['retentionHours when set', 6]] as const) {
    it(`${label}: then it leaves storage, contact details and all, and is never sent`, async () => {
      const storage = memoryStorage();
      const hours = retentionHours ?? 24;
      const sent: string[] = [];
      const config: IopChatConfig = {
        persistence: 'local',
        ...(retentionHours ? { retentionHours } : {}),
        // The endpoint is down: the request waits in the outbox.
        leadSender: (lead) => {
          sent.push((lead as { id: string }).id);
          return Promise.reject(new Error('down'));
        },
      };
      const first = createConversation({ knowledge, storage, config, ...quiet });
      first.actor.send({ type: 'visitor.choose', choice: { kind: 'action', id: 'contact' } });
      first.actor.send({ type: 'contact.submit', input: VISITOR });
      await until(() => sent.length === 1);
      first.dispose();
      const stored = storage.getItem(OUTBOX_KEY) ?? '';
      for (const detail of TYPED) expect(stored, 'kept while it may still be sent').to.contain(detail);

      // Just within the period it is still there and tried again...
      ageLeads(storage, Date.now(), hours - 0.1);
      const within = createConversation({ knowledge, storage, config, ...quiet });
      await until(() => sent.length === 2);
      within.dispose();
      expect(storage.getItem(OUTBOX_KEY)).to.contain(VISITOR.name);

      // ...and once it is older, the next page that reads it removes it without sending it.
      ageLeads(storage, Date.now(), hours + 0.1);
      const later = createConversation({ knowledge, storage, config, ...quiet });
      await new Promise((resolve) => setTimeout(resolve, 50));
      later.dispose();
      expect(sent).to.have.length(2);
      const left = JSON.stringify(iopKeys(storage).map((k) => storage.getItem(k)));
      for (const detail of TYPED) expect(left).not.to.contain(detail);
      expect(storage.getItem(OUTBOX_KEY)).to.equal(null);
    });
  }
});
