// The chat under a strict Content Security Policy, in a real browser: the demo server's CSP page
// (examples/csp/, served with `script-src 'self'; style-src 'self'; connect-src 'self'`, and loading
// a knowledge file with data-knowledge) in Debian's Chromium, driven
// with puppeteer-core. The visitor opens the chat, asks a question, sends a contact request to the
// demo receiver and then a crisis message; the page must record zero CSP violations (securitypolicyviolation
// events, and CSP errors on the console). A control page then breaks the policy on purpose, to
// show that a violation would have been seen. A second test serves the same page with Trusted
// Types required on top (only the policy name `lit-html` allowed), as SECURITY.md advises.
//
// Runs under `npm run test:node` after `npm test` has built packages/widget/dist; builds nothing.
// Every wait is bounded, and the browser and the server are always closed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer, STRICT_CSP } from '../../../../examples/serve.mjs';

import { CHROMIUM, CHROMIUM_ARGS } from '../../../bench/chromium-flags.mjs';
const LOADER = fileURLToPath(new URL('../../dist/iop-chat.js', import.meta.url));
const WAIT = { timeout: 15_000 };

/** Installed before any page script: every violation, whatever its target (shadow roots included). */
function recordViolations() {
  window.__seenViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__seenViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    },
    true,
  );
}

/** Installed before any page script: the console warnings about the knowledge file (there should be none). */
function recordKnowledgeWarnings() {
  window.__iopKnowledgeWarnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    if (String(args[0]).includes('data-knowledge')) window.__iopKnowledgeWarnings.push(String(args[0]));
    warn(...args);
  };
}

async function openPage(browser, url, problems) {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (/content security policy|CSP/i.test(message.text())) problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => problems.requests.push(request.url()));
  await page.evaluateOnNewDocument(recordViolations);
  await page.evaluateOnNewDocument(recordKnowledgeWarnings);
  const response = await page.goto(url, { waitUntil: 'load', ...WAIT });
  return { page, response };
}

/** Types into the chat's message box and sends, then waits until `count` messages are on screen. */
async function ask(page, text, count) {
  await page.evaluate((value) => {
    const root = document.querySelector('iop-chat').shadowRoot;
    const input = root.querySelector('#composer-input');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, text);
  await page.waitForFunction((value) => document.querySelector('iop-chat').shadowRoot.querySelector('#composer-input').value === value, WAIT, text);
  await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelector('.composer .send').click());
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('iop-chat').shadowRoot;
      return root.querySelectorAll('.transcript .message').length >= n && !root.querySelector('.typing');
    },
    WAIT,
    count,
  );
}

test('the chat works on a page with a strict CSP, with zero violations', { timeout: 60_000 }, async () => {
  assert.ok(existsSync(LOADER), 'packages/widget/dist has no loader: run `npm run build` first (npm test does)');
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (set CHROME_PATH; npm test installs Debian's chromium)`);
  const server = await startDemoServer({ port: 0 });
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      protocolTimeout: 20_000,
      args: CHROMIUM_ARGS,
    });
    const problems = { console: [], errors: [], requests: [] };
    const { page, response } = await openPage(browser, `${server.url}/csp/`, problems);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the strict policy');

    // The launcher, clicked like a visitor would.
    await page.waitForFunction(() => performance.getEntriesByName('iop-chat:launcher-drawn').length > 0, WAIT);
    const box = await page.evaluate(() => {
      const rect = document.querySelector('iop-chat-loader').shadowRoot.querySelector('button.l').getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => document.querySelector('iop-chat')?.hasAttribute('open') && document.querySelector('iop-chat').shadowRoot.querySelector('#composer-input'), WAIT);

    // A question, then the contact form, then a crisis.
    await ask(page, 'do you take Medicaid?', 3);
    const answer = await page.evaluate(() => [...document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message')].at(-1).textContent);
    assert.match(answer, /Oregon Health Plan|Medicaid/);
    // The center's own entry, from its data-knowledge file (fetched under connect-src 'self').
    await ask(page, 'do you validate parking in the garage?', 5);
    const parking = await page.evaluate(() => [...document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message')].at(-1).textContent);
    assert.match(parking, /Fifth Street garage/);
    // The contact form (from the answer's own link), filled in and sent to the demo receiver.
    await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelector('.message button.inline-topic').click());
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('form.contact-form'), WAIT);
    await page.evaluate(() => {
      const root = document.querySelector('iop-chat').shadowRoot;
      const fill = (selector, value) => {
        const field = root.querySelector(selector);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      fill('#cf-name', 'J. D.');
      fill('#cf-phone', '555 010 0142');
      root.querySelector('#cf-consentContact').click();
    });
    await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelector('form.contact-form button[type="submit"]').click());
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('.lead-status[data-status="sent"]'), WAIT);
    const count = await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message').length);
    await ask(page, 'I want to kill myself', count + 2);
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('.crisis-card'), WAIT);
    const crisis = await page.evaluate(() => {
      const card = document.querySelector('iop-chat').shadowRoot.querySelector('.crisis-card');
      return card ? { first: card.querySelector('.crisis-action')?.getAttribute('href'), height: card.getBoundingClientRect().height, color: getComputedStyle(card).borderTopColor } : null;
    });
    assert.ok(crisis, 'the crisis card is shown');
    assert.equal(crisis.first, 'tel:988');
    assert.ok(crisis.height > 50, 'the crisis card is laid out (its styles applied)');
    // Configured colours reach the chat through the CSSOM, which the policy allows.
    const primary = await page.evaluate(() => getComputedStyle(document.querySelector('iop-chat').shadowRoot.querySelector('.header')).backgroundColor);
    assert.equal(primary, 'rgb(47, 93, 80)');

    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen = await page.evaluate(() => ({ ours: window.__seenViolations, page: (window.__cspViolations ?? []).length, status: document.getElementById('csp-status')?.textContent }));
    assert.deepEqual(seen.ours, [], 'securitypolicyviolation events');
    assert.equal(seen.page, 0, "the page's own counter");
    assert.equal(seen.status, 'none');
    assert.deepEqual(problems.console, [], 'CSP errors on the console');
    assert.deepEqual(problems.errors, [], 'uncaught page errors');
    const origin = new URL(server.url).origin;
    assert.deepEqual(problems.requests.filter((url) => new URL(url).origin !== origin), [], 'requests to other origins');
    assert.ok(problems.requests.some((url) => url.includes('/widget/iop-chat-app.js')), 'the chat chunk was loaded');
    assert.ok(problems.requests.some((url) => new URL(url).pathname === '/csp/center.json'), 'the knowledge file was loaded');
    assert.deepEqual(await page.evaluate(() => window.__iopKnowledgeWarnings), [], 'no warning about the knowledge file');
    await page.close();

    // Control: the same page, with an inline style and an inline script added on purpose.
    const control = { console: [], errors: [], requests: [] };
    const { page: broken } = await openPage(browser, `${server.url}/csp/`, control);
    await broken.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      const script = document.createElement('script');
      script.textContent = 'window.__ranInline = true';
      document.body.append(script);
    });
    await broken.waitForFunction(() => window.__seenViolations.length >= 2, WAIT);
    assert.equal(await broken.evaluate(() => window.__ranInline), undefined, 'the policy is enforced');
    await broken.close();
  } finally {
    await browser?.close();
    await server.stop();
  }
});

test('with Trusted Types enforced and only the policy name lit-html allowed, the chat works, with zero violations', { timeout: 60_000 }, async () => {
  assert.ok(existsSync(LOADER), 'packages/widget/dist has no loader: run `npm run build` first (npm test does)');
  const server = await startDemoServer({ port: 0 });
  const policy = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, protocolTimeout: 20_000, args: CHROMIUM_ARGS });
    /** The CSP page, served with Trusted Types required on top of its strict policy. */
    const open = async (problems) => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.resourceType() !== 'document') {
          request.continue();
          return;
        }
        fetch(request.url())
          .then(async (response) => request.respond({ status: response.status, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }, body: await response.text() }))
          .catch(() => request.abort());
      });
      page.on('console', (message) => {
        if (/content security policy|CSP|trusted/i.test(message.text())) problems.console.push(message.text());
      });
      page.on('pageerror', (error) => problems.errors.push(String(error)));
      await page.evaluateOnNewDocument(recordViolations);
      await page.goto(`${server.url}/csp/`, { waitUntil: 'load', ...WAIT });
      return page;
    };
    const problems = { console: [], errors: [] };
    const page = await open(problems);
    await page.waitForFunction(() => performance.getEntriesByName('iop-chat:launcher-drawn').length > 0, WAIT);
    await page.evaluate(() => document.querySelector('iop-chat-loader').shadowRoot.querySelector('button.l').click());
    await page.waitForFunction(() => document.querySelector('iop-chat')?.hasAttribute('open') && document.querySelector('iop-chat').shadowRoot.querySelector('#composer-input'), WAIT);
    await ask(page, 'do you take Medicaid?', 3);
    await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelector('.message button.inline-topic').click());
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('form.contact-form'), WAIT);
    const count = await page.evaluate(() => document.querySelector('iop-chat').shadowRoot.querySelectorAll('.transcript .message').length);
    await ask(page, 'I want to kill myself', count + 1);
    await page.waitForFunction(() => document.querySelector('iop-chat').shadowRoot.querySelector('.crisis-card .crisis-action'), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(await page.evaluate(() => window.__seenViolations), [], 'securitypolicyviolation events');
    assert.deepEqual(problems.console, [], 'CSP or Trusted Types errors on the console');
    assert.deepEqual(problems.errors, [], 'uncaught page errors');
    // Control: Trusted Types are enforced on this page.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'a plain string into innerHTML is refused');
    await page.close();
  } finally {
    await browser?.close();
    await server.stop();
  }
});
