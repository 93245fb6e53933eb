// Delivery rules on a manual clock: persist first, backoff with full jitter, Retry-After, attempt
// limits, no concurrent sends, per-destination progress, and what the visitor sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadDelivery, functionLeadSender, LEAD_MESSAGES, OUTBOX_KEY } from '../../dist/leads/index.js';
import { contactDetails, form, manualClock, mapStorage, settle, withoutSavedAt } from './lead-test-kit.mjs';

/** A sender whose answers the test scripts; `calls` records each lead id offered. */
function scripted(answers = []) {
  const sender = async (lead, signal) => {
    sender.calls.push(lead.id);
    sender.signals.push(signal);
    const next = answers.shift() ?? { kind: 'delivered' };
    return typeof next === 'function' ? next(lead, signal) : next;
  };
  sender.calls = [];
  sender.signals = [];
  return sender;
}

const retry = (extra = {}) => ({ kind: 'retry', error: { kind: 'server', status: 503 }, ...extra });

function setup({ senders, random = () => 0.5, backoff, storage = mapStorage(), attemptTimeoutMs = 30_000 } = {}) {
  const clock = manualClock();
  const changes = [];
  let seq = 0;
  const delivery = createLeadDelivery({
    storage,
    senders,
    random,
    backoff,
    attemptTimeoutMs,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    createId: () => `lead-${String(++seq).padStart(4, '0')}-key`,
    onChange: (status) => changes.push(status),
  });
  return { clock, changes, delivery, storage };
}

test('the lead is stored before the first attempt, and removed once delivered', async () => {
  const storage = mapStorage();
  let storedAtSend;
  const sender = scripted([
    () => {
      storedAtSend = JSON.parse(storage.map.get(OUTBOX_KEY));
      return { kind: 'delivered' };
    },
  ]);
  const { delivery, changes } = setup({ senders: sender, storage });
  const result = delivery.submit(form(1, { source: { centerName: 'Harbor IOP' } }));
  assert.equal(result.ok, true);
  await settle();
  assert.equal(storedAtSend.entries[0].lead.id, result.leadId);
  assert.equal(storedAtSend.entries[0].status, 'sending');
  assert.deepEqual(delivery.status(result.leadId), { leadId: result.leadId, status: 'sent' });
  assert.deepEqual(withoutSavedAt(JSON.parse(storage.map.get(OUTBOX_KEY))), { v: 1, entries: [], delivered: [result.leadId] });
  assert.deepEqual(
    changes.map((c) => c.status),
    ['sending', 'sending', 'sent'],
  );
});

test('an invalid form is refused with messages and nothing is stored or sent', async () => {
  const sender = scripted();
  const { delivery, storage, changes } = setup({ senders: sender });
  const result = delivery.submit(form(1, { phone: '12', consentContact: false }));
  assert.deepEqual(result, { ok: false, errors: { phone: LEAD_MESSAGES.phoneTooShort, consentContact: LEAD_MESSAGES.consentContactRequired } });
  await settle();
  assert.equal(storage.map.size, 0);
  assert.equal(sender.calls.length, 0);
  assert.equal(changes.length, 0);
});

test('exponential backoff with full jitter, then failed (kept, with a hint to call), then a visitor retry', async () => {
  const sender = scripted(Array.from({ length: 8 }, () => retry()));
  const { delivery, clock, changes } = setup({ senders: sender, backoff: { baseMs: 1000, maxMs: 60_000, maxAttempts: 8 } });
  const { leadId } = delivery.submit(form(1));
  await clock.advance(10 * 60_000);
  const waits = changes.filter((c) => c.status === 'retrying').map((c) => c.nextAttemptAt - clock.now());
  const delays = [];
  let previous = Date.UTC(2025, 0, 6, 9, 0, 0);
  for (const c of changes.filter((x) => x.status === 'retrying')) {
    delays.push(c.nextAttemptAt - previous);
    previous = c.nextAttemptAt;
  }
  assert.equal(waits.length, 7);
  // random() = 0.5: half of min(maxMs, baseMs * 2^(n-1)).
  assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000, 16_000, 30_000]);
  assert.equal(sender.calls.length, 8);
  const failed = delivery.status(leadId);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.attempts, 8);
  assert.equal(failed.message, LEAD_MESSAGES.deliveryFailed);
  assert.equal(failed.hint, LEAD_MESSAGES.deliveryFailedHint);
  assert.deepEqual(delivery.list(), [failed]);

  await clock.advance(60 * 60_000);
  assert.equal(sender.calls.length, 8, 'no more attempts on its own');
  delivery.retry(leadId);
  await settle();
  assert.equal(sender.calls.length, 9);
  assert.deepEqual(delivery.status(leadId), { leadId, status: 'sent' });
});

test('by default: at most a minute apart (Retry-After too), and 8 attempts in all, whichever pages made them', async () => {
  const storage = mapStorage();
  const clock = manualClock();
  const at = [];
  // The first four answers ask for nothing; later ones ask for ten minutes.
  const senders = async () => {
    at.push(clock.now());
    return at.length <= 4 ? retry() : retry({ retryAfterMs: 600_000 });
  };
  const page = () => createLeadDelivery({ storage, senders, random: () => 0.999, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
  const first = page();
  const { leadId } = first.submit(form(1));
  await clock.advance(20_000);
  assert.equal(at.length, 5, 'the first page made five attempts');
  first.dispose();
  // The visitor is on another page of the site: it goes on counting from what storage says.
  const second = page();
  second.resume();
  await clock.advance(60 * 60_000);
  assert.equal(at.length, 8);
  const gaps = at.slice(1).map((t, i) => t - at[i]);
  assert.ok(gaps.every((gap) => gap > 0 && gap <= 60_000), `gaps ${gaps}`);
  assert.equal(gaps.at(-1), 60_000, 'Retry-After is honoured up to a minute');
  assert.equal(second.status(leadId).status, 'failed');
  assert.equal(JSON.parse(storage.map.get(OUTBOX_KEY)).entries[0].lead.id, leadId, 'kept for "try again"');
});

test('jitter spans [0, ceiling) and Retry-After wins over a shorter jitter, capped at maxMs', async () => {
  const sender = scripted([retry(), retry({ retryAfterMs: 5000 }), retry({ retryAfterMs: 600_000 })]);
  const { delivery, clock, changes } = setup({ senders: sender, random: () => 0, backoff: { baseMs: 1000, maxMs: 60_000 } });
  delivery.submit(form(1));
  const start = clock.now();
  await settle();
  const retrying = () => changes.filter((c) => c.status === 'retrying');
  assert.equal(retrying()[0].nextAttemptAt - start, 0);
  await clock.advance(0);
  assert.equal(retrying()[1].nextAttemptAt - clock.now(), 5000);
  await clock.advance(5000);
  assert.equal(retrying()[2].nextAttemptAt - clock.now(), 60_000);
  await clock.advance(60_000);
  assert.equal(changes.at(-1).status, 'sent');
});

test('never two concurrent sends of the same lead, however often it is nudged', async () => {
  let release;
  const sender = scripted([() => new Promise((resolve) => (release = resolve))]);
  const { delivery, clock } = setup({ senders: sender });
  const { leadId } = delivery.submit(form(1));
  for (let i = 0; i < 5; i++) {
    delivery.flush();
    delivery.retry();
    delivery.retry(leadId);
    delivery.resume();
    await clock.advance(1000);
  }
  assert.equal(sender.calls.length, 1);
  assert.equal(delivery.status(leadId).status, 'sending');
  release({ kind: 'delivered' });
  await settle();
  assert.equal(delivery.status(leadId).status, 'sent');
  delivery.flush();
  await clock.advance(120_000);
  assert.equal(sender.calls.length, 1, 'a delivered lead is never sent again');
});

test('an attempt that never settles times out, aborts its signal, and is retried', async () => {
  const sender = scripted([() => new Promise(() => {})]);
  const { delivery, clock } = setup({ senders: sender, attemptTimeoutMs: 5000, random: () => 0 });
  const { leadId } = delivery.submit(form(1));
  await clock.advance(4999);
  assert.equal(delivery.status(leadId).status, 'sending');
  await clock.advance(1);
  assert.equal(sender.signals[0].aborted, true);
  await clock.advance(1);
  assert.equal(sender.calls.length, 2);
  assert.equal(delivery.status(leadId).status, 'sent');
});

test('a 4xx-style refusal is final: status rejected with the message, never sent again, contact details gone', async () => {
  const sender = scripted([{ kind: 'rejected', error: { kind: 'rejected', status: 422, message: 'Bad email' } }]);
  const { delivery, clock, storage, changes } = setup({ senders: sender });
  const { leadId } = delivery.submit(form(1));
  await clock.advance(120_000);
  const rejected = {
    leadId,
    status: 'rejected',
    message: 'Bad email',
    error: { kind: 'rejected', status: 422, message: 'Bad email' },
  };
  assert.deepEqual(delivery.status(leadId), rejected);
  delivery.retry(leadId);
  delivery.retry();
  delivery.flush();
  delivery.resume();
  await clock.advance(120_000);
  assert.equal(sender.calls.length, 1);
  assert.deepEqual(changes.at(-1), rejected);
  assert.deepEqual(delivery.list(), []);
  const text = storage.map.get(OUTBOX_KEY);
  for (const detail of contactDetails(1)) assert.equal(text.includes(detail), false, detail);
  assert.deepEqual(withoutSavedAt(JSON.parse(text)), { v: 1, entries: [], delivered: [], refused: [{ id: leadId, error: rejected.error }] });
});

test('several destinations: delivered when all have it; one that succeeded is not asked again', async () => {
  const crm = scripted([{ kind: 'delivered' }]);
  const email = scripted([retry(), retry()]);
  const storage = mapStorage();
  const { delivery, clock } = setup({ senders: { crm, email }, storage, random: () => 0 });
  const { leadId } = delivery.submit(form(1));
  await settle();
  assert.deepEqual(JSON.parse(storage.map.get(OUTBOX_KEY)).entries[0].deliveredTo, ['crm']);
  assert.equal(delivery.status(leadId).status, 'retrying');
  await clock.advance(10_000);
  assert.equal(crm.calls.length, 1);
  assert.equal(email.calls.length, 3);
  assert.equal(delivery.status(leadId).status, 'sent');

  // A visitor retry (attempts ran out) only goes where the lead is missing.
  const a = scripted([retry()]);
  const b = scripted();
  const second = setup({ senders: { a, b }, backoff: { maxAttempts: 1 } });
  const id2 = second.delivery.submit(form(2)).leadId;
  await settle();
  assert.equal(second.delivery.status(id2).status, 'failed');
  second.delivery.retry();
  await settle();
  assert.equal(a.calls.length, 2);
  assert.equal(b.calls.length, 1);
  assert.equal(second.delivery.status(id2).status, 'sent');

  // A refusal from one destination is final for the lead, whatever the others said.
  const refusing = scripted([{ kind: 'rejected', error: { kind: 'rejected', status: 400 } }]);
  const accepting = scripted();
  const third = setup({ senders: { refusing, accepting } });
  const id3 = third.delivery.submit(form(3)).leadId;
  await settle();
  assert.equal(third.delivery.status(id3).status, 'rejected');
  assert.equal(third.delivery.status(id3).message, LEAD_MESSAGES.deliveryRejected);
  third.delivery.retry();
  await settle();
  assert.equal(refusing.calls.length, 1);
});

test('developer functions: resolve = delivered, throw = retry, { ok: false, retry: false } = rejected', async () => {
  const outcomes = [];
  const fn = functionLeadSender(async (lead) => {
    outcomes.push(lead.id);
    lead.name = 'mutated';
    if (outcomes.length === 1) throw new Error('CRM down');
    if (outcomes.length === 2) return { ok: false, message: 'try later' };
    if (outcomes.length === 3) return { ok: false, retry: false, message: ' Duplicate \u0007contact ' };
    return undefined;
  });
  const { delivery, clock } = setup({ senders: fn, random: () => 0 });
  const { leadId } = delivery.submit(form(1));
  await clock.advance(1000);
  assert.equal(outcomes.length, 3);
  assert.equal(delivery.status(leadId).status, 'rejected');
  assert.equal(delivery.status(leadId).message, 'Duplicate contact');
  assert.equal(JSON.stringify(delivery.list()).includes(leadId), false, 'a refused lead leaves the outbox');
  const next = delivery.submit(form(2)).leadId;
  await settle();
  assert.equal(outcomes.length, 4);
  assert.equal(delivery.status(next).status, 'sent');
});

test('no destination configured: the lead is never reported sent, it ends failed', async () => {
  const { delivery, clock } = setup({ senders: {}, backoff: { maxAttempts: 3 } });
  const { leadId } = delivery.submit(form(1));
  await clock.advance(10 * 60_000);
  assert.equal(delivery.status(leadId).status, 'failed');
});

test('a throwing status listener does not stop delivery', async () => {
  const sender = scripted();
  const delivery = createLeadDelivery({
    senders: sender,
    onChange: () => {
      throw new Error('UI bug');
    },
  });
  const { leadId } = delivery.submit(form(1));
  await settle();
  assert.equal(delivery.status(leadId).status, 'sent');
});

test('clear() forgets everything; an attempt still on the wire is not recorded afterwards', async () => {
  let release;
  const sender = scripted([() => new Promise((resolve) => (release = resolve)), retry()]);
  const { delivery, storage, clock } = setup({ senders: sender });
  const first = delivery.submit(form(1)).leadId;
  const second = delivery.submit(form(2)).leadId;
  await settle();
  assert.equal(storage.map.has(OUTBOX_KEY), true);
  delivery.clear();
  assert.equal(storage.map.size, 0);
  release({ kind: 'delivered' });
  await clock.advance(120_000);
  assert.equal(storage.map.size, 0);
  assert.equal(delivery.status(first), undefined);
  assert.equal(delivery.status(second), undefined);
  assert.equal(sender.calls.length, 2, 'no retries after clear');
});

test('dispose() aborts and hands the lead back so the next instance sends it at once', async () => {
  const storage = mapStorage();
  const sender = scripted([(_lead, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(retry())))]);
  const one = setup({ senders: sender, storage });
  const { leadId } = one.delivery.submit(form(1));
  await settle();
  one.delivery.dispose();
  assert.equal(sender.signals[0].aborted, true);
  await settle();
  const stored = JSON.parse(storage.map.get(OUTBOX_KEY)).entries[0];
  assert.equal(stored.status, 'pending');
  assert.equal(stored.attempts, 1);
  const two = setup({ senders: sender, storage });
  two.delivery.resume();
  await settle();
  assert.equal(sender.calls.length, 2);
  assert.equal(two.delivery.status(leadId).status, 'sent');
  assert.equal(one.clock.pending(), 0);
});

test('resume(known): a lead another page delivered or refused meanwhile is reported as such', async () => {
  const storage = mapStorage();
  const other = setup({ senders: scripted([{ kind: 'delivered' }, { kind: 'rejected', error: { kind: 'rejected', status: 403 } }]), storage });
  const delivered = other.delivery.submit(form(1)).leadId;
  const refused = other.delivery.submit(form(2)).leadId;
  await settle();
  const { delivery, changes } = setup({ senders: scripted(), storage });
  delivery.resume([delivered, refused, 'never-heard-of']);
  assert.deepEqual(changes, [
    { leadId: delivered, status: 'sent' },
    { leadId: refused, status: 'rejected', message: LEAD_MESSAGES.deliveryRejected, error: { kind: 'rejected', status: 403 } },
  ]);
});
