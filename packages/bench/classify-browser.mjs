// (b) classify() timed inside Chromium: bundles browser/classify-page.js (core + knowledge, the
// production build of every dependency, minified like the widget) and runs its loop in the page.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { median, p95 } from './stats.mjs';

const ENTRY = fileURLToPath(new URL('./browser/classify-page.js', import.meta.url));

/** Writes `classify-page.js` into `outDir`. */
export async function bundleClassifyPage(outDir) {
  await mkdir(outDir, { recursive: true });
  const bundle = await rollup({
    input: ENTRY,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'default'] })],
    onwarn: () => undefined,
  });
  await bundle.write({ file: `${outDir}/classify-page.js`, format: 'es', plugins: [terser({ module: true })] });
  await bundle.close();
}

export async function benchClassifyBrowser(browser, baseUrl, { rounds = 20, loads = 50 } = {}) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/bench/classify.html`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => 'run' in (window.__classifyBench ?? {}), { timeout: 30_000 });
    const { samples, loadTimes, unpackLoadTimes, isolated } = await page.evaluate(
      (r, l) => window.__classifyBench.run(r, l),
      rounds,
      loads,
    );
    return {
      samples: samples.length,
      median: median(samples),
      p95: p95(samples),
      max: Math.max(...samples),
      loadMedian: median(loadTimes),
      unpackLoadMedian: median(unpackLoadTimes),
      isolated,
    };
  } finally {
    await page.close();
  }
}
