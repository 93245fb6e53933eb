// (f) Lead delivery under faults: `runFaultSchedules()` plays seeded random fault schedules
// (see fault-harness.mjs) against a real local receiver and counts what arrived. For the bench
// report; the same schedules are asserted lead by lead in core's lead-faults-200 test.
import { createLeadDelivery, httpLeadSender } from '@iop-chat/core';
import { runSchedules } from './fault-harness.mjs';

/**
 * Plays `count` schedules from `seed` and returns the totals:
 * `{ schedules, leadsSent, leadsReceived, duplicated, lost, rejected, requests, ms }`.
 * leadsSent counts every lead submitted, refused ones included (the receiver refuses about one in
 * five for good: those count in `rejected`, not in `leadsReceived`); `lost` and `duplicated` must be 0.
 */
export async function runFaultSchedules({ count = 200, seed = 20261122 } = {}) {
  const { totals } = await runSchedules({ createLeadDelivery, httpLeadSender }, { count, seed });
  return totals;
}
