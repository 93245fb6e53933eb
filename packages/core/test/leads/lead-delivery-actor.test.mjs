// The XState wrapper as the conversation machine uses it: invoked with input, driven by lead.*
// events, reporting lead.status / lead.invalid to its parent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign, createActor, sendTo, setup } from 'xstate';
import { leadDeliveryActor, functionLeadSender, OUTBOX_KEY, LEAD_MESSAGES } from '../../dist/leads/index.js';
import { form, mapStorage, settle } from './lead-test-kit.mjs';

function parentWith(input) {
  const machine = setup({ actors: { leads: leadDeliveryActor } }).createMachine({
    context: { events: [] },
    invoke: { id: 'leads', src: 'leads', input: () => input },
    on: {
      'lead.status': { actions: assign({ events: ({ context, event }) => [...context.events, event] }) },
      'lead.invalid': { actions: assign({ events: ({ context, event }) => [...context.events, event] }) },
      'to.leads': { actions: sendTo('leads', ({ event }) => event.event) },
    },
  });
  const actor = createActor(machine);
  actor.start();
  const tell = (event) => actor.send({ type: 'to.leads', event });
  const events = () => actor.getSnapshot().context.events;
  return { actor, tell, events };
}

test('lead.submit / lead.retry / lead.clear drive delivery; statuses come back to the parent', async () => {
  const storage = mapStorage();
  const answers = [{ ok: false, retry: false, message: 'Please use a US number.' }, { ok: false }];
  const sent = [];
  const senders = functionLeadSender(async (lead) => {
    sent.push(lead.id);
    return answers.shift();
  });
  const { actor, tell, events } = parentWith({ storage, senders, backoff: { baseMs: 1, maxMs: 5, maxAttempts: 1 } });

  tell({ type: 'lead.submit', input: form(1, { phone: '', email: 'jo@example.org' }) });
  await settle();
  assert.deepEqual(events().at(-1), { type: 'lead.invalid', errors: { phone: LEAD_MESSAGES.phoneNeededToCall } });

  // A refusal is final: the lead is not sent again, even when the visitor asks.
  tell({ type: 'lead.submit', input: form(1) });
  await settle();
  const rejected = events().at(-1);
  assert.equal(rejected.type, 'lead.status');
  assert.equal(rejected.status, 'rejected');
  assert.equal(rejected.message, 'Please use a US number.');
  tell({ type: 'lead.retry', leadId: rejected.leadId });
  await settle();
  assert.deepEqual(sent, [rejected.leadId]);

  // A lead whose attempts ran out is sent again when the visitor asks.
  tell({ type: 'lead.submit', input: form(2) });
  await settle();
  const failed = events().at(-1);
  assert.equal(failed.status, 'failed');
  tell({ type: 'lead.retry', leadId: failed.leadId });
  await settle();
  assert.deepEqual(events().at(-1), { type: 'lead.status', leadId: failed.leadId, status: 'sent' });
  assert.deepEqual(sent, [rejected.leadId, failed.leadId, failed.leadId]);
  assert.deepEqual(
    events()
      .filter((e) => e.type === 'lead.status')
      .map((e) => e.status),
    ['sending', 'sending', 'rejected', 'sending', 'sending', 'failed', 'sending', 'sent'],
  );

  tell({ type: 'lead.clear' });
  assert.equal(storage.map.size, 0);
  actor.stop();
});

test('on start it resumes the outbox a previous page left behind', async () => {
  const storage = mapStorage();
  const blocked = parentWith({ storage, senders: functionLeadSender(() => new Promise(() => {})) });
  blocked.tell({ type: 'lead.submit', input: form(2) });
  await settle();
  const { leadId } = blocked.events().at(-1);
  blocked.actor.stop(); // the page goes away: dispose hands the lead back
  assert.equal(JSON.parse(storage.map.get(OUTBOX_KEY)).entries[0].status, 'pending');

  const sent = [];
  const next = parentWith({ storage, senders: functionLeadSender((lead) => void sent.push(lead.id)) });
  await settle();
  assert.deepEqual(sent, [leadId]);
  assert.deepEqual(next.events().at(-1), { type: 'lead.status', leadId, status: 'sent' });
  next.actor.stop();
});

test('with `after`, delivery waits for it (another delivery handing over): events are held, then handled in order', async () => {
  const storage = mapStorage();
  const left = parentWith({ storage, senders: functionLeadSender(() => new Promise(() => {})) });
  left.tell({ type: 'lead.submit', input: form(3) });
  await settle();
  const { leadId: waiting } = left.events().at(-1);
  left.actor.stop();

  let handOver;
  const after = new Promise((resolve) => (handOver = resolve));
  const sent = [];
  const next = parentWith({ storage, after, senders: functionLeadSender((lead) => void sent.push(lead.id)) });
  next.tell({ type: 'lead.submit', input: form(4) });
  next.tell({ type: 'lead.resume' });
  await settle();
  assert.deepEqual(sent, [], 'nothing is sent while the outbox is not ours');
  assert.deepEqual(next.events(), []);
  handOver();
  await settle();
  assert.equal(sent.length, 2);
  assert.equal(sent[0], waiting, 'the outbox is resumed first, then the held submit is handled');
  assert.deepEqual(
    next.events()
      .filter((e) => e.status === 'sent')
      .map((e) => e.leadId)
      .sort(),
    [...sent].sort(),
  );
  next.actor.stop();
});

test('lead.resume sends what is due and keeps the backoff of what is not', async () => {
  const storage = mapStorage();
  const answers = [{ ok: false }];
  const sent = [];
  const senders = functionLeadSender(async (lead) => {
    sent.push(lead.id);
    return answers.shift();
  });
  const { actor, tell, events } = parentWith({ storage, senders, backoff: { baseMs: 60_000, maxMs: 60_000 } });
  tell({ type: 'lead.submit', input: form(5) });
  await settle();
  assert.equal(events().at(-1).status, 'retrying');
  tell({ type: 'lead.resume' });
  await settle();
  assert.equal(sent.length, 1, 'not due yet: resume does not skip the backoff');
  tell({ type: 'lead.flush' });
  await settle();
  assert.equal(sent.length, 2, 'flush (back online) sends at once');
  assert.equal(events().at(-1).status, 'sent');
  actor.stop();
});
