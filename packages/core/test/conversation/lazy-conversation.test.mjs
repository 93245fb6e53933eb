// createLazyConversation in Node, with the real `import()` of the built services (dist): the
// self-check and contact code load on first use, a crisis never waits for them, `ready()` gives a
// driver the synchronous conversation createConversation has, and a reload with leads waiting in
// the outbox loads the contact code at start and delivers each lead once. Build first:
// `npx tsc -b packages/core`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConversation, createLazyConversation, memoryStorage } from '../../dist/index.js';
import { knowledge } from '@iop-chat/knowledge';
import { form, settle, waitFor } from '../leads/lead-test-kit.mjs';

const center = { name: 'Cedar Grove Recovery', phone: '(555) 010-0199' };
const choose = (id) => ({ type: 'visitor.choose', choice: { kind: 'action', id } });
const last = (chat) => chat.actor.getSnapshot().context.transcript.at(-1);

function lazyChat(options = {}) {
  return createLazyConversation({ knowledge, storage: memoryStorage(), onIssue: () => undefined, ...options, config: { center, ...options.config } });
}

test('the self-check loads on first use and starts with its first question', async () => {
  const chat = lazyChat();
  try {
    assert.equal(chat.questionnaire, undefined);
    assert.equal(chat.services.screening.current, undefined);
    chat.actor.send(choose('start-screening'));
    assert.equal(chat.state(), 'screening');
    // Answers sent before the code is in are kept and recorded in order.
    chat.actor.send({ type: 'screening.answer', questionId: 'reason', choice: 'alcohol' });
    await chat.services.screening.loaded;
    await settle();
    assert.equal(chat.questionnaire?.id, 'iop-self-check');
    assert.deepEqual(last(chat), { id: last(chat).id, type: 'screening-question', questionId: 'sex' });
    assert.equal(chat.services.contact.current, undefined, 'the contact code is not loaded for the self-check');
  } finally {
    chat.dispose();
  }
});

test('a crisis while the self-check loads is handled at once', () => {
  const chat = lazyChat();
  try {
    chat.actor.send(choose('start-screening'));
    chat.actor.send({ type: 'visitor.message', text: 'i have a plan to kill myself tonight' });
    assert.equal(chat.state(), 'crisis');
    assert.equal(last(chat).type, 'crisis');
  } finally {
    chat.dispose();
  }
});

test('after ready(), every event is handled synchronously: the self-check to its result, then a contact request delivered', async () => {
  const leads = [];
  const chat = lazyChat({ config: { leadSender: async (lead) => void leads.push(lead) } });
  try {
    await chat.ready();
    chat.actor.send(choose('start-screening'));
    const picks = { reason: 'alcohol', sex: 'woman', 'audit-c-1': '4-plus-week', 'audit-c-2': '5-6', 'audit-c-3': 'weekly', withdrawal: 'no', supervision: 'no', 'safe-home': 'yes', attend: 'yes', safety: 'no' };
    for (let guard = 0; chat.state() === 'screening' && guard < 30; guard++) {
      const question = chat.services.screening.current.currentQuestion(chat.actor.getSnapshot().context.screening);
      chat.actor.send({ type: 'screening.answer', questionId: question.id, choice: picks[question.id] ?? question.options[0].id });
    }
    assert.equal(last(chat).type, 'screening-result');
    chat.actor.send(choose('contact'));
    chat.actor.send({ type: 'contact.submit', input: form(1, { includeScreening: true }) });
    assert.equal(chat.state(), 'chatting');
    await waitFor(() => leads.length === 1, 2000, 'the lead');
    assert.deepEqual(leads[0].screening, { bandId: chat.actor.getSnapshot().context.screeningBand });
  } finally {
    chat.dispose();
  }
});

test('a reload with a lead waiting in the outbox loads the contact code at start and delivers it once', async () => {
  const storage = memoryStorage();
  const before = createConversation({ knowledge, storage, onIssue: () => undefined, config: { center, leadSender: () => new Promise(() => undefined) } });
  before.actor.send(choose('contact'));
  before.actor.send({ type: 'contact.submit', input: form(2) });
  await settle();
  before.dispose();
  assert.match(storage.getItem('iop-chat:leads') ?? '', /"status":"pending"/);

  const leads = [];
  const after = createLazyConversation({ knowledge, storage, onIssue: () => undefined, config: { center, leadSender: async (lead) => void leads.push(lead.id) } });
  try {
    await after.services.contact.loaded;
    await waitFor(() => leads.length === 1, 2000, 'the waiting lead');
    await settle();
    assert.equal(leads.length, 1);
    assert.deepEqual(Object.values(after.actor.getSnapshot().context.leads).map((l) => l.status), ['sent']);
    assert.equal(after.services.screening.current, undefined, 'the self-check code is not loaded for the outbox');
  } finally {
    after.dispose();
  }

  const idle = createLazyConversation({ knowledge, storage: memoryStorage(), onIssue: () => undefined, config: { center, leadEndpoint: '/api/leads' } });
  await settle();
  assert.equal(idle.services.contact.current, undefined, 'nothing waiting, nothing loaded');
  idle.dispose();
});
