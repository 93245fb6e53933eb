// @web/test-runner: every browser test runs in Debian's Chromium (never a downloaded browser).
// Each test file is its own group, so `npx web-test-runner --group <name>` runs one suite alone.
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM, CHROMIUM_ARGS } from './packages/bench/chromium-flags.mjs';


function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/**
 * Network faults for the chunks the chat loads on first use (the self-check's and the contact
 * form's cards and services, and the knowledge file's reader, built or from source), set by a test with
 * `executeServerCommand('chunk-faults', { 'self-check': { status: 404, delayMs: 300 } })` and
 * cleared with an empty object. Test files run one at a time (concurrency 1), so one table serves.
 */
const FEATURE_CHUNKS = {
  'self-check': /(iop-chat-(self-check-parts|screening-service)-[\w-]+|parts\/self-check-parts|screening\/screening-service)\.(js|ts)$/,
  contact: /(iop-chat-(contact-parts|contact-service)-[\w-]+|parts\/contact-parts|leads\/contact-service)\.(js|ts)$/,
  // The code that reads a data-knowledge file (fetched only when the script tag names one).
  knowledge: /(iop-chat-knowledge-file-[\w-]+|loader\/knowledge-file)\.(js|ts)$/,
};
const chunkFaults = new Map();

async function chunkFaultMiddleware(context, next) {
  for (const [feature, pattern] of Object.entries(FEATURE_CHUNKS)) {
    const fault = chunkFaults.get(feature);
    if (!fault || !pattern.test(context.path)) continue;
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.status) {
      // Written here, past koa: the test runner marks every response cacheable for a year on its
      // way out, and a refusal must not outlive the fault.
      context.respond = false;
      context.res.writeHead(fault.status, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      context.res.end('refused by the test');
      return;
    }
  }
  await next();
}

const chunkFaultCommand = {
  name: 'iop-chat-chunk-faults',
  executeCommand({ command, payload }) {
    if (command !== 'chunk-faults') return undefined;
    chunkFaults.clear();
    for (const [feature, fault] of Object.entries(payload ?? {})) chunkFaults.set(feature, fault);
    return true;
  },
};

/**
 * A lead endpoint for the browser tests, at LEAD_ENDPOINT (same origin): it deduplicates by
 * Idempotency-Key like a real receiver (the first time a key is accepted it answers 201, later
 * 409 with the key echoed) and otherwise answers as the test tells it, with
 * `executeServerCommand('lead-endpoint', { status: 500 })`: any `status`, with `retryAfter`
 * (seconds), a JSON `message` or a `location` (a redirect), or `{ status: 201, delayMs }` to
 * accept at once and answer late.
 * `executeServerCommand('lead-endpoint', { reset: true })` forgets everything and accepts again;
 * `executeServerCommand('lead-endpoint-log')` returns every request: key, what it answered, when,
 * the body, the URL asked for, and its Cookie and Referer headers (null when absent). Test files run one at a time (concurrency 1), so one endpoint serves.
 */
const LEAD_ENDPOINT = '/__test/leads';
const leadEndpoint = { answer: { status: 201 }, accepted: new Set(), log: [] };

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

async function leadEndpointMiddleware(context, next) {
  if (context.path !== LEAD_ENDPOINT) return next();
  const key = String(context.get('idempotency-key'));
  const text = await readBody(context.req);
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Logged as null.
  }
  const { status = 201, retryAfter, message, delayMs = 0, location } = leadEndpoint.answer;
  const accepts = status >= 200 && status < 300;
  const duplicate = accepts && leadEndpoint.accepted.has(key);
  if (accepts) leadEndpoint.accepted.add(key);
  const answered = duplicate ? 409 : status;
  const entry = { key, status: answered, at: Date.now(), body, closed: false, url: context.url, cookie: context.get('cookie') || null, referer: context.get('referer') || null };
  leadEndpoint.log.push(entry);
  // The page hung up before the answer (a reload, a timeout): the answer never reaches it.
  context.res.on('close', () => {
    if (!context.res.writableEnded) entry.closed = true;
  });
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  context.respond = false;
  if (context.res.destroyed) return;
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (duplicate) headers['idempotency-key'] = key;
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  if (location !== undefined) headers.location = location;
  context.res.writeHead(answered, headers);
  context.res.end(JSON.stringify(message ? { message } : { ok: accepts }));
}

const leadEndpointCommand = {
  name: 'iop-chat-lead-endpoint',
  async executeCommand({ command, payload, session }) {
    if (command === 'lead-endpoint') {
      if (payload?.reset) {
        leadEndpoint.accepted.clear();
        leadEndpoint.log = [];
        leadEndpoint.answer = { status: 201 };
      } else leadEndpoint.answer = { ...payload };
      return true;
    }
    if (command === 'lead-endpoint-log') return leadEndpoint.log;
    // The browser really offline for `ms`, then back online: fetch fails meanwhile, and
    // navigator.onLine and the offline / online events follow. The page cannot talk to the test
    // runner while offline, so the whole spell is one command (and `then` sets the endpoint's
    // next answer while the page is away).
    if (command === 'network-offline') {
      const page = session.browser.getPage(session.id);
      await page.setOfflineMode(true);
      await new Promise((resolve) => setTimeout(resolve, payload?.ms ?? 1000));
      if (payload?.then) leadEndpoint.answer = { ...payload.then };
      await page.setOfflineMode(false);
      return true;
    }
    return undefined;
  },
};

/**
 * Knowledge files for the script tag's `data-knowledge` tests, at KNOWLEDGE_FILES/<name>.json.
 * `good` is what `iop-kb build --extra examples/center-knowledge` writes (built by the CLI itself,
 * once, on first use); every other one is that file broken in one way, or a server misbehaving in
 * one way. Each request is logged (the file, whether it carried a cookie, the bytes sent, and
 * whether the browser hung up before the end): `executeServerCommand('knowledge-log')` returns the
 * log and `executeServerCommand('knowledge-log', { reset: true })` clears it. Responses are written
 * past koa with `no-store`, so no test is answered from another's cache.
 */
const KNOWLEDGE_FILES = '/__test/knowledge/';
const knowledgeLog = [];
let builtKnowledge;

/** The good file's text: `iop-kb build --extra examples/center-knowledge --out <tmp>/center.json`. */
async function goodKnowledge() {
  if (!builtKnowledge) {
    const { main } = await import('./packages/knowledge-tools/dist/index.js');
    const out = join(mkdtempSync(join(tmpdir(), 'iop-kb-')), 'center.json');
    const quiet = { write: () => true };
    builtKnowledge = main(['build', '--extra', 'examples/center-knowledge', '--out', out], quiet, quiet).then((code) => {
      if (code !== 0) throw new Error(`iop-kb build --extra examples/center-knowledge failed (${code})`);
      return readFileSync(out, 'utf8');
    });
  }
  return builtKnowledge;
}

/** The good file with `change` applied to its parsed form. */
async function changed(change) {
  const file = JSON.parse(await goodKnowledge());
  change(file, (id) => file.entries.find((e) => e.id === id));
  return JSON.stringify(file);
}

const MB = 1024 * 1024;

/** name -> what the server does: `{ status, type, body, delayMs, location }`, or `size` bytes streamed (`length`: with a Content-Length; `trickle`: ms between pieces). */
const KNOWLEDGE = {
  good: async () => ({ body: await goodKnowledge() }),
  // Valid, and tries to answer a crisis: the crisis check comes first whatever the knowledge says.
  'crisis-entry': async () => ({
    body: await changed((file) =>
      file.entries.push({ id: 'feeling-low', title: 'When you want to die', questions: ['I want to kill myself', 'I want to die tonight'], keywords: ['kill myself', 'die', 'suicide'], answer: 'Our groups meet on Tuesdays.' }),
    ),
  }),
  missing: async () => ({ status: 404, type: 'text/plain', body: 'Not found' }),
  'not-json': async () => ({ body: '{"format": 1, "entries": [ this is not JSON' }),
  'web-page': async () => ({ type: 'text/html', body: '<!doctype html><title>Cedar Grove</title><p>Welcome</p>' }),
  'wrong-shape': async () => ({ body: JSON.stringify(JSON.parse(await goodKnowledge()).entries) }),
  // 8 MB, streamed without a Content-Length, 64 KB every 20 ms (so that it lasts longer than the
  // chat reads it), or at once with a true Content-Length: the chat must stop reading at its cap.
  huge: async () => ({ size: 8 * MB, trickle: 20 }),
  'huge-declared': async () => ({ size: 8 * MB, length: true }),
  script: async () => ({ body: await changed((_, entry) => { entry('parking-garage').answer[0].c.push({ t: 'text', v: ' <script>window.__pwned = 1</script>' }); }) }),
  bidi: async () => ({ body: await changed((_, entry) => { entry('cost').title = 'What the program costs \u202e)212( 0010-555'; }) }),
  'javascript-link': async () => ({
    body: await changed((_, entry) => { entry('parking-garage').answer[0].c.push({ t: 'link', href: 'javascript:window.__pwned=1', c: [{ t: 'text', v: 'validate here' }] }); }),
  }),
  proto: async () => ({ body: (await goodKnowledge()).replace('{', '{"__proto__": {"polluted": true}, ') }),
  slow: async () => ({ delayMs: 10_000, body: await goodKnowledge() }),
  redirect: async (context) => {
    const [host, port] = context.host.split(':');
    const other = host === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    return { status: 302, location: `http://${other}:${port}${KNOWLEDGE_FILES}good.json?redirected`, body: '' };
  },
};

async function knowledgeMiddleware(context, next) {
  if (!context.path.startsWith(KNOWLEDGE_FILES)) return next();
  const name = context.path.slice(KNOWLEDGE_FILES.length).replace(/\.json$/, '');
  const entry = { name, query: context.querystring, cookie: Boolean(context.get('cookie')), sent: 0, closed: false };
  knowledgeLog.push(entry);
  const res = context.res;
  res.on('close', () => {
    if (!res.writableEnded) entry.closed = true;
  });
  const make = KNOWLEDGE[name] ?? KNOWLEDGE.missing;
  const { status = 200, type = 'application/json', body = '', delayMs = 0, size = 0, length = false, trickle = 0, location } = await make(context);
  context.respond = false;
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (res.destroyed) return;
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (location) headers.location = location;
  if (!size) {
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    entry.sent = Buffer.byteLength(body);
    res.end(body);
    return;
  }
  if (length) headers['content-length'] = String(size);
  res.writeHead(status, headers);
  const chunk = Buffer.from(`{"entries": [${' '.repeat(64 * 1024 - 14)}`);
  while (entry.sent < size && !res.destroyed) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - entry.sent));
    entry.sent += piece.length;
    // Written as the browser takes it (backpressure), so what was sent is what it could read.
    if (!res.write(piece)) {
      await new Promise((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
    if (trickle) await new Promise((resolve) => setTimeout(resolve, trickle));
  }
  if (!res.destroyed) res.end();
}

const knowledgeLogCommand = {
  name: 'iop-chat-knowledge-log',
  executeCommand({ command, payload }) {
    if (command !== 'knowledge-log') return undefined;
    if (payload?.reset) knowledgeLog.length = 0;
    return knowledgeLog;
  },
};

const testFiles = readdirSync('packages')
  .map((p) => join('packages', p, 'test'))
  .filter((d) => { try { return statSync(d).isDirectory(); } catch { return false; } })
  .flatMap(findTests)
  .sort();

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [chunkFaultMiddleware, leadEndpointMiddleware, knowledgeMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/tsconfig.base.json' }), chunkFaultCommand, leadEndpointCommand, knowledgeLogCommand],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  groups: testFiles.map((file) => ({
    name: relative('packages', file).replace(/\/test\//, '/').replace(/\.test\.ts$/, ''),
    files: file,
  })),
};
