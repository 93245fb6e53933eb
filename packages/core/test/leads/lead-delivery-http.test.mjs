// End to end against a real local receiver that fails on script: every lead arrives exactly once
// (the receiver counts first acceptances per idempotency key), none is lost, refusals are shown.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadDelivery, httpLeadSender, OUTBOX_KEY } from '../../dist/leads/index.js';
import {
  FAULTS,
  delay,
  form,
  killableStorage,
  killableTimers,
  mapStorage,
  startLeadServer,
  throwingStorage,
  waitFor,
  withoutSavedAt,
  contactDetails,
} from './lead-test-kit.mjs';

const FAST = { baseMs: 5, maxMs: 40, maxAttempts: 8 };
const instances = [];
after(() => instances.forEach((d) => d.dispose()));

// Generous per-attempt limits: only the tests about slowness set short ones, so a loaded CI machine
// cannot turn an ordinary reply into a timeout and a resend.
function deliveryFor(receiver, { storage = mapStorage(), timeoutMs = 1000, attemptTimeoutMs = 1500, ...rest } = {}) {
  const statuses = new Map();
  const history = [];
  const delivery = createLeadDelivery({
    storage,
    senders: httpLeadSender({ endpoint: receiver.url, timeoutMs, maxRetryAfterMs: 2000 }),
    backoff: FAST,
    attemptTimeoutMs,
    onChange: (status) => {
      statuses.set(status.leadId, status);
      history.push(status);
    },
    ...rest,
  });
  instances.push(delivery);
  return { delivery, statuses, history, storage };
}

/** Receiver plan by visitor name ("Visitor 3" -> faults[3]), then ok. */
const byVisitor = (faults) => ({ attempt, body }) => faults[Number(/\d+$/.exec(body?.name ?? '')?.[0])]?.[attempt - 1] ?? FAULTS.ok;

const allSent = (delivery, ids) => () => ids.every((id) => delivery.status(id)?.status === 'sent');

test('receiver down, then back: leads wait, retry, and arrive exactly once', async () => {
  const receiver = await startLeadServer();
  after(() => receiver.close());
  await receiver.down();
  const { delivery, history } = deliveryFor(receiver, { backoff: { baseMs: 20, maxMs: 100, maxAttempts: 50 } });
  const ids = [1, 2, 3].map((i) => delivery.submit(form(i)).leadId);
  await waitFor(() => ids.every((id) => delivery.status(id)?.status === 'retrying'), 2000, 'retrying');
  assert.ok(history.some((s) => s.status === 'retrying' && s.error.kind === 'network' && s.nextAttemptAt > 0));
  await receiver.up();
  delivery.flush(); // "back online"
  await waitFor(allSent(delivery, ids), 3000, 'delivery');
  for (const id of ids) assert.equal(receiver.acceptedCount(id), 1);
  assert.equal(receiver.duplicateCount(), 0, 'nothing was sent again after it was confirmed');
});

test('500s, 503, 408, 429 with Retry-After, a dropped connection and a garbage 2xx body: each lead exactly once', async () => {
  const receiver = await startLeadServer({
    plan: byVisitor({
      1: [FAULTS.s500, FAULTS.s500],
      2: [FAULTS.s429],
      3: [FAULTS.destroy, FAULTS.s503, FAULTS.s408],
      4: [FAULTS.garbage],
      5: [],
    }),
  });
  after(() => receiver.close());
  const { delivery, history } = deliveryFor(receiver);
  const ids = [1, 2, 3, 4, 5].map((i) => delivery.submit(form(i)).leadId);
  await waitFor(allSent(delivery, ids), 5000, 'delivery');
  for (const id of ids) assert.equal(receiver.acceptedCount(id), 1);
  assert.equal(receiver.duplicateCount(), 0);
  assert.deepEqual(
    ids.map((id) => receiver.requestCount(id)),
    [3, 2, 4, 1, 1],
  );
  // The 429's Retry-After (1 s) is honoured but capped by backoff.maxMs (40 ms here).
  const rateLimited = history.find((s) => s.status === 'retrying' && s.error.kind === 'rate-limited');
  assert.equal(rateLimited.error.status, 429);
});

test('slow answers beyond the timeout and answers lost on the wire: the receiver dedupes, we stop at its 409', async () => {
  const receiver = await startLeadServer({ plan: byVisitor({ 1: [FAULTS.slow], 2: [FAULTS.acceptDestroy], 3: [FAULTS.slowFail] }), slowMs: 300 });
  after(() => receiver.close());
  const { delivery } = deliveryFor(receiver, { timeoutMs: 100 });
  const ids = [1, 2, 3].map((i) => delivery.submit(form(i)).leadId);
  await waitFor(allSent(delivery, ids), 5000, 'delivery');
  for (const id of ids) assert.equal(receiver.acceptedCount(id), 1);
  assert.equal(receiver.requestCount(ids[0]), 2);
  assert.equal(receiver.requestCount(ids[1]), 2);
  assert.equal(receiver.duplicateCount(), 2, 'the two answers we never saw were acknowledged as duplicates');
});

test('a 400 with a message: shown as text, final (not retried), and the contact details leave storage', async () => {
  const receiver = await startLeadServer({ plan: () => FAULTS.s400 });
  after(() => receiver.close());
  const { delivery, storage } = deliveryFor(receiver);
  const { leadId } = delivery.submit(form(1));
  await waitFor(() => delivery.status(leadId)?.status === 'rejected', 2000, 'rejected');
  assert.deepEqual(delivery.status(leadId), {
    leadId,
    status: 'rejected',
    message: 'Phone number not <b>accepted</b> here.',
    error: { kind: 'rejected', status: 400, message: 'Phone number not <b>accepted</b> here.' },
  });
  delivery.retry(leadId);
  delivery.flush();
  await delay(100);
  assert.equal(receiver.requestCount(leadId), 1);
  assert.equal(receiver.acceptedCount(leadId), 0);
  // Only the id and the refusal stay, so the visitor can still be told; nothing they typed.
  const text = storage.map.get(OUTBOX_KEY);
  for (const detail of contactDetails(1)) assert.equal(text.includes(detail), false, detail);
  assert.deepEqual(withoutSavedAt(JSON.parse(text)), {
    v: 1,
    entries: [],
    delivered: [],
    refused: [{ id: leadId, error: { kind: 'rejected', status: 400, message: 'Phone number not <b>accepted</b> here.' } }],
  });
});

test('page reload mid-send (same storage): the new page waits out the old claim; receiver dedupes; exactly once', async () => {
  const receiver = await startLeadServer({ plan: ({ attempt }) => (attempt === 1 ? FAULTS.slow : FAULTS.ok), slowMs: 400 });
  after(() => receiver.close());
  const storage = mapStorage();
  const first = deliveryFor(receiver, { storage, timeoutMs: 2000, attemptTimeoutMs: 2000 });
  const { leadId } = first.delivery.submit(form(1));
  await waitFor(() => receiver.requestCount(leadId) === 1, 2000, 'first request');
  // The new page: it sees a fresh claim and, with its shorter timeout, soon treats it as stale.
  const second = deliveryFor(receiver, { storage, attemptTimeoutMs: 150 });
  second.delivery.resume();
  assert.equal(second.delivery.status(leadId).status, 'sending');
  await waitFor(() => second.delivery.status(leadId)?.status === 'sent', 3000, 'second page delivery');
  assert.equal(receiver.requestCount(leadId), 2);
  await waitFor(() => first.statuses.get(leadId)?.status === 'sent', 3000, 'first page answer');
  await delay(150);
  assert.equal(receiver.acceptedCount(leadId), 1);
  assert.equal(receiver.requestCount(leadId), 2);
  assert.deepEqual(withoutSavedAt(JSON.parse(storage.map.get(OUTBOX_KEY))), { v: 1, entries: [], delivered: [leadId] });
});

test('page reload mid-send where the old page confirms first: the new page never sends it', async () => {
  const receiver = await startLeadServer({ plan: () => FAULTS.slow, slowMs: 100 });
  after(() => receiver.close());
  const storage = mapStorage();
  const first = deliveryFor(receiver, { storage, timeoutMs: 1000, attemptTimeoutMs: 1000 });
  const { leadId } = first.delivery.submit(form(1));
  await waitFor(() => receiver.requestCount(leadId) === 1, 2000, 'first request');
  const second = deliveryFor(receiver, { storage, attemptTimeoutMs: 300 });
  second.delivery.resume();
  await waitFor(() => second.statuses.get(leadId)?.status === 'sent', 3000, 'second page learns it was sent');
  await delay(400);
  assert.equal(receiver.requestCount(leadId), 1, 'sent once in all');
  assert.equal(receiver.acceptedCount(leadId), 1);
});

test('page killed mid-send (it can record nothing more): the next page resends after the claim goes stale; exactly once', async () => {
  const receiver = await startLeadServer({ plan: ({ attempt }) => (attempt === 1 ? FAULTS.slow : FAULTS.ok), slowMs: 200 });
  after(() => receiver.close());
  const shared = mapStorage();
  const oldView = killableStorage(shared);
  const oldTimers = killableTimers();
  const first = deliveryFor(receiver, { storage: oldView, timeoutMs: 1000, attemptTimeoutMs: 1000, ...oldTimers });
  const { leadId } = first.delivery.submit(form(1));
  await waitFor(() => receiver.requestCount(leadId) === 1, 2000, 'first request');
  oldView.kill();
  oldTimers.kill();
  const second = deliveryFor(receiver, { storage: shared, attemptTimeoutMs: 100 });
  second.delivery.resume();
  await waitFor(() => second.delivery.status(leadId)?.status === 'sent', 3000, 'delivery by the new page');
  await delay(300);
  assert.equal(receiver.acceptedCount(leadId), 1);
  assert.equal(receiver.requestCount(leadId), 2);
  assert.equal(receiver.duplicateCount(), 1);
  assert.deepEqual(withoutSavedAt(JSON.parse(shared.map.get(OUTBOX_KEY))), { v: 1, entries: [], delivered: [leadId] });
});

test('storage that throws still delivers', async () => {
  const receiver = await startLeadServer({ plan: byVisitor({ 1: [FAULTS.s500] }) });
  after(() => receiver.close());
  const { delivery } = deliveryFor(receiver, { storage: throwingStorage() });
  const ids = [1, 2].map((i) => delivery.submit(form(i)).leadId);
  await waitFor(allSent(delivery, ids), 3000, 'delivery');
  for (const id of ids) assert.equal(receiver.acceptedCount(id), 1);
});

test('clear() empties storage and stops retries', async () => {
  const receiver = await startLeadServer({ plan: byVisitor({ 1: [FAULTS.s400], 2: Array(50).fill(FAULTS.s500) }) });
  after(() => receiver.close());
  const { delivery, storage } = deliveryFor(receiver);
  const ids = [1, 2].map((i) => delivery.submit(form(i)).leadId);
  await waitFor(() => delivery.status(ids[0])?.status === 'rejected' && receiver.requestCount(ids[1]) >= 2, 3000, 'failures');
  assert.equal(storage.map.has(OUTBOX_KEY), true);
  delivery.clear();
  assert.equal(storage.map.size, 0);
  const seen = receiver.requests.length;
  await delay(200);
  assert.ok(receiver.requests.length <= seen + 1, 'at most the request already on the wire');
  assert.equal(storage.map.size, 0);
  assert.deepEqual(delivery.list(), []);
});
