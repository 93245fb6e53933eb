// @web/test-runner: every browser test runs in Debian's Chromium (never a downloaded browser).
// Each test file is its own group, so `npx web-test-runner --group <name>` runs one suite alone.
import { readdirSync, statSync } from 'node:fs';
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
 * form's cards and services, built or from source), set by a test with
 * `executeServerCommand('chunk-faults', { 'self-check': { status: 404, delayMs: 300 } })` and
 * cleared with an empty object. Test files run one at a time (concurrency 1), so one table serves.
 */
const FEATURE_CHUNKS = {
  'self-check': /(iop-chat-(self-check-parts|screening-service)-[\w-]+|parts\/self-check-parts|screening\/screening-service)\.(js|ts)$/,
  contact: /(iop-chat-(contact-parts|contact-service)-[\w-]+|parts\/contact-parts|leads\/contact-service)\.(js|ts)$/,
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
 * (seconds) or a JSON `message`, or `{ status: 201, delayMs }` to accept at once and answer late.
 * `executeServerCommand('lead-endpoint', { reset: true })` forgets everything and accepts again;
 * `executeServerCommand('lead-endpoint-log')` returns every request: key, what it answered, when,
 * and the body. Test files run one at a time (concurrency 1), so one endpoint serves.
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
  const { status = 201, retryAfter, message, delayMs = 0 } = leadEndpoint.answer;
  const accepts = status >= 200 && status < 300;
  const duplicate = accepts && leadEndpoint.accepted.has(key);
  if (accepts) leadEndpoint.accepted.add(key);
  const answered = duplicate ? 409 : status;
  const entry = { key, status: answered, at: Date.now(), body, closed: false };
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
  middleware: [chunkFaultMiddleware, leadEndpointMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/tsconfig.base.json' }), chunkFaultCommand, leadEndpointCommand],
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
