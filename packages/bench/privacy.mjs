// (g) Privacy on the script-tag example in Chromium: every request the page makes (failed ones
// included, so a blocked third-party request would still count), the cookies in the browser
// context, and the `iop-chat:` keys in sessionStorage and localStorage at each step of a visit:
// loaded and idle (the chunk prefetched), chat opened and closed, a message sent, chat ended.
// Uses the bench's own server and browser, in a fresh browser context.

const WAIT = { timeout: 20_000 };

export async function benchPrivacy(browser, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));

    const keys = () =>
      page.evaluate(() => {
        const mine = (storage) => Object.keys(storage).filter((key) => key.startsWith('iop-chat:'));
        return { session: mine(sessionStorage), local: mine(localStorage) };
      });
    const cookies = async () => (await context.cookies()).length + (await page.evaluate(() => (document.cookie ? document.cookie.split(';').length : 0)));
    /** Clicks an element inside the chat's shadow root. */
    const click = (selector) =>
      page.evaluate((s) => {
        const element = document.querySelector('iop-chat')?.shadowRoot?.querySelector(s);
        if (!element) throw new Error(`nothing matches ${s}`);
        element.click();
      }, selector);

    await page.goto(`${baseUrl}/script-tag/`, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction(() => performance.getEntriesByName('iop-chat:launcher-drawn').length > 0, WAIT);
    await page.waitForFunction(() => document.querySelector('link[rel=modulepreload]') !== null, WAIT).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const steps = { loaded: await keys() };

    const box = await page.evaluate(() => {
      const rect = document.querySelector('iop-chat-loader')?.shadowRoot?.querySelector('button.l')?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (!box) throw new Error('no launcher to click');
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => document.querySelector('iop-chat')?.hasAttribute('open') && document.querySelector('iop-chat').shadowRoot?.querySelector('#composer-input'), WAIT);
    steps.opened = await keys();
    await click('.minimize');
    await page.waitForFunction(() => !document.querySelector('iop-chat').hasAttribute('open'), WAIT);
    steps.closed = await keys();
    await click('.launcher');
    await page.waitForFunction(() => document.querySelector('iop-chat').hasAttribute('open'), WAIT);

    await page.evaluate(() => {
      const input = document.querySelector('iop-chat').shadowRoot.querySelector('#composer-input');
      input.value = 'how long is the program';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('#composer-input').value !== '', WAIT);
    await click('.composer .send');
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message').length >= 3, WAIT);
    const afterMessage = await keys();
    const cookiesAfterMessage = await cookies();

    await click('.end-chat');
    await page.waitForFunction(() => !document.querySelector('iop-chat').shadowRoot.querySelector('#end-confirm').hidden, WAIT);
    await click('.confirm-end');
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message').length === 1, WAIT);
    const afterEnd = await keys();

    const count = (k) => k.session.length + k.local.length;
    const thirdParty = [...new Set(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin))];
    return {
      requests: requests.length,
      thirdParty,
      cookies: Math.max(cookiesAfterMessage, await cookies()),
      keysBeforeInteraction: count(steps.loaded) + count(steps.opened) + count(steps.closed),
      steps,
      keysAfterMessage: count(afterMessage),
      afterMessage,
      keysAfterEnd: count(afterEnd),
    };
  } finally {
    await context.close();
  }
}
