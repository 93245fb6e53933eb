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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/tsconfig.base.json' })],
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
