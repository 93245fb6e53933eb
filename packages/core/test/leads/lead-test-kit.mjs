// Test kit for lead delivery: a scriptable local HTTP lead receiver that deduplicates by
// Idempotency-Key, storages (map-backed, throwing, freezable), a manual clock, and small helpers.
import http from 'node:http';

/** Every fault the receiver can play for one request. */
export const FAULTS = {
  /** Accept (or acknowledge a duplicate with 409). */
  ok: 'ok',
  /** Accept and answer 200 with a body that is not JSON. */
  garbage: 'garbage',
  s500: '500',
  s503: '503',
  s408: '408',
  /** 429 with Retry-After: 1. */
  s429: '429',
  /** 400 with a JSON message. */
  s400: '400',
  /** Destroy the connection before accepting. */
  destroy: 'destroy',
  /** Accept, then destroy the connection: the client never learns it worked. */
  acceptDestroy: 'accept-destroy',
  /** Accept, answer after `slowMs` (beyond the client's timeout). */
  slow: 'slow',
  /** Answer 500 after `slowMs`, without accepting. */
  slowFail: 'slow-fail',
};

const ALL_FAULTS = new Set(Object.values(FAULTS));

/**
 * A lead receiver on 127.0.0.1. `plan({ key, attempt, body })` picks the fault for each request
 * (attempt counts requests per key from 1). `accepted` counts first acceptances per key (at most 1:
 * the receiver deduplicates); `duplicates` counts requests for keys it already had.
 */
export async function startLeadServer({ plan = () => FAULTS.ok, slowMs = 300 } = {}) {
  const receiver = {
    plan,
    slowMs,
    requests: [],
    accepted: new Map(),
    duplicates: new Map(),
    attemptsByKey: new Map(),
    faults: new Map(),
    acceptedCount: (key) => receiver.accepted.get(key) ?? 0,
    requestCount: (key) => receiver.attemptsByKey.get(key) ?? 0,
    duplicateCount: () => [...receiver.duplicates.values()].reduce((a, b) => a + b, 0),
  };
  const sockets = new Set();

  const accept = (key) => {
    if (receiver.accepted.has(key)) {
      receiver.duplicates.set(key, (receiver.duplicates.get(key) ?? 0) + 1);
      return false;
    }
    receiver.accepted.set(key, 1);
    return true;
  };
  const json = (res, status, value, headers = {}) => {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(value));
  };
  const acknowledge = (res, key) => {
    if (accept(key)) json(res, 201, { ok: true, id: key });
    else json(res, 409, { message: 'Already received.' }, { 'idempotency-key': key });
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key'] ?? '');
      let body = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      const attempt = (receiver.attemptsByKey.get(key) ?? 0) + 1;
      receiver.attemptsByKey.set(key, attempt);
      const fault = receiver.plan({ key, attempt, body, headers: req.headers });
      if (!ALL_FAULTS.has(fault)) throw new Error(`unknown fault ${fault}`);
      receiver.faults.set(fault, (receiver.faults.get(fault) ?? 0) + 1);
      receiver.requests.push({ key, attempt, fault, body, headers: req.headers, method: req.method });
      switch (fault) {
        case FAULTS.ok:
          return acknowledge(res, key);
        case FAULTS.garbage:
          accept(key);
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(Buffer.from([0x00, 0xff, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0x7b]));
        case FAULTS.s500:
          res.writeHead(500, { 'content-type': 'text/plain' });
          return res.end('Internal error');
        case FAULTS.s503:
          return json(res, 503, { error: 'maintenance' }, { 'retry-after': '0' });
        case FAULTS.s408:
          return json(res, 408, { error: 'timeout' });
        case FAULTS.s429:
          return json(res, 429, { error: 'slow down' }, { 'retry-after': '1' });
        case FAULTS.s400:
          return json(res, 400, { message: 'Phone number \u0007not <b>accepted</b>\u202e here.' });
        case FAULTS.destroy:
          return req.socket.destroy();
        case FAULTS.acceptDestroy:
          accept(key);
          return req.socket.destroy();
        case FAULTS.slow:
          accept(key);
          return setTimeout(() => json(res, 201, { ok: true }), receiver.slowMs);
        case FAULTS.slowFail:
          return setTimeout(() => json(res, 500, { error: 'late' }), receiver.slowMs);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A destroyed socket mid-response is part of the script, not a test failure.
  server.on('clientError', (_error, socket) => socket.destroy());

  const listen = (port) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve(server.address().port);
      });
    });
  const port = await listen(0);

  return Object.assign(receiver, {
    port,
    url: `http://127.0.0.1:${port}/leads`,
    /** Closes the listener and every open connection (the receiver is "down"). */
    async down() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections?.();
      await closed;
    },
    /** Listens again on the same port. */
    async up() {
      await listen(port);
    },
    async close() {
      if (server.listening) await receiver.down();
    },
  });
}

/** A sessionStorage-like storage over a Map (exposed as `.map`). */
export function mapStorage(map = new Map()) {
  return {
    map,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

/** Storage whose every call throws (site data disabled). */
export function throwingStorage() {
  const fail = () => {
    throw new Error('SecurityError: storage disabled');
  };
  return { calls: 0, getItem: fail, setItem: fail, removeItem: fail };
}

/** Storage that reads fine but whose writes throw (quota exceeded). */
export function fullStorage(map = new Map()) {
  return {
    map,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * A view of `storage` for a page that is about to die: after `kill()` its writes are dropped
 * (the page is gone and can record nothing), reads still pass through.
 */
export function killableStorage(storage) {
  const view = {
    killed: false,
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      if (!view.killed) storage.setItem(key, value);
    },
    removeItem: (key) => {
      if (!view.killed) storage.removeItem(key);
    },
    kill() {
      view.killed = true;
    },
  };
  return view;
}

/** Timers that stop firing once `kill()` is called (the page is gone). */
export function killableTimers() {
  const handles = new Set();
  const timers = {
    killed: false,
    setTimer: (fn, ms) => {
      const handle = setTimeout(() => {
        handles.delete(handle);
        if (!timers.killed) fn();
      }, ms);
      handles.add(handle);
      return handle;
    },
    clearTimer: (handle) => {
      handles.delete(handle);
      clearTimeout(handle);
    },
    kill() {
      timers.killed = true;
      for (const handle of handles) clearTimeout(handle);
      handles.clear();
    },
  };
  return timers;
}

/** Lets queued promise callbacks run. */
export const settle = async (turns = 3) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** A manual clock for setTimer/clearTimer/now; `advance` fires due timers in order. */
export function manualClock(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
  let time = start;
  let seq = 0;
  const timers = new Map();
  const clock = {
    now: () => time,
    setTimer: (fn, ms) => {
      const id = ++seq;
      timers.set(id, { at: time + Math.max(0, ms), fn });
      return id;
    },
    clearTimer: (id) => void timers.delete(id),
    pending: () => timers.size,
    async advance(ms) {
      const end = time + ms;
      for (;;) {
        await settle();
        let next;
        for (const [id, timer] of timers) if (timer.at <= end && (!next || timer.at < next[1].at)) next = [id, timer];
        if (!next) break;
        timers.delete(next[0]);
        time = next[1].at;
        next[1].fn();
      }
      time = end;
      await settle();
    },
  };
  return clock;
}

/** Polls until `predicate()` is truthy, failing after `timeoutMs`. */
export async function waitFor(predicate, timeoutMs = 3000, what = 'condition') {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A valid contact form; `overrides` replace fields. */
export function form(i = 1, overrides = {}) {
  return {
    name: `Visitor ${i}`,
    phone: `+1 (555) 010-${String(1000 + i).slice(-4)}`,
    preferredMethod: 'call',
    bestTime: 'evening',
    voicemailOk: false,
    centerNameOk: false,
    consentContact: true,
    consentSms: false,
    includeScreening: false,
    ...overrides,
  };
}

/** A stored outbox without its `savedAt` write time (checked to be there), for exact comparisons. */
export function withoutSavedAt(stored) {
  const { savedAt, ...rest } = stored;
  if (typeof savedAt !== 'number') throw new Error(`the outbox has no savedAt: ${JSON.stringify(stored)}`);
  return rest;
}

/** The contact details `form(i)` fills in: none may stay in storage once a lead is settled. */
export function contactDetails(i = 1) {
  const { name, phone } = form(i);
  return [name, phone.replace(/\D/g, '').slice(-7)];
}

/** Deterministic PRNG (mulberry32). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
