// 200 seeded random fault schedules against a real lead receiver on 127.0.0.1 (the plans and the
// receiver are in packages/bench/fault-harness.mjs, shared with `npm run bench`): receiver down
// then up, slower than the client waits, 500/503/408, 429 with Retry-After, 400 with a message,
// a garbage 2xx body, connections dropped before or after accepting, a page reloaded mid-send, and
// storage that throws, is full, breaks or fails now and then. Every lead the receiver accepts is
// received exactly once (one key, accepted once) and reported sent; every refused lead is reported
// rejected with the receiver's message and leaves the outbox; none is lost. Build first: `npx tsc -b packages/core`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLeadDelivery, httpLeadSender } from '../../dist/leads/index.js';
import { drawSchedule, runSchedules } from '../../../bench/fault-harness.mjs';

const SEED = 20_261_122;
const COUNT = 200;

test('the schedules are deterministic and cover every fault, storage and reload kind', () => {
  assert.deepEqual(drawSchedule(SEED, 7), drawSchedule(SEED, 7));
  const plans = Array.from({ length: COUNT }, (_, i) => drawSchedule(SEED, i));
  const faults = new Set(plans.flatMap((p) => p.leads.flatMap((l) => l.script)));
  for (const fault of ['500', '503', '408', '429', '400', 'destroy', 'accept-destroy', 'slow', 'slow-fail', 'garbage', 'ok']) {
    assert.ok(faults.has(fault), `some schedule plays ${fault}`);
  }
  for (const storage of ['works', 'throws', 'full', 'breaks', 'flaky']) assert.ok(plans.some((p) => p.storage === storage), storage);
  assert.ok(plans.some((p) => p.downMs > 0), 'receiver down at first');
  assert.ok(plans.some((p) => p.reloadAtMs >= 0 && p.disposeFirst), 'reload, old page disposed first');
  assert.ok(plans.some((p) => p.reloadAtMs >= 0 && !p.disposeFirst), 'reload, old page disposed after the new one started');
  assert.ok(plans.some((p) => p.leads.some((l) => l.refused)), 'refused leads');
});

test(`${COUNT} seeded fault schedules: every accepted lead received exactly once, refused ones rejected and removed, none lost`, async (t) => {
  const { results, totals } = await runSchedules({ createLeadDelivery, httpLeadSender }, { count: COUNT, seed: SEED, deadlineMs: 55_000 });
  t.diagnostic(`seed ${SEED}: ${JSON.stringify(totals)}`);
  const faults = {};
  for (const r of results) for (const [fault, n] of Object.entries(r.faults)) faults[fault] = (faults[fault] ?? 0) + n;
  t.diagnostic(`responses by fault: ${JSON.stringify(faults)}`);

  assert.equal(totals.schedules, COUNT, 'every schedule ran within the time bound');
  const problems = results.flatMap((r) => r.problems);
  assert.deepEqual(problems, [], problems.slice(0, 20).join('\n'));
  const refused = results.reduce((n, r) => n + r.plan.leads.filter((l) => l.refused).length, 0);
  assert.equal(totals.lost, 0);
  assert.equal(totals.duplicated, 0);
  assert.equal(totals.rejected, refused);
  assert.equal(totals.leadsReceived, totals.leadsSent - refused);
  assert.ok(totals.requests >= totals.leadsSent);
});
