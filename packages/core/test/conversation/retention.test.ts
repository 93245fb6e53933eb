import { expect } from '@open-wc/testing';
import { knowledge } from '@iop-chat/knowledge';
import { createConversation } from '../../src/conversation/create-conversation.js';
import { CONVERSATION_MAX_AGE_MS } from '../../src/conversation/persistence.js';
import { memoryStorage } from '../../src/storage/safe-storage.js';

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
});
