/**
 * The machine with services that load on first use (the self-check, the contact code): the state
 * waits for its service and holds what the visitor sends for it, a crisis never waits, a failed
 * load loses nothing and a retry resumes, a saved conversation resumes once its code is in, and
 * leads a previous page left in the outbox load the contact code at start. Loads are driven by
 * hand here; the last tests use createLazyConversation's real `import()`.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { resolveConfig } from '../../src/config/config-validation.js';
import { createConversationMachine, type ConversationInput } from '../../src/conversation/conversation-machine.js';
import type { ConversationContext } from '../../src/conversation/conversation-context.js';
import type { ConversationEvent } from '../../src/conversation/conversation-events.js';
import { createConversation, loadedServices } from '../../src/conversation/create-conversation.js';
import { createLazyConversation } from '../../src/conversation/create-lazy-conversation.js';
import { lazyService, type LazyService } from '../../src/conversation/lazy-service.js';
import type { TranscriptItem } from '../../src/conversation/transcript.js';
import type { ChatEvent } from '../../src/events/chat-events.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { contactService, type ContactService } from '../../src/leads/contact-service.js';
import { createLeadDelivery } from '../../src/leads/lead-delivery.js';
import { OUTBOX_KEY } from '../../src/leads/lead-outbox.js';
import type { Lead } from '../../src/leads/lead-types.js';
import { createScreeningService, type ScreeningService } from '../../src/screening/screening-service.js';
import { memoryStorage, type KeyValueStorage } from '../../src/storage/safe-storage.js';

const kb = loadKnowledge(compiled);
const NOW = new Date('2026-11-23T15:00:00Z');
const { config } = resolveConfig({
  center: { name: 'Cedar Grove Recovery', phone: '(555) 010-0199', hours: 'Mon-Fri 08:00-18:00', timeZone: 'America/Chicago' },
  leadEndpoint: '/api/leads',
});
const CRISIS = 'I want to kill myself tonight';
const validLead = {
  name: 'J.',
  phone: '555-010-0100',
  preferredMethod: 'call' as const,
  voicemailOk: false,
  centerNameOk: false,
  consentContact: true,
  consentSms: false,
  includeScreening: false,
};

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A service whose every load attempt waits until the test lets it succeed or fail. */
function gated<T>(value: T) {
  const attempts: { succeed: () => void; fail: () => void }[] = [];
  const service = lazyService<T>(
    () =>
      new Promise<T>((resolve, reject) => {
        attempts.push({
          succeed: () => {
            resolve(value);
          },
          fail: () => {
            reject(new TypeError('Failed to fetch dynamically imported module'));
          },
        });
      }),
  );
  const last = (): { succeed: () => void; fail: () => void } => {
    const attempt = attempts.at(-1);
    if (!attempt) throw new Error('nothing is loading');
    return attempt;
  };
  return {
    service,
    attempts,
    succeed: async () => {
      last().succeed();
      await settle();
    },
    fail: async () => {
      last().fail();
      await settle();
    },
  };
}

interface Options {
  screening?: LazyService<ScreeningService>;
  contact?: LazyService<ContactService>;
  input?: ConversationInput;
  storage?: KeyValueStorage;
}

function start(options: Options = {}) {
  const loaded = loadedServices();
  const sent: string[] = [];
  const analytics: ChatEvent[] = [];
  const machine = createConversationMachine({
    knowledge: kb,
    config,
    screening: options.screening ?? loaded.screening,
    contact: options.contact ?? loaded.contact,
    leadDelivery: {
      senders: (lead: Lead) => {
        sent.push(lead.id);
        return Promise.resolve({ kind: 'delivered' as const });
      },
      storage: options.storage ?? null,
    },
    now: () => NOW,
  });
  const actor = createActor(machine, { input: options.input ?? {} });
  actor.on('analytics', ({ event }) => analytics.push(event));
  actor.start();
  const send = (event: ConversationEvent): void => {
    actor.send(event);
  };
  const snapshot = () => actor.getSnapshot();
  const context = (): ConversationContext => snapshot().context;
  const types = (): string[] => context().transcript.map((item) => item.type);
  const last = (): TranscriptItem | undefined => context().transcript.at(-1);
  return { actor, send, snapshot, context, types, last, sent, analytics };
}

const choose = (id: 'start-screening' | 'contact'): ConversationEvent => ({ type: 'visitor.choose', choice: { kind: 'action', id } });
const say = (text: string): ConversationEvent => ({ type: 'visitor.message', text });
const answer = (questionId: string, choice: string): ConversationEvent => ({ type: 'screening.answer', questionId, choice });

/** A conversation saved in the middle of the self-check (one answer given), as a reload finds it. */
function savedMidCheck(): ConversationContext {
  const eager = start();
  eager.send(choose('start-screening'));
  eager.send(answer('reason', 'alcohol'));
  const context = eager.context();
  eager.actor.stop();
  return context;
}

describe('conversation with services loaded on first use', () => {
  describe('the self-check', () => {
    it('waits for its code, then starts with the intro and the first question', async () => {
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service });
      chat.send(choose('start-screening'));
      expect(chat.snapshot().value).to.equal('screening');
      expect(chat.types()).to.deep.equal(['greeting', 'visitor-choice']);
      expect(chat.context().screening).to.equal(null);
      expect(code.attempts).to.have.length(1);
      expect(chat.analytics.map((e) => e.type)).not.to.include('screening.started');

      await code.succeed();
      expect(chat.types()).to.deep.equal(['greeting', 'visitor-choice', 'screening-intro', 'screening-question']);
      expect(chat.last()).to.include({ questionId: 'reason' });
      expect(chat.analytics.map((e) => e.type)).to.include('screening.started');
      expect(chat.snapshot().children).not.to.have.property('screening-loader');
    });

    it('keeps the answers sent while its code loads and records them in order', async () => {
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service });
      chat.send(choose('start-screening'));
      chat.send(answer('reason', 'alcohol'));
      chat.send(answer('sex', 'woman'));
      expect(chat.context().screening).to.equal(null);
      await code.succeed();
      expect(chat.context().screening?.answers.map((a) => a.question)).to.deep.equal(['reason', 'sex']);
      expect(chat.last()).to.include({ type: 'screening-question', questionId: 'audit-c-1' });
      expect(chat.context().interacted).to.equal(true);
    });

    it('a crisis while its code loads is shown at once, and the late code changes nothing', async () => {
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service });
      chat.send(choose('start-screening'));
      chat.send(say(CRISIS));
      expect(chat.snapshot().value).to.equal('crisis');
      expect(chat.last()).to.include({ type: 'crisis', kind: 'suicide-self-harm' });
      expect(chat.analytics).to.deep.include({ type: 'crisis.shown', kind: 'suicide-self-harm' });
      await code.succeed();
      expect(chat.snapshot().value).to.equal('crisis');
      expect(chat.types()).not.to.include('screening-intro');
      expect(chat.last()?.type).to.equal('crisis');
    });

    it('when its code cannot load, the chat goes on (answers, stop) and a retry brings the question', async () => {
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service });
      chat.send(choose('start-screening'));
      await code.fail();
      expect(chat.snapshot().status).to.equal('active');
      expect(chat.snapshot().value).to.equal('screening');
      chat.send(say('how many weeks does the program last'));
      expect(chat.last()).to.include({ type: 'answer', entryId: 'program-length' });
      chat.send(answer('reason', 'alcohol'));

      // Whoever shows the failure offers a retry: another load of the same service.
      const retry = code.service.load();
      expect(code.attempts).to.have.length(2);
      await code.succeed();
      await retry;
      expect(chat.last()).to.include({ type: 'screening-question', questionId: 'sex' });

      const stopped = start({ screening: gated(createScreeningService()).service });
      stopped.send(choose('start-screening'));
      stopped.send(say('stop'));
      expect(stopped.snapshot().value).to.equal('chatting');
      expect(stopped.last()?.type).to.equal('screening-stopped');
    });

    it('a reload in the middle resumes the same question once the code is in, without asking it twice', async () => {
      const saved = savedMidCheck();
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service, input: { context: saved, state: 'screening' } });
      expect(chat.snapshot().value).to.equal('screening');
      expect(chat.context().transcript).to.deep.equal(saved.transcript);
      chat.send(answer('sex', 'woman'));
      await code.succeed();
      expect(chat.context().screening?.answers.map((a) => a.question)).to.deep.equal(['reason', 'sex']);
      expect(chat.types().filter((t) => t === 'screening-question')).to.have.length(3);
      expect(chat.last()).to.include({ questionId: 'audit-c-1' });
    });

    it('a saved self-check that no longer fits the questionnaire is dropped when the code arrives, the conversation kept', async () => {
      const saved = savedMidCheck();
      const code = gated(createScreeningService());
      const stale = { ...saved, screening: { ...saved.screening!, version: 'an older one' } };
      const chat = start({ screening: code.service, input: { context: stale, state: 'screening' } });
      await code.succeed();
      expect(chat.snapshot().value).to.equal('chatting');
      expect(chat.context().screening).to.equal(null);
      expect(chat.context().transcript).to.deep.equal(saved.transcript);
    });

    it('a "ready" sent from outside before the code is in changes nothing', async () => {
      const code = gated(createScreeningService());
      const chat = start({ screening: code.service });
      chat.send(choose('start-screening'));
      chat.actor.send({ type: 'screening.ready', held: [answer('reason', 'alcohol')] } as unknown as ConversationEvent);
      expect(chat.context().screening).to.equal(null);
      await code.succeed();
      expect(chat.last()).to.include({ questionId: 'reason' });
    });
  });

  describe('contact', () => {
    it('a form sent while the contact code loads is sent once it is in', async () => {
      const code = gated(contactService);
      const chat = start({ contact: code.service });
      chat.send(choose('contact'));
      expect(chat.snapshot().value).to.equal('contact');
      expect(chat.last()).to.include({ type: 'contact', form: true, openNow: true });
      chat.send({ type: 'contact.submit', input: validLead });
      expect(chat.snapshot().value).to.equal('contact');
      await code.succeed();
      expect(chat.snapshot().value).to.equal('chatting');
      expect(chat.sent).to.have.length(1);
      expect(Object.values(chat.context().leads).map((l) => l.status)).to.deep.equal(['sent']);
    });

    it('an invalid form sent while the code loads gets its field messages once it is in', async () => {
      const code = gated(contactService);
      const chat = start({ contact: code.service });
      chat.send(choose('contact'));
      chat.send({ type: 'contact.submit', input: { ...validLead, consentContact: false } });
      await code.succeed();
      expect(chat.snapshot().value).to.equal('contact');
      expect(chat.context().contactErrors).to.have.property('consentContact');
      expect(chat.sent).to.have.length(0);
    });

    it('a crisis while the contact code loads is shown at once', async () => {
      const code = gated(contactService);
      const chat = start({ contact: code.service });
      chat.send(choose('contact'));
      chat.send(say(CRISIS));
      expect(chat.snapshot().value).to.equal('crisis');
      expect(chat.last()?.type).to.equal('crisis');
      await code.succeed();
      expect(chat.snapshot().value).to.equal('crisis');
    });

    it('loads nothing at start, or when the browser is back online, when no lead is waiting', async () => {
      const code = gated(contactService);
      const chat = start({ contact: code.service, storage: memoryStorage() });
      await settle();
      chat.send({ type: 'network.online' });
      chat.send({ type: 'lead.retry' });
      chat.send({ type: 'chat.end' });
      await settle();
      expect(code.attempts).to.have.length(0);
    });

    it('leads a previous page left in the outbox load the code at start; a failed load loses none, a retry delivers each once', async () => {
      const storage = memoryStorage();
      // A previous page: the lead was stored, its attempt never finished, the page went away.
      const before = createLeadDelivery({ storage, senders: () => new Promise(() => undefined) });
      const submitted = before.submit(validLead);
      before.dispose();
      expect(submitted.ok).to.equal(true);
      const leadId = submitted.ok ? submitted.leadId : '';

      const code = gated(contactService);
      const chat = start({ contact: code.service, storage });
      expect(code.attempts).to.have.length(1);
      await code.fail();
      expect(storage.getItem(OUTBOX_KEY)).to.contain(leadId);
      expect(chat.sent).to.deep.equal([]);

      chat.send({ type: 'lead.retry' });
      expect(code.attempts).to.have.length(2);
      await code.succeed();
      expect(chat.sent).to.deep.equal([leadId]);
      expect(chat.context().leads[leadId]).to.deep.equal({ leadId, status: 'sent' });
      expect(storage.getItem(OUTBOX_KEY)).not.to.contain('"entries":[{');
    });
  });

  describe('createLazyConversation (real imports)', () => {
    it('imports the self-check on first use, and ready() brings both services', async () => {
      const chat = createLazyConversation({ knowledge: compiled, storage: memoryStorage(), now: () => NOW, config: { center: { name: 'Cedar Grove' } } });
      try {
        expect(chat.questionnaire).to.equal(undefined);
        chat.actor.send(choose('start-screening'));
        await chat.services.screening.loaded;
        await settle();
        expect(chat.questionnaire?.id).to.equal('iop-self-check');
        expect(chat.actor.getSnapshot().context.transcript.at(-1)).to.include({ type: 'screening-question', questionId: 'reason' });
        await chat.ready();
        expect(chat.services.contact.current).to.not.equal(undefined);
      } finally {
        chat.dispose();
      }
    });

    it("checks a center's own questionnaire soon after start and reports a refused one", async () => {
      const reported: string[] = [];
      const chat = createLazyConversation({
        knowledge: compiled,
        storage: memoryStorage(),
        onIssue: (issue) => reported.push(issue.field),
        config: { questionnaire: { id: 'broken' } },
      });
      try {
        await chat.services.screening.loaded;
        await settle();
        expect(reported).to.include('questionnaire');
        expect(chat.issues.map((i) => i.field)).to.include('questionnaire');
        expect(chat.questionnaire?.id).to.equal('iop-self-check');
      } finally {
        chat.dispose();
      }
      const eager = createConversation({ knowledge: compiled, storage: memoryStorage(), onIssue: () => undefined, config: { questionnaire: { id: 'broken' } } });
      expect(eager.issues.map((i) => i.field)).to.include('questionnaire');
      eager.dispose();
    });
  });
});
