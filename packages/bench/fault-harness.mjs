// Randomised lead-delivery fault schedules against a real lead receiver on 127.0.0.1, shared by
// the test (packages/core/test/leads/lead-faults-200.test.mjs) and the bench (fault-schedules.mjs).
//
// Each schedule is drawn from a seeded PRNG, so a run replays the same plan: which leads the
// receiver refuses, the faults it plays before accepting the others (5xx, 429 with Retry-After,
// 408, dropped connections, answers slower than the client waits, a garbage 2xx body), whether it
// is down at first, what the storage does (works, throws on every call, is full, breaks part-way,
// fails now and then) and whether the visitor changes page mid-send (a reload, or another page of
// the site: a second delivery over the same storage resumes on its own, as the loader's outbox
// drain does, with no click, while the first still has a request on the wire; the first is
// disposed before or after the second starts). The receiver checks that every request's Idempotency-Key is the lead's id,
// deduplicates by it, and refuses for good, once a lead was refused, every later try of it.
//
// Outcome per lead: a lead the receiver accepts must be reported sent and be accepted under one
// key only; a refused lead must be reported rejected, with the receiver's message, and leave the
// outbox (only its id and the refusal are remembered: its contact details are gone). A page reload without working storage forgets unsent leads (nothing can keep them), so
// reloads are only drawn with working storage.
import { FAULTS, delay, form, seeded, startLeadServer, waitFor } from '../core/test/leads/lead-test-kit.mjs';

/** Small enough that 200 schedules run in well under a minute on two cores. */
export const TIMING = Object.freeze({
  timeoutMs: 100,
  slowMs: 180,
  attemptTimeoutMs: 250,
  backoff: Object.freeze({ baseMs: 5, maxMs: 40, maxAttempts: 20 }),
  /** Longest wait for one schedule to settle. */
  settleMs: 10_000,
});

const BEFORE_ACCEPT = [FAULTS.s500, FAULTS.s503, FAULTS.s408, FAULTS.s429, FAULTS.destroy, FAULTS.acceptDestroy, FAULTS.slow, FAULTS.slowFail];
/** Faults that do not accept the lead: the only ones a receiver that refuses it may play first. */
const BEFORE_REFUSAL = [FAULTS.s500, FAULTS.s503, FAULTS.s408, FAULTS.s429, FAULTS.destroy, FAULTS.slowFail];
const STORAGES = ['works', 'works', 'works', 'works', 'works', 'throws', 'full', 'breaks', 'flaky'];

/** The plan of schedule `index`, from its own seed. */
export function drawSchedule(seed, index) {
  const rng = seeded((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const count = 1 + Math.floor(rng() * 5);
  const leads = [];
  for (let i = 1; i <= count; i++) {
    const refused = rng() < 0.2;
    const before = Array.from({ length: Math.floor(rng() * (refused ? 4 : 5)) }, () => pick(refused ? BEFORE_REFUSAL : BEFORE_ACCEPT));
    leads.push({ n: i, refused, script: [...before, refused ? FAULTS.s400 : rng() < 0.2 ? FAULTS.garbage : FAULTS.ok] });
  }
  const storage = pick(STORAGES);
  const reload = storage === 'works' && rng() < 0.4;
  return {
    index,
    leads,
    storage,
    downMs: rng() < 0.25 ? 20 + Math.floor(rng() * 60) : 0,
    reloadAtMs: reload ? Math.floor(rng() * 90) : -1,
    /** Dispose the old page before the new one starts, or after (pagehide may come late or never). */
    disposeFirst: rng() < 0.5,
    storageSeed: Math.floor(rng() * 2 ** 31),
  };
}

/** A sessionStorage stand-in per the plan; every fault is an exception, as browsers throw them. */
function storageFor(plan) {
  const map = new Map();
  const rng = seeded(plan.storageSeed);
  let calls = 0;
  const guard = () => {
    calls++;
    if (plan.storage === 'throws') throw new Error('SecurityError: storage disabled');
    if (plan.storage === 'breaks' && calls > 3) throw new Error('SecurityError: storage went away');
    if (plan.storage === 'flaky' && rng() < 0.3) throw new Error('UnknownError: storage busy');
  };
  return {
    map,
    getItem: (key) => {
      guard();
      return map.has(key) ? map.get(key) : null;
    },
    setItem: (key, value) => {
      guard();
      if (plan.storage === 'full') throw new Error('QuotaExceededError');
      map.set(key, String(value));
    },
    removeItem: (key) => {
      guard();
      map.delete(key);
    },
  };
}

/** The kit's 400 message ('Phone number \u0007not <b>accepted</b>\u202e here.') as the visitor may see it: controls and bidi overrides gone, shown as text. */
const REFUSAL_SHOWN = 'Phone number not <b>accepted</b> here.';

const leadNumber = (body) => Number(/ (\d+)$/.exec(typeof body?.name === 'string' ? body.name : '')?.[1]);

/**
 * Plays one schedule. `lib` is lead delivery as built (`createLeadDelivery`, `httpLeadSender`):
 * the test passes core's dist modules, the bench the package. Never throws for a delivery
 * failure: everything found wrong is listed in `problems`.
 */
export async function playSchedule(lib, plan, seed) {
  const { createLeadDelivery, httpLeadSender } = lib;
  const keyProblems = [];
  const refusedKeys = new Set();
  const receiver = await startLeadServer({
    slowMs: TIMING.slowMs,
    plan: ({ key, attempt, body }) => {
      // The receiver's own check: the key is there and is the lead's id; a mismatch is refused.
      if (!key || key !== body?.id) {
        keyProblems.push(`request for ${JSON.stringify(body?.name)} with Idempotency-Key ${JSON.stringify(key)} (lead id ${JSON.stringify(body?.id)})`);
        return FAULTS.s400;
      }
      if (refusedKeys.has(key)) return FAULTS.s400;
      const lead = plan.leads[leadNumber(body) - 1];
      const fault = lead?.script[attempt - 1] ?? (lead?.refused ? FAULTS.s400 : FAULTS.ok);
      if (fault === FAULTS.s400) refusedKeys.add(key);
      return fault;
    },
  });
  const instances = [];
  const problems = [];
  const started = Date.now();
  try {
    const storage = storageFor(plan);
    const page = () => {
      const delivery = createLeadDelivery({
        storage,
        senders: httpLeadSender({ endpoint: receiver.url, timeoutMs: TIMING.timeoutMs, maxRetryAfterMs: 1000 }),
        backoff: TIMING.backoff,
        attemptTimeoutMs: TIMING.attemptTimeoutMs,
        random: seeded(seed + plan.index * 31 + instances.length),
      });
      instances.push(delivery);
      return delivery;
    };
    if (plan.downMs) await receiver.down();
    let current = page();
    const ids = plan.leads.map((lead) => {
      const result = current.submit(form(lead.n, { name: `Schedule ${plan.index} visitor ${lead.n}` }));
      if (!result.ok) throw new Error(`schedule ${plan.index}: the test form did not validate`);
      return result.leadId;
    });
    const happenings = [];
    if (plan.downMs) {
      happenings.push(
        delay(plan.downMs).then(async () => {
          await receiver.up();
          current.flush(); // "back online"
        }),
      );
    }
    if (plan.reloadAtMs >= 0) {
      happenings.push(
        delay(plan.reloadAtMs).then(() => {
          const old = current;
          if (plan.disposeFirst) old.dispose();
          current = page();
          current.resume();
          if (!plan.disposeFirst) old.dispose();
        }),
      );
    }
    await Promise.all(happenings);

    const expected = (k) => (plan.leads[k].refused ? 'rejected' : 'sent');
    const settled = () => ids.every((id, k) => current.status(id)?.status === expected(k));
    try {
      await waitFor(settled, TIMING.settleMs, 'every lead settled');
    } catch {
      // Reported per lead below.
    }
    await delay(TIMING.slowMs + 30); // let late answers and aborted requests land before counting

    // Keys the receiver accepted, by lead: one lead under two keys would be a duplicate for the center.
    const keysByLead = new Map();
    for (const key of receiver.accepted.keys()) {
      const body = receiver.requests.find((r) => r.key === key)?.body;
      const n = leadNumber(body);
      keysByLead.set(n, [...(keysByLead.get(n) ?? []), key]);
    }
    const listed = new Set(current.list().map((s) => s.leadId));
    let received = 0;
    let duplicated = 0;
    let lost = 0;
    let rejected = 0;
    ids.forEach((id, k) => {
      const lead = plan.leads[k];
      const status = current.status(id);
      const keys = keysByLead.get(lead.n) ?? [];
      if (keys.length > 0) received++;
      duplicated += Math.max(0, keys.length - 1) + Math.max(0, receiver.acceptedCount(id) - 1);
      if (status?.status === 'rejected') rejected++;
      const where = `schedule ${plan.index} lead ${lead.n} (${lead.script.join(',')})`;
      if (lead.refused) {
        if (status?.status !== 'rejected') problems.push(`${where}: refused by the receiver but reported ${JSON.stringify(status)}`);
        else if (status.message !== REFUSAL_SHOWN) problems.push(`${where}: rejection message ${JSON.stringify(status.message)}`);
        if (listed.has(id)) problems.push(`${where}: a rejected lead must leave the outbox (contact details and all)`);
        if (keys.length > 0) problems.push(`${where}: refused, yet accepted`);
      } else {
        if (keys.length === 0 || status?.status !== 'sent') {
          lost++;
          problems.push(`${where}: not delivered (receiver has ${keys.length} key(s), reported ${JSON.stringify(status)})`);
        }
        if (keys.length > 0 && !keys.includes(id)) problems.push(`${where}: accepted under another key than its id`);
        if (listed.has(id)) problems.push(`${where}: delivered but still in the outbox`);
      }
    });
    if (duplicated > 0) problems.push(`schedule ${plan.index}: ${duplicated} duplicate acceptance(s)`);
    const unexpected = [...receiver.accepted.keys()].filter((key) => !ids.includes(key));
    if (unexpected.length > 0) problems.push(`schedule ${plan.index}: accepted unknown keys ${unexpected.join(',')}`);
    problems.push(...keyProblems.map((p) => `schedule ${plan.index}: ${p}`));

    return {
      plan,
      sent: ids.length,
      received,
      duplicated,
      lost,
      rejected,
      requests: receiver.requests.length,
      faults: Object.fromEntries(receiver.faults),
      problems,
      ms: Date.now() - started,
    };
  } finally {
    for (const delivery of instances) delivery.dispose();
    await receiver.close();
  }
}

/**
 * Plays `count` schedules from `seed`, `parallel` at a time, and sums them up. Stops starting new
 * schedules after `deadlineMs` (the count then falls short, which callers report).
 */
export async function runSchedules(lib, { count = 200, seed = 20261122, parallel = 10, deadlineMs = 120_000 } = {}) {
  const started = Date.now();
  // Node loads its fetch on first use; warm it so the first schedules' timeouts are real ones.
  const warm = await startLeadServer();
  try {
    await fetch(warm.url, { method: 'POST', body: '{}' });
  } finally {
    await warm.close();
  }

  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() - started < deadlineMs) {
      const index = next++;
      results.push(await playSchedule(lib, drawSchedule(seed, index), seed));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, count)) }, worker));
  results.sort((a, b) => a.plan.index - b.plan.index);

  const sum = (pick) => results.reduce((total, r) => total + pick(r), 0);
  return {
    results,
    totals: {
      schedules: results.length,
      leadsSent: sum((r) => r.sent),
      leadsReceived: sum((r) => r.received),
      duplicated: sum((r) => r.duplicated),
      lost: sum((r) => r.lost),
      rejected: sum((r) => r.rejected),
      requests: sum((r) => r.requests),
      /** Schedules where the visitor moves to another page (or reloads) mid-send and never clicks. */
      pageChanges: sum((r) => (r.plan.reloadAtMs >= 0 ? 1 : 0)),
      ms: Date.now() - started,
    },
  };
}
