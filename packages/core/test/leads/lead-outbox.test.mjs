// The outbox across page loads: stale claims, remembered deliveries, damaged or foreign storage,
// and storage that throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadOutbox, createLeadDelivery, buildLead, validateLead, OUTBOX_KEY } from '../../dist/leads/index.js';
import { form, fullStorage, manualClock, mapStorage, settle, throwingStorage, withoutSavedAt } from './lead-test-kit.mjs';

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
  assert.deepEqual(withoutSavedAt(stored(storage)), { v: 1, entries: [], delivered: [lead(1).id] });
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

test('retention: a lead older than maxAgeMs (from its createdAt) leaves storage when read, and is never sent', async () => {
  const DAY = 24 * 3600_000;
  const storage = mapStorage();
  const young = { ...lead(2), createdAt: new Date(T0 - DAY + 60_000).toISOString() };
  storage.setItem(
    OUTBOX_KEY,
    JSON.stringify({
      v: 1,
      entries: [
        { ...entry(1), lead: { ...lead(1), createdAt: new Date(T0 - DAY - 60_000).toISOString() } },
        { ...entry(2), lead: young },
      ],
      delivered: [],
      savedAt: T0,
    }),
  );
  const outbox = createLeadOutbox({ storage, maxAgeMs: DAY, now: () => T0 });
  assert.deepEqual(
    outbox.list().map((e) => e.lead.id),
    [lead(2).id],
  );
  const text = storage.map.get(OUTBOX_KEY);
  assert.equal(text.includes(lead(1).id), false, 'removed from storage on the first read');
  assert.equal(text.includes(lead(1).name), false);

  // A day later the other one goes too, and with nothing left the key itself.
  const later = createLeadOutbox({ storage, maxAgeMs: DAY, now: () => T0 + DAY });
  assert.deepEqual(later.list(), []);
  assert.equal(storage.map.has(OUTBOX_KEY), false);

  // Delivery over the same rule sends nothing that is too old.
  storage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ v: 1, entries: [{ ...entry(3), lead: { ...lead(3), createdAt: new Date(T0 - 2 * DAY).toISOString() } }], delivered: [] }),
  );
  const sender = counting();
  const delivery = createLeadDelivery({ storage, senders: sender, maxAgeMs: DAY, now: () => T0 });
  delivery.resume();
  delivery.flush();
  await settle();
  assert.deepEqual(sender.calls, []);
  assert.equal(storage.map.has(OUTBOX_KEY), false);
});

test('retention: the ids remembered for delivered and refused leads go once nothing was written for maxAgeMs', () => {
  const DAY = 24 * 3600_000;
  const storage = mapStorage();
  let now = T0;
  const outbox = createLeadOutbox({ storage, maxAgeMs: DAY, now: () => now });
  outbox.put(entry(1));
  outbox.put(entry(2));
  outbox.markDelivered(lead(1).id);
  outbox.markRefused(lead(2).id, { kind: 'rejected', status: 401 });
  assert.equal(outbox.isDelivered(lead(1).id), true);
  assert.deepEqual(outbox.refusal(lead(2).id), { kind: 'rejected', status: 401 });
  now = T0 + DAY;
  assert.equal(outbox.isDelivered(lead(1).id), true, 'kept for the retention period');
  now = T0 + DAY + 1;
  assert.equal(outbox.isDelivered(lead(1).id), false);
  assert.equal(outbox.refusal(lead(2).id), undefined);
  assert.equal(storage.map.has(OUTBOX_KEY), false);
});

test('a lead refused under an older version (kept whole, failed-permanent) is reduced to its refusal when read', () => {
  const storage = mapStorage();
  const refusal = { kind: 'rejected', status: 422, message: 'Bad email' };
  storage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ v: 1, entries: [entry(1, { status: 'failed-permanent', lastError: refusal }), entry(2)], delivered: [] }),
  );
  const outbox = createLeadOutbox({ storage });
  assert.deepEqual(outbox.refusal(lead(1).id), refusal);
  assert.deepEqual(
    outbox.list().map((e) => e.lead.id),
    [lead(2).id],
  );
  const text = storage.map.get(OUTBOX_KEY);
  assert.equal(text.includes(lead(1).name), false);
  assert.equal(text.includes(lead(2).name), true);
  outbox.put(entry(1));
  assert.equal(outbox.get(lead(1).id), undefined, 'a refused id cannot be queued again');
});

test('release(): no new attempt; the one on the wire finishes and records its outcome; the next owner takes over', async () => {
  const storage = mapStorage();
  storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: [entry(1), entry(2, { nextAttemptAt: Date.now() + 30_000 })], delivered: [] }));
  let answer;
  const calls = [];
  const slow = (l) => {
    calls.push(l.id);
    return new Promise((resolve) => (answer = resolve));
  };
  const first = createLeadDelivery({ storage, senders: slow, random: () => 0.5 });
  first.resume();
  await settle();
  assert.deepEqual(calls, [lead(1).id]);
  let released = false;
  const handedOver = first.release().then(() => (released = true));
  first.flush();
  first.retry();
  await settle();
  assert.equal(released, false, 'waits for the attempt on the wire');
  assert.deepEqual(calls, [lead(1).id], 'starts nothing new');
  answer({ kind: 'retry', error: { kind: 'server', status: 500 } });
  await handedOver;
  const recorded = JSON.parse(storage.map.get(OUTBOX_KEY)).entries.find((e) => e.lead.id === lead(1).id);
  assert.equal(recorded.status, 'pending', 'the outcome is recorded, the claim let go');
  assert.equal(recorded.attempts, 2);
  assert.ok(recorded.nextAttemptAt > Date.now(), 'with its backoff');

  // The next owner finds no claim to wait out: it sends what is due, when it is due, once.
  const sender = counting();
  const second = createLeadDelivery({ storage, senders: sender });
  second.resume();
  second.flush();
  await settle();
  assert.deepEqual(sender.calls.sort(), [lead(1).id, lead(2).id].sort());
  second.dispose();
});
