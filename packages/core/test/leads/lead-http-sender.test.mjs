// httpLeadSender against a real local receiver: request shape and outcome classification.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { httpLeadSender, buildLead, validateLead, parseRetryAfter } from '../../dist/leads/index.js';
import { FAULTS, form, startLeadServer } from './lead-test-kit.mjs';

let n = 0;
const lead = () =>
  buildLead(validateLead(form(++n)).lead, {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: '2025-01-06T09:00:00.000Z',
    source: { centerName: 'Harbor IOP', page: '/contact' },
  });
const never = new AbortController().signal;

/** A raw server answering every request with `respond(req, res)`. */
async function rawServer(respond) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => respond(req, res));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${server.address().port}/`;
}

test('POSTs the lead as JSON with its idempotency key, no cookies, no referrer', async () => {
  const receiver = await startLeadServer();
  after(() => receiver.close());
  const l = lead();
  const outcome = await httpLeadSender({
    endpoint: receiver.url,
    headers: { 'X-Api-Key': 'k1', 'idempotency-key': 'forged', 'Content-Type': 'text/plain' },
  })(l, never);
  assert.deepEqual(outcome, { kind: 'delivered' });
  const [request] = receiver.requests;
  assert.equal(request.method, 'POST');
  assert.equal(request.headers['idempotency-key'], l.id);
  assert.equal(request.headers['content-type'], 'application/json');
  assert.equal(request.headers['x-api-key'], 'k1');
  assert.equal(request.headers.cookie, undefined);
  assert.equal(request.headers.referer, undefined);
  assert.deepEqual(request.body, l);
});

test('2xx with a garbage body, and 409 for the same key, count as delivered', async () => {
  const receiver = await startLeadServer({ plan: ({ attempt }) => (attempt === 1 ? FAULTS.garbage : FAULTS.ok) });
  after(() => receiver.close());
  const send = httpLeadSender({ endpoint: receiver.url });
  const l = lead();
  assert.deepEqual(await send(l, never), { kind: 'delivered' });
  assert.deepEqual(await send(l, never), { kind: 'delivered', duplicate: true });
  assert.equal(receiver.acceptedCount(l.id), 1);

  const otherKey = await rawServer((_req, res) => {
    res.writeHead(409, { 'idempotency-key': 'someone-else', 'content-type': 'text/plain' });
    res.end('Conflict with another request');
  });
  assert.deepEqual(await httpLeadSender({ endpoint: otherKey })(lead(), never), {
    kind: 'rejected',
    error: { kind: 'rejected', status: 409, message: 'Conflict with another request' },
  });
});

test('408/425/429/5xx are retryable; Retry-After is honoured and capped', async () => {
  const statuses = [
    [500, {}, { kind: 'retry', error: { kind: 'server', status: 500 } }],
    [502, {}, { kind: 'retry', error: { kind: 'server', status: 502 } }],
    [503, { 'retry-after': '3' }, { kind: 'retry', error: { kind: 'server', status: 503 }, retryAfterMs: 3000 }],
    [408, {}, { kind: 'retry', error: { kind: 'timeout', status: 408 } }],
    [425, {}, { kind: 'retry', error: { kind: 'server', status: 425 } }],
    [429, { 'retry-after': '120' }, { kind: 'retry', error: { kind: 'rate-limited', status: 429 }, retryAfterMs: 5000 }],
    [429, { 'retry-after': 'soon' }, { kind: 'retry', error: { kind: 'rate-limited', status: 429 } }],
  ];
  let current;
  const url = await rawServer((_req, res) => {
    res.writeHead(current[0], current[1]);
    res.end('x');
  });
  for (const row of statuses) {
    current = row;
    assert.deepEqual(await httpLeadSender({ endpoint: url, maxRetryAfterMs: 5000 })(lead(), never), row[2], String(row[0]));
  }
  const at = Date.UTC(2025, 0, 6, 9, 0, 0);
  assert.equal(parseRetryAfter(new Date(at + 7000).toUTCString(), 60_000, at), 7000);
  assert.equal(parseRetryAfter(new Date(at - 7000).toUTCString(), 60_000, at), 0);
  assert.equal(parseRetryAfter(null, 60_000, at), undefined);
});

test('other 4xx are permanent; only a short plain-text or JSON message is kept, cleaned and capped', async () => {
  let current;
  const url = await rawServer((_req, res) => {
    res.writeHead(current.status, current.type ? { 'content-type': current.type } : {});
    res.end(current.body);
  });
  const cases = [
    [{ status: 400, type: 'application/json', body: JSON.stringify({ message: 'Phone \u0007not <b>ok</b>\u202e.' }) }, 'Phone not <b>ok</b>.'],
    [{ status: 422, type: 'application/problem+json', body: JSON.stringify({ error: 'Bad email' }) }, 'Bad email'],
    [{ status: 400, type: 'application/json', body: JSON.stringify({ error: { code: 1 } }) }, undefined],
    [{ status: 400, type: 'application/json', body: '{not json' }, undefined],
    [{ status: 403, type: 'text/plain; charset=utf-8', body: '  Forbidden \n for this center ' }, 'Forbidden for this center'],
    [{ status: 400, type: 'text/html', body: '<h1>Bad</h1>' }, undefined],
    [{ status: 400, type: 'text/plain', body: '<html>Bad</html>' }, undefined],
    [{ status: 400, type: 'text/plain', body: 'x'.repeat(5000) }, undefined],
    [{ status: 404, body: '' }, undefined],
  ];
  for (const [response, message] of cases) {
    current = response;
    const outcome = await httpLeadSender({ endpoint: url })(lead(), never);
    const error = { kind: 'rejected', status: response.status };
    if (message !== undefined) error.message = message;
    assert.deepEqual(outcome, { kind: 'rejected', error }, response.body);
  }
  current = { status: 400, type: 'application/json', body: JSON.stringify({ message: 'word '.repeat(100) }) };
  const long = await httpLeadSender({ endpoint: url })(lead(), never);
  assert.equal(long.error.message.length, 200);
  assert.ok(long.error.message.endsWith('…'));
});

test('network errors, dropped connections, timeouts and aborts are retryable', async () => {
  const receiver = await startLeadServer({ slowMs: 400 });
  after(() => receiver.close());

  receiver.plan = () => FAULTS.destroy;
  assert.deepEqual(await httpLeadSender({ endpoint: receiver.url })(lead(), never), { kind: 'retry', error: { kind: 'network' } });

  receiver.plan = () => FAULTS.slow;
  const started = Date.now();
  assert.deepEqual(await httpLeadSender({ endpoint: receiver.url, timeoutMs: 80 })(lead(), never), {
    kind: 'retry',
    error: { kind: 'timeout' },
  });
  assert.ok(Date.now() - started < 350, 'gave up at the timeout');

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 30);
  assert.deepEqual(await httpLeadSender({ endpoint: receiver.url })(lead(), controller.signal), {
    kind: 'retry',
    error: { kind: 'network' },
  });

  await receiver.down();
  assert.deepEqual(await httpLeadSender({ endpoint: receiver.url })(lead(), never), { kind: 'retry', error: { kind: 'network' } });
  assert.deepEqual(await httpLeadSender({ endpoint: 'http://127.0.0.1:9/redirect', fetch: () => Promise.reject(new TypeError('x')) })(lead(), never), {
    kind: 'retry',
    error: { kind: 'network' },
  });
});

test('redirects are refused (retryable), never followed', async () => {
  let hits = 0;
  const target = await rawServer((_req, res) => {
    hits++;
    res.end('ok');
  });
  const url = await rawServer((_req, res) => {
    res.writeHead(307, { location: target });
    res.end();
  });
  assert.deepEqual(await httpLeadSender({ endpoint: url })(lead(), never), { kind: 'retry', error: { kind: 'network' } });
  assert.equal(hits, 0);
});

test('a refusal with no Content-Length (chunked, endless) is read only up to the cap, and not shown', async () => {
  let sent = 0;
  const url = await rawServer((req, res) => {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    // No Content-Length: chunked. Far more than the 16 KB cap, then it would go on.
    const chunk = 'x'.repeat(4096);
    const timer = setInterval(() => {
      if (res.destroyed || sent > 4_000_000) {
        clearInterval(timer);
        res.end();
        return;
      }
      sent += chunk.length;
      res.write(chunk);
    }, 1);
    res.on('close', () => clearInterval(timer));
  });
  const started = Date.now();
  const outcome = await httpLeadSender({ endpoint: url })(lead(), never);
  assert.deepEqual(outcome, { kind: 'rejected', error: { kind: 'rejected', status: 400 } });
  assert.ok(sent < 1_000_000, `read ${sent} bytes`);
  assert.ok(Date.now() - started < 10_000);
});

test('a refusal is read up to 16 KB, whatever its Content-Length says: a larger body is dropped there, unread', async () => {
  // A fetch whose refusal claims a 20-byte body and streams `size` bytes of JSON in 1 KB chunks.
  const refusing = (size) => {
    const pulled = { bytes: 0 };
    const body = JSON.stringify({ message: 'Please check the phone number.', padding: 'x'.repeat(size) }).slice(0, size - 2) + '"}';
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream({
      pull(controller) {
        if (pulled.bytes >= bytes.length) return controller.close();
        const chunk = bytes.slice(pulled.bytes, pulled.bytes + 1024);
        pulled.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const fetch = async () => new Response(stream, { status: 400, headers: { 'content-type': 'application/json', 'content-length': '20' } });
    return { fetch, pulled };
  };
  const under = refusing(16_000);
  assert.deepEqual(await httpLeadSender({ endpoint: 'https://crm.example/leads', fetch: under.fetch })(lead(), never), {
    kind: 'rejected',
    error: { kind: 'rejected', status: 400, message: 'Please check the phone number.' },
  });
  const over = refusing(17_000);
  assert.deepEqual(await httpLeadSender({ endpoint: 'https://crm.example/leads', fetch: over.fetch })(lead(), never), {
    kind: 'rejected',
    error: { kind: 'rejected', status: 400 },
  });
  assert.ok(over.pulled.bytes <= 16_384 + 2 * 1024, `pulled ${over.pulled.bytes} bytes`);
  // A Content-Length over the cap is not read at all, even when the body is short.
  const big = async () => new Response('{"message":"never read"}', { status: 400, headers: { 'content-type': 'application/json', 'content-length': '20000' } });
  assert.deepEqual(await httpLeadSender({ endpoint: 'https://crm.example/leads', fetch: big })(lead(), never), { kind: 'rejected', error: { kind: 'rejected', status: 400 } });
});

test('a short chunked refusal is still shown', async () => {
  const url = await rawServer((req, res) => {
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.write('{"message": "Please check');
    res.end(' the phone number."}');
  });
  const outcome = await httpLeadSender({ endpoint: url })(lead(), never);
  assert.deepEqual(outcome, { kind: 'rejected', error: { kind: 'rejected', status: 400, message: 'Please check the phone number.' } });
});
