// (d) The script-tag example in Chromium: long tasks on the host page while it loads, time from
// the loader starting to its launcher being drawn, and time from a click to the chat being ready
// for typing on a 4x slower CPU. Also records every script the first open fetched, for (c).
//
// Each run uses a fresh browser context (empty cache). Timings come from the loader's own
// performance marks: iop-chat:script-start, :launcher-drawn, :intent (the click) and :ready (the
// panel opened and rendered a frame, so its message box can take focus).

/**
 * Installed before any page script: collects long tasks from the very start, and the long
 * animation frames' script timings, which say whose code ran when (long tasks alone do not).
 */
function observeLongTasks() {
  window.__longTasks = [];
  window.__frameScripts = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts ?? []) {
          window.__frameScripts.push({ url: script.sourceURL, start: script.startTime, duration: script.duration });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An observer type this browser lacks: fewer details, same run.
  }
}

async function withPage(browser, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/**
 * Page load: long tasks until the page has settled (idle prefetch included), which of them ran
 * iop-chat code, and the launcher timing.
 */
async function loadRun(browser, url, { withLoader = true } = {}) {
  return withPage(browser, async (page) => {
    await page.evaluateOnNewDocument(observeLongTasks);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (withLoader) {
      await page.waitForFunction(() => performance.getEntriesByName('iop-chat:launcher-drawn').length > 0, { timeout: 10_000 });
      // The loader prefetches its chunk when the page is idle; let that happen too.
      await page
        .waitForFunction(() => document.querySelector('link[rel=modulepreload]') !== null, { timeout: 8000 })
        .catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const start = at('iop-chat:script-start');
      const drawn = at('iop-chat:launcher-drawn');
      // Our code: the loader's run (between its marks) and any script from /widget/ in a long frame.
      const ours = (window.__frameScripts ?? []).filter((s) => s.url.includes('/widget/')).map((s) => [s.start, s.start + s.duration]);
      if (start !== null && drawn !== null) ours.push([start, drawn]);
      const tasks = window.__longTasks ?? [];
      const attributed = tasks.filter((t) => ours.some(([from, to]) => t.start < to && from < t.start + t.duration));
      return { longTasks: tasks, attributed, launcherMs: start !== null && drawn !== null ? drawn - start : null };
    });
  });
}

/**
 * Click to ready, CPU throttled `rate` times. `warm`: wait for the idle prefetch first; otherwise
 * click as soon as the launcher is drawn (nothing of the chat fetched yet).
 */
async function openRun(browser, url, { rate, warm }) {
  return withPage(browser, async (page) => {
    const scripts = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'fetch' || type === 'xhr') scripts.push(response.url());
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('iop-chat:launcher-drawn').length > 0, { timeout: 20_000 });
    if (warm) {
      await page.waitForFunction(() => document.querySelector('link[rel=modulepreload]') !== null, { timeout: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const box = await page.evaluate(() => {
      const rect = document.querySelector('iop-chat-loader')?.shadowRoot?.querySelector('button.l')?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (!box) throw new Error('no launcher to click');
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => performance.getEntriesByName('iop-chat:ready').length > 0, { timeout: 30_000 });
    const result = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return {
        readyMs: at('iop-chat:ready') - at('iop-chat:intent'),
        focused: active?.localName ?? null,
      };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { ...result, scripts };
  });
}

export async function benchPageLoad(browser, baseUrl, { runs = 5, rate = 4 } = {}) {
  const url = `${baseUrl}/script-tag/`;
  const loads = [];
  const baseline = [];
  for (let i = 0; i < runs; i++) {
    loads.push(await loadRun(browser, url));
    // The same page without the script tag: long tasks that happen anyway.
    baseline.push(await loadRun(browser, `${baseUrl}/bench/no-loader/`, { withLoader: false }));
  }
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    cold.push(await openRun(browser, url, { rate, warm: false }));
    warm.push(await openRun(browser, url, { rate, warm: true }));
  }
  const origin = new URL(baseUrl).origin;
  const firstOpenUrls = [...new Set(cold[0]?.scripts ?? [])].filter((u) => u.startsWith(origin));
  return { loads, baseline, cold, warm, firstOpenUrls };
}
