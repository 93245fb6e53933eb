// The outbox across page loads: stale claims, remembered deliveries, damaged or foreign storage,
// and storage that throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadOutbox, createLeadDelivery, buildLead, validateLead, OUTBOX_KEY } from '../../dist/leads/index.js';
import { form, fullStorage, manualClock, mapStorage, settle, throwingStorage } from './lead-test-kit.mjs';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const lead = (i) =>
  buildLead(validateLead(form(i)).lead, { id: `stored-lead-${String(i).padStart(4, '0')}`, createdAt: new Date(T0).toISOString() });
const entry = (i, extra = {}) => ({ lead: lead(i), attempts: 1, nextAttemptAt: T0, status: 'pending', ...extra });
const stored = (storage) => JSON.parse(storage.map.get(OUTBOX_KEY));

function deliveryOver(storage, sender, { attemptTimeoutMs = 30_000 } = {}) {
  const clock = manualClock(T0 + 60_000);
  const delivery = createLeadDelivery({
    storage,
    senders: sender,
    attemptTimeoutMs,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
  });
  return { clock, delivery };
}

function counting() {
  const sender = async (l) => {
    sender.calls.push(l.id);
    return { kind: 'delivered' };
  };
  sender.calls = [];
  return sender;
}

test('a stale "sending" entry left by a reloaded page goes back to pending and is sent', async () => {
  const storage = mapStorage();
  storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: [entry(1, { status: 'sending', sendingSince: T0 })], delivered: [] }));
  const sender = counting();
  const { delivery } = deliveryOver(storage, sender, { attemptTimeoutMs: 30_000 });
  delivery.resume();
  await settle();
  assert.deepEqual(sender.calls, [lead(1).id]);
  assert.deepEqual(stored(storage), { v: 1, entries: [], delivered: [lead(1).id] });
});

test('a fresh "sending" claim (another tab, or a page still finishing) is left alone until it goes stale', async () => {
  const storage = mapStorage();
  storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: [entry(1, { status: 'sending', sendingSince: T0 + 50_000 })], delivered: [] }));
  const sender = counting();
  const { delivery, clock } = deliveryOver(storage, sender, { attemptTimeoutMs: 30_000 });
  delivery.resume();
  await clock.advance(19_999);
  assert.equal(sender.calls.length, 0);
  assert.equal(delivery.status(lead(1).id).status, 'sending');
  await clock.advance(1);
  assert.equal(sender.calls.length, 1);
});

test('remembered deliveries: a stale copy of a delivered lead is never resent', async () => {
  const storage = mapStorage();
  const id = lead(1).id;
  storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: [entry(1, { status: 'sending', sendingSince: 0 })], delivered: [id] }));
  const sender = counting();
  const { delivery, clock } = deliveryOver(storage, sender);
  delivery.resume();
  delivery.flush();
  await clock.advance(120_000);
  assert.equal(sender.calls.length, 0);
  assert.deepEqual(delivery.status(id), { leadId: id, status: 'sent' });

  const outbox = createLeadOutbox({ storage });
  outbox.put(entry(1));
  assert.equal(outbox.list().length, 0, 'a delivered id cannot be queued again');
});

test('corrupt, foreign and old-format storage is ignored; valid leads in damaged entries are kept', async () => {
  for (const junk of ['{', 'null', '42', '"text"', '[]', JSON.stringify({ v: 0, entries: [entry(1)] }), JSON.stringify({ v: 1, entries: 'x' })]) {
    const storage = mapStorage();
    storage.setItem(OUTBOX_KEY, junk);
    const { delivery } = deliveryOver(storage, counting());
    delivery.resume();
    assert.deepEqual(delivery.list(), [], junk);
    const { leadId } = delivery.submit(form(1));
    await settle();
    assert.deepEqual(stored(storage).delivered, [leadId]);
  }
  const storage = mapStorage();
  storage.setItem(
    OUTBOX_KEY,
    JSON.stringify({
      v: 1,
      entries: [
        null,
        { lead: { ...lead(2), consentContact: false } },
        { lead: { ...lead(3), id: '<script>' } },
        { lead: lead(4), attempts: 'many', status: 'exploded', nextAttemptAt: -5, lastError: { kind: 'alien' } },
        entry(5),
        entry(5, { attempts: 7 }),
      ],
      delivered: [1, null, 'x'],
    }),
  );
  const sender = counting();
  const { delivery } = deliveryOver(storage, sender);
  delivery.resume();
  await settle();
  assert.deepEqual(sender.calls.sort(), [lead(4).id, lead(5).id]);
});

test('storage that throws on every call: the lead still goes out, from memory', async () => {
  const storage = throwingStorage();
  const sender = counting();
  const delivery = createLeadDelivery({ storage, senders: sender });
  const { leadId } = delivery.submit(form(1));
  await settle();
  assert.deepEqual(sender.calls, [leadId]);
  assert.equal(delivery.status(leadId).status, 'sent');
  delivery.clear();
  assert.equal(delivery.status(leadId), undefined);
});

test('storage that is full: the outbox says so and keeps the lead in memory', async () => {
  const storage = fullStorage();
  const outbox = createLeadOutbox({ storage });
  outbox.put(entry(1));
  assert.equal(outbox.persistent, false);
  assert.equal(outbox.list().length, 1);
  assert.equal(storage.map.size, 0);
  const updated = outbox.update(lead(1).id, (e) => ({ ...e, attempts: 2 }));
  assert.equal(updated.attempts, 2);
  assert.equal(outbox.get(lead(1).id).attempts, 2);
  outbox.markDelivered(lead(1).id);
  assert.equal(outbox.isDelivered(lead(1).id), true);
  assert.equal(createLeadOutbox({ storage: mapStorage() }).persistent, true);
});

test('recoverStale only touches stale claims that are not ours', () => {
  const storage = mapStorage();
  const outbox = createLeadOutbox({ storage });
  outbox.put(entry(1, { status: 'sending', sendingSince: T0 }));
  outbox.put(entry(2, { status: 'sending', sendingSince: T0 }));
  outbox.put(entry(3, { status: 'sending', sendingSince: T0 + 9_000 }));
  assert.deepEqual(outbox.recoverStale(T0 + 10_000, 5000, new Set([lead(2).id])), [lead(1).id]);
  assert.deepEqual(
    outbox.list().map((e) => [e.status, 'sendingSince' in e]),
    [
      ['pending', false],
      ['sending', true],
      ['sending', true],
    ],
  );
  outbox.clear();
  assert.equal(storage.map.size, 0);
});

test('times far in the future (clock changed, tampered storage) do not hold a lead back', async () => {
  const storage = mapStorage();
  const year = 365 * 24 * 3600_000;
  storage.setItem(
    OUTBOX_KEY,
    JSON.stringify({
      v: 1,
      entries: [entry(1, { nextAttemptAt: T0 + year }), entry(2, { status: 'sending', sendingSince: T0 + year })],
      delivered: [],
    }),
  );
  const sender = counting();
  const { delivery } = deliveryOver(storage, sender);
  delivery.resume();
  await settle();
  assert.deepEqual(sender.calls.sort(), [lead(1).id, lead(2).id]);
});
