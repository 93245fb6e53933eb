// Takes the README's screenshots from the built demo in Debian's Chromium: desktop and phone,
// each with an answer, the self-check, the contact form and a crisis. Run: npm run screenshots
// (builds first). Writes examples/screenshots/*.png; look at them before committing.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server.mjs';
import { launchChromium } from './chromium.mjs';

const OUT = fileURLToPath(new URL('../../examples/screenshots/', import.meta.url));
mkdirSync(OUT, { recursive: true });
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startBenchServer(OUT);
const browser = await launchChromium();
const problems = [];

async function openChat(width, height, mobile) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.url}/script-tag/`, { waitUntil: 'networkidle0' });
  const box = await page.evaluate(() => {
    const launcher = [...(document.querySelector('iop-chat-loader')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /chat/i.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
    const r = launcher?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  if (!box) throw new Error('no launcher found');
  await page.mouse.click(box.x, box.y);
  await page.waitForFunction(() => document.querySelector('iop-chat')?.shadowRoot?.querySelector('textarea'), { timeout: 10_000 });
  await wait(600);
  return page;
}

const inChat = (page, body, arg) =>
  page.evaluate((src, a) => new Function('root', 'a', src)(document.querySelector('iop-chat').shadowRoot, a), body, arg);

async function say(page, text) {
  await inChat(page, "root.querySelector('textarea').focus();");
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await wait(1800);
}

async function press(page, label) {
  const found = await inChat(
    page,
    "const norm = (x) => x.textContent.replace(/\\s+/g, ' ').trim().toLowerCase(); const all = [...root.querySelectorAll('button')].reverse(); const b = all.find((x) => norm(x) === a.toLowerCase()); if (b) b.click(); return !!b;",
    label,
  );
  if (!found) problems.push(`no button "${label}"`);
  await wait(900);
}

try {
  for (const [device, width, height, mobile] of [
    ['desktop', 1280, 800, false],
    ['phone', 390, 844, true],
  ]) {
    let page = await openChat(width, height, mobile);
    await say(page, 'My daughter drinks a lot. Does insurance cover the program?');
    await page.screenshot({ path: `${OUT}${device}-answer.png` });
    await page.close();

    page = await openChat(width, height, mobile);
    await press(page, 'Take a 2-minute self-check');
    await press(page, 'Alcohol');
    await press(page, 'A woman');
    await page.screenshot({ path: `${OUT}${device}-self-check.png` });
    await page.close();

    page = await openChat(width, height, mobile);
    await press(page, 'Talk to someone');
    await page.screenshot({ path: `${OUT}${device}-contact.png` });
    await page.close();

    page = await openChat(width, height, mobile);
    await say(page, "I don't want to be here anymore");
    await page.screenshot({ path: `${OUT}${device}-crisis.png` });
    await page.close();

    page = await openChat(width, height, mobile);
    await say(page, 'ya no quiero vivir, no aguanto más');
    await page.screenshot({ path: `${OUT}${device}-crisis-es.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(problems.length ? problems.join('\n') : `screenshots written to ${OUT}`);
process.exitCode = problems.length ? 1 : 0;
