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
  const answers = [{ ok: false, retry: false, message: 'Please use a US number.' }];
  const sent = [];
  const senders = functionLeadSender(async (lead) => {
    sent.push(lead.id);
    return answers.shift();
  });
  const { actor, tell, events } = parentWith({ storage, senders, backoff: { baseMs: 1, maxMs: 5 } });

  tell({ type: 'lead.submit', input: form(1, { phone: '', email: 'jo@example.org' }) });
  await settle();
  assert.deepEqual(events().at(-1), { type: 'lead.invalid', errors: { phone: LEAD_MESSAGES.phoneNeededToCall } });

  tell({ type: 'lead.submit', input: form(1) });
  await settle();
  const rejected = events().at(-1);
  assert.equal(rejected.type, 'lead.status');
  assert.equal(rejected.status, 'rejected');
  assert.equal(rejected.message, 'Please use a US number.');
  const { leadId } = rejected;

  tell({ type: 'lead.retry', leadId });
  await settle();
  assert.deepEqual(events().at(-1), { type: 'lead.status', leadId, status: 'sent' });
  assert.deepEqual(sent, [leadId, leadId]);
  assert.deepEqual(
    events()
      .filter((e) => e.type === 'lead.status')
      .map((e) => e.status),
    ['sending', 'sending', 'rejected', 'sending', 'sent'],
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
