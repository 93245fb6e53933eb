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
  middleware: [chunkFaultMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/tsconfig.base.json' }), chunkFaultCommand],
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
