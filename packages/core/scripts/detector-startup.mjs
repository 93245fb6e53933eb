#!/usr/bin/env node
// What the crisis detector costs a visitor's browser before and on the first messages: bundles
// packages/core/dist/safety/crisis-detector.js alone (rollup + terser, as the widget build does),
// loads it in Chromium with the CPU throttled 4x, and prints the median over fresh pages of the
// time to import it (module evaluation included) and of each of the first four messages.
//
//   npm run build && node packages/core/scripts/detector-startup.mjs [core dist folder] [pages]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../bench/chromium-flags.mjs';

const dist = resolve(process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const pages = Number(process.argv[3] ?? 7);
const MESSAGES = [
  'hi, how long is the program and do you take aetna?',
  'i cant do this anymore, i want to kill myself tonight',
  'my friend took too many pills and wont wake up',
  'can i keep my job while in the program',
];

const bundle = await rollup({ input: join(dist, 'safety', 'crisis-detector.js'), onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 } })] });
const { code } = output[0];
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const runs = [];
try {
  for (let i = 0; i < pages; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setContent('<!doctype html><title>detector startup</title>');
    runs.push(
      await page.evaluate(
        async (src, messages) => {
          const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
          let t = performance.now();
          const { detectCrisis } = await import(url);
          const times = [performance.now() - t];
          for (const message of messages) {
            t = performance.now();
            detectCrisis(message);
            times.push(performance.now() - t);
          }
          return times;
        },
        code,
        MESSAGES,
      ),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)].toFixed(1);
console.log(`crisis detector alone: ${code.length} B minified; Chromium, 4x CPU, median of ${pages} fresh pages`);
console.log(`  import (module evaluation included): ${median(0)} ms`);
MESSAGES.forEach((m, i) => console.log(`  message ${i + 1} "${m}": ${median(i + 1)} ms`));
