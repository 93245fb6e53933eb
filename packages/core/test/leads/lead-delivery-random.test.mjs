// Randomised fault schedules (seeded, so every run replays the same schedule): receivers that are
// down, slow, failing, rate-limiting, dropping connections or losing answers, and pages reloaded
// mid-send. Whatever happens: every submitted lead is received (by unique key), none is lost, the
// receiver never has to accept one twice, and no lead is ever sent twice at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadDelivery, httpLeadSender } from '../../dist/leads/index.js';
import { FAULTS, delay, form, killableStorage, killableTimers, mapStorage, seeded, startLeadServer, throwingStorage, waitFor } from './lead-test-kit.mjs';

const SEED = 20_250_106;
const RUNS = 50;
const PARALLEL = 10;
const TRANSIENT = [
  FAULTS.s500,
  FAULTS.s503,
  FAULTS.s408,
  FAULTS.s429,
  FAULTS.destroy,
  FAULTS.acceptDestroy,
  FAULTS.slow,
  FAULTS.slowFail,
];
const TIMING = { timeoutMs: 100, slowMs: 200, attemptTimeoutMs: 250, backoff: { baseMs: 5, maxMs: 40, maxAttempts: 20 } };

/** The whole schedule of one run, drawn from its own seed. */
function schedule(run) {
  const rng = seeded(SEED + run);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const leads = 2 + Math.floor(rng() * 5);
  const faults = {};
  for (let i = 1; i <= leads; i++) {
    faults[i] = Array.from({ length: Math.floor(rng() * 5) }, () => pick(TRANSIENT));
    faults[i].push(rng() < 0.2 ? FAULTS.garbage : FAULTS.ok);
  }
  const throwing = rng() < 0.1;
  return {
    leads,
    faults,
    throwing,
    downMs: rng() < 0.25 ? 20 + Math.floor(rng() * 60) : 0,
    // Without working storage a reload forgets unsent leads (nothing can keep them), so no reload then.
    reloadAtMs: !throwing && rng() < 0.35 ? Math.floor(rng() * 80) : -1,
  };
}

/** Wraps a sender to watch our side: concurrent sends per lead, and sends after a confirmed delivery. */
function watched(sender, watch) {
  const confirmed = new Set();
  return async (lead, signal) => {
    if (confirmed.has(lead.id)) watch.afterConfirmed++;
    const now = (watch.inFlight.get(lead.id) ?? 0) + 1;
    watch.inFlight.set(lead.id, now);
    watch.maxConcurrent = Math.max(watch.maxConcurrent, now);
    try {
      const outcome = await sender(lead, signal);
      watch.log.push(`${lead.name}: ${outcome.kind}${outcome.error ? ` ${outcome.error.kind}` : ''}`);
      if (outcome.kind === 'delivered') confirmed.add(lead.id);
      return outcome;
    } finally {
      watch.inFlight.set(lead.id, watch.inFlight.get(lead.id) - 1);
    }
  };
}

async function play(run) {
  const plan = schedule(run);
  const receiver = await startLeadServer({
    slowMs: TIMING.slowMs,
    plan: ({ attempt, body }) => plan.faults[Number(/\d+$/.exec(body?.name ?? '')?.[0])]?.[attempt - 1] ?? FAULTS.ok,
  });
  const watch = { inFlight: new Map(), maxConcurrent: 0, afterConfirmed: 0, log: [] };
  const shared = plan.throwing ? throwingStorage() : mapStorage();
  const page = (storage, timers = {}) =>
    createLeadDelivery({
      storage,
      senders: watched(httpLeadSender({ endpoint: receiver.url, timeoutMs: TIMING.timeoutMs, maxRetryAfterMs: 1000 }), watch),
      backoff: TIMING.backoff,
      attemptTimeoutMs: TIMING.attemptTimeoutMs,
      random: seeded(SEED * 7 + run),
      ...timers,
    });
  try {
    if (plan.downMs) await receiver.down();
    const view = killableStorage(shared);
    const timers = killableTimers();
    let current = page(view, timers);
    const ids = [];
    for (let i = 1; i <= plan.leads; i++) {
      const result = current.submit(form(i, { name: `Run ${run} visitor ${i}` }));
      assert.equal(result.ok, true);
      ids.push(result.leadId);
    }
    const events = [];
    if (plan.downMs) {
      events.push(
        delay(plan.downMs).then(async () => {
          await receiver.up();
          current.flush();
        }),
      );
    }
    if (plan.reloadAtMs >= 0) {
      events.push(
        delay(plan.reloadAtMs).then(() => {
          // The old page dies: no more timers, no more writes. Its request may still be on the wire.
          view.kill();
          timers.kill();
          current = page(shared);
          current.resume();
        }),
      );
    }
    await Promise.all(events);
    await waitFor(() => ids.every((id) => current.status(id)?.status === 'sent'), 8000, `run ${run}: all sent`);
    await delay(TIMING.slowMs + 20); // let stragglers land before counting
    const received = new Set(receiver.accepted.keys());
    const sent = new Set(ids.filter((id) => current.status(id)?.status === 'sent'));
    return {
      plan,
      ids,
      sent,
      received,
      lost: ids.filter((id) => !received.has(id)).length,
      unexpected: [...received].filter((id) => !ids.includes(id)).length,
      acceptedTwice: [...receiver.accepted.values()].filter((count) => count !== 1).length,
      requests: receiver.requests.length,
      duplicates: receiver.duplicateCount(),
      faults: receiver.faults,
      maxConcurrent: watch.maxConcurrent,
      afterConfirmed: watch.afterConfirmed,
      maxRequestsPerLead: Math.max(...ids.map((id) => receiver.requestCount(id))),
      // The receiver plays each lead's script by attempt number, so a lead needs at least its script's
      // length in requests; more come only from our own timeouts (a loaded machine) and from reloads.
      extraRequests: ids.map((id, k) => receiver.requestCount(id) - plan.faults[k + 1].length),
      log: watch.log,
      dispose: () => current.dispose(),
    };
  } finally {
    await receiver.close();
  }
}

test(`${RUNS} seeded random fault schedules: sent == received by unique key, 0 lost`, async (t) => {
  // Node loads its fetch implementation on first use; warm it up so the first run's timeouts are real ones.
  const warm = await startLeadServer();
  await fetch(warm.url, { method: 'POST', body: '{}' });
  await warm.close();

  const results = [];
  for (let start = 0; start < RUNS; start += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, RUNS - start) }, (_, k) => play(start + k));
    results.push(...(await Promise.all(batch)));
  }
  const totals = { extraRequests: 0, leads: 0, sent: 0, received: 0, lost: 0, requests: 0, duplicates: 0, reloads: 0, downs: 0, noStorage: 0, maxRequestsPerLead: 0 };
  const faults = {};
  for (const [run, r] of results.entries()) {
    r.dispose();
    assert.deepEqual([...r.sent].sort(), [...r.received].sort(), `run ${run}: sent == received`);
    assert.equal(r.lost, 0, `run ${run}: lost`);
    assert.equal(r.unexpected, 0, `run ${run}: unexpected keys`);
    assert.equal(r.acceptedTwice, 0, `run ${run}: accepted twice`);
    assert.equal(r.maxConcurrent, 1, `run ${run}: concurrent sends of one lead`);
    assert.equal(r.afterConfirmed, 0, `run ${run}: sent again after a confirmed delivery`);
    assert.ok(r.extraRequests.every((n) => n >= 0), `run ${run}: script followed ${JSON.stringify(r.plan)}\n${r.log.join('\n')}`);
    totals.extraRequests += r.extraRequests.reduce((a, b) => a + b, 0);
    totals.leads += r.ids.length;
    totals.sent += r.sent.size;
    totals.received += r.received.size;
    totals.lost += r.lost;
    totals.requests += r.requests;
    totals.duplicates += r.duplicates;
    totals.reloads += r.plan.reloadAtMs >= 0 ? 1 : 0;
    totals.downs += r.plan.downMs ? 1 : 0;
    totals.noStorage += r.plan.throwing ? 1 : 0;
    totals.maxRequestsPerLead = Math.max(totals.maxRequestsPerLead, r.maxRequestsPerLead);
    for (const [fault, count] of r.faults) faults[fault] = (faults[fault] ?? 0) + count;
  }
  t.diagnostic(`seed ${SEED}: ${JSON.stringify(totals)}`);
  t.diagnostic(`responses by fault: ${JSON.stringify(faults)}`);
  assert.equal(totals.sent, totals.leads);
  assert.equal(totals.received, totals.leads);
});
