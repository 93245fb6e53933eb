#!/usr/bin/env node
// The demo server (no dependencies): serves the example pages in examples/ and the built widget
// (packages/widget/dist) at /widget/, sends a strict Content-Security-Policy with the CSP example,
// and receives leads at /api/leads the way a center's backend should (JSON, Idempotency-Key,
// deduplicated). `npm start` builds, then runs it; PORT (default 8000) and HOST (default
// 127.0.0.1) choose where it listens. The benchmark imports `createDemoServer` to run its own.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXAMPLES = fileURLToPath(new URL('.', import.meta.url));
const WIDGET_DIST = fileURLToPath(new URL('../packages/widget/dist/', import.meta.url));

/**
 * The policy the CSP example is served with (and everything below /csp/): scripts, styles and
 * requests (the chat's code, its knowledge file, the lead endpoint) from this origin only.
 */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; connect-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_LEAD_BYTES = 64 * 1024;
const MAX_LEADS = 1000;
const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

/** URL path prefix -> directory it is served from. */
const MOUNTS = [
  ['/widget/', WIDGET_DIST],
  ['/', EXAMPLES],
];

function send(res, status, body, headers = {}) {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const type = typeof body === 'string' || Buffer.isBuffer(body) ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

/** The file a URL path names, or null when it falls outside the served directories. */
function fileFor(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length);
    if (rest.split('/').some((part) => part === '..' || part.startsWith('.')) || rest.includes('\0')) return null;
    const file = resolve(dir, rest);
    return file === dir.replace(/[\\/]$/, '') || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
  }
  return null;
}

/** A small index of the example pages (every folder in examples/ with an index.html). */
async function indexPage() {
  const links = [];
  for (const entry of await readdir(EXAMPLES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      await stat(join(EXAMPLES, entry.name, 'index.html'));
      links.push(`<li><a href="/${entry.name}/">${entry.name}</a></li>`);
    } catch {
      // A folder without a page (assets, headless).
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>iop-chat examples</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><main class="wrap"><section><h1>iop-chat examples</h1><ul>${links.join('')}</ul>
<p>Leads received by the demo receiver: <a href="/api/leads">/api/leads</a></p></section></main></body></html>`;
}

async function serveFile(req, res, pathname) {
  if (pathname === '/') {
    send(res, 200, await indexPage(), { 'Content-Type': TYPES['.html'] });
    return;
  }
  if (pathname === '/favicon.ico') {
    res.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    send(res, 404, 'Not found');
    return;
  }
  let info;
  try {
    info = await stat(file);
  } catch {
    send(res, 404, 'Not found');
    return;
  }
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) {
      send(res, 308, '', { Location: `${pathname}/` });
      return;
    }
    await serveFile(req, res, `${pathname}index.html`);
    return;
  }
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (pathname.startsWith('/csp/')) headers['Content-Security-Policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
}

/** Reads a request body up to `limit` bytes; null when it is larger (the rest is drained, unread). */
function readBody(req, limit) {
  return new Promise((done, fail) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      done(null);
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => done(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * The lead receiver: what a center's backend should do with iop-chat's POSTs. A JSON body, an
 * Idempotency-Key header (the lead's id); a key seen before is a duplicate (200), not a second
 * lead. Leads are kept in memory for the demo and listed by GET.
 */
function createLeadReceiver({ log }) {
  const leads = new Map();
  return async (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      send(res, 200, { count: leads.size, leads: [...leads.values()].reverse() });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'Use POST to send a lead, GET to list them.' }, { Allow: 'GET, HEAD, POST' });
      return;
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      send(res, 400, { error: 'An Idempotency-Key header (the lead id) is required.' });
      return;
    }
    if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      send(res, 415, { error: 'Send the lead as application/json.' });
      return;
    }
    const text = await readBody(req, MAX_LEAD_BYTES);
    if (text === null) {
      send(res, 413, { error: 'The lead is too large.' }, { Connection: 'close' });
      return;
    }
    let lead;
    try {
      lead = JSON.parse(text);
    } catch {
      send(res, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    if (typeof lead !== 'object' || lead === null || Array.isArray(lead)) {
      send(res, 400, { error: 'The body must be a JSON object.' });
      return;
    }
    const existing = leads.get(key);
    if (existing) {
      send(res, 200, { status: 'duplicate', id: key, receivedAt: existing.receivedAt }, { 'Idempotency-Key': key });
      return;
    }
    if (leads.size >= MAX_LEADS) leads.delete(leads.keys().next().value);
    const record = { id: key, receivedAt: new Date().toISOString(), lead };
    leads.set(key, record);
    log(`lead ${key} received (${leads.size} in memory)`);
    send(res, 201, { status: 'created', id: key, receivedAt: record.receivedAt }, { 'Idempotency-Key': key });
  };
}

/**
 * The demo server's request handler (so other servers, like the benchmark's, can mount it).
 * `log` receives one line per lead.
 */
export function createDemoHandler({ log = () => undefined } = {}) {
  const leads = createLeadReceiver({ log });
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(res, 400, 'Bad request');
      return;
    }
    const handle = pathname === '/api/leads' ? leads(req, res) : req.method === 'GET' || req.method === 'HEAD' ? serveFile(req, res, pathname) : null;
    if (!handle) {
      send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    handle.catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  };
}

/** The demo server, not yet listening. */
export function createDemoServer(options = {}) {
  return createServer(createDemoHandler(options));
}

/**
 * Starts a server on `host`:`port` (0 = any free port) with the demo handler, or `handler` if
 * given; resolves with its base URL and a stop() that also closes open connections.
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', log, handler } = {}) {
  const server = createServer(handler ?? createDemoHandler({ log }));
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}`,
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    await stat(join(WIDGET_DIST, 'iop-chat.js'));
  } catch {
    console.warn('packages/widget/dist/iop-chat.js is missing: run `npm run build` first (or use `npm start`).');
  }
  const { url, stop } = await startDemoServer({ port, host, log: (line) => console.log(line) });
  console.log(`iop-chat examples at ${url}/`);
  console.log(`  script tag   ${url}/script-tag/`);
  console.log(`  npm          ${url}/npm/`);
  console.log(`  strict CSP   ${url}/csp/`);
  console.log(`  leads        ${url}/api/leads`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping.`);
    const force = setTimeout(() => process.exit(0), 2000);
    force.unref();
    stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
