/**
 * The chat on pages that fight it: hostile global CSS, a `<base>` pointing elsewhere, other custom
 * elements with generic names, right-to-left, 200% zoom, and storage left by an older version or
 * garbage. Each page gets the real loader pointed at the built files in `packages/widget/dist`
 * (the chunk is fetched with a real `import()`), and must: draw a launcher a visitor can hit, open
 * on a real mouse click, answer a question, and show the crisis card for a crisis message, without
 * an uncaught error or a request to another origin.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { cleanUp, launcher, scriptTag, start } from '../loader/loader-test-kit.js';
import { chatKeys, findDangerous, PageErrors, query, queryAll, rendered, RequestLog, send, transcript, waitFor } from './hostile-kit.js';

const DIST_LOADER = new URL('../../dist/iop-chat.js', import.meta.url).href;

type ChatElement = HTMLElement & { opened: boolean };

/** Page changes made by one test, undone after it. */
const undo: Array<() => void> = [];

function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  undo.push(() => {
    style.remove();
  });
}

/** Starts the loader for the built files, clicks its launcher like a visitor, and waits for the open chat. */
async function openChat(data: Record<string, string> = {}): Promise<ChatElement> {
  const handle = start(scriptTag({ 'center-name': 'Riverside Recovery', phone: '(512) 555-0100', ...data }, DIST_LOADER));
  const button = launcher(handle);
  // Let the page's own transitions and animations take their first frames before measuring.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = button.getBoundingClientRect();
  expect(box.width, 'launcher width').to.be.greaterThan(40);
  expect(box.height, 'launcher height').to.be.greaterThan(24);
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  expect(x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight, `launcher centre (${x}, ${y}) is on screen`).to.equal(true);
  expect(document.elementFromPoint(x, y), 'the launcher is what a click there hits').to.equal(handle.host);
  await sendMouse({ type: 'click', position: [x, y] });
  await waitFor(() => document.querySelector<ChatElement>('iop-chat')?.opened === true, 'the chat to open', 8000);
  const chat = document.querySelector<ChatElement>('iop-chat')!;
  await rendered(chat);
  const panel = query(chat, '#panel');
  expect(getComputedStyle(panel).display, 'panel display').not.to.equal('none');
  expect(getComputedStyle(panel).visibility, 'panel visibility').to.equal('visible');
  expect(panel.getBoundingClientRect().width, 'panel width').to.be.greaterThan(200);
  return chat;
}

/** What every page must allow: an answer, then the crisis card with 988 first. */
async function expectWorks(chat: ChatElement): Promise<void> {
  expect(transcript(chat)[0]).to.contain('automated assistant');
  await send(chat, 'how long is the program');
  const afterQuestion = transcript(chat);
  expect(afterQuestion).to.have.length(3);
  expect(afterQuestion[2]).not.to.contain("I'm not sure I understood");
  expect(afterQuestion[2]!.length).to.be.greaterThan(40);
  await send(chat, 'I want to kill myself');
  const card = query(chat, '.crisis-card');
  expect(getComputedStyle(card).display).not.to.equal('none');
  expect(queryAll<HTMLAnchorElement>(chat, '.crisis-card .crisis-action')[0]?.getAttribute('href')).to.equal('tel:988');
  expect(card.getBoundingClientRect().height).to.be.greaterThan(50);
  expect(findDangerous(chat.shadowRoot!)).to.deep.equal([]);
}

describe('host pages that fight the chat', () => {
  let errors: PageErrors;
  let requests: RequestLog;

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    requests = new RequestLog();
  });
  after(() => {
    requests.stop();
  });
  beforeEach(() => {
    sessionStorage.clear();
    errors = new PageErrors();
  });
  afterEach(async () => {
    errors.stop();
    cleanUp();
    for (const fn of undo.splice(0).reverse()) fn();
    await resetMouse();
    sessionStorage.clear();
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    expect(requests.foreign(), 'requests to other origins').to.deep.equal([]);
  });

  it('works under `* { all: unset !important }` and `button { display: none !important }`', async () => {
    addStyle(`* { all: unset !important; } button { display: none !important; } div, section { display: none !important; }
      body { display: block !important; }`);
    await expectWorks(await openChat());
  });

  it('works with huge page font sizes and line heights', async () => {
    addStyle(`html { font-size: 64px !important; } * { font-size: 4em !important; line-height: 9 !important; letter-spacing: 1em !important;
      font-family: "Comic Sans MS", fantasy !important; }`);
    const chat = await openChat();
    // The chat keeps the visitor's own text size, whatever the page says.
    expect(parseFloat(getComputedStyle(query(chat, '.message p')).fontSize)).to.be.within(12, 24);
    await expectWorks(chat);
  });

  // An ancestor of the chat that the page transforms (body, html) becomes the containing block of
  // every position: fixed element on the page, the chat's included; like an ancestor the page hides,
  // no element can undo that. Everything else is transformed and animated here.
  it('works on a transformed, animated page', async () => {
    addStyle(`@keyframes hostile-spin { to { transform: rotate(360deg) scale(0.5); } }
      iop-chat, iop-chat-loader { transform: scale(0.2) rotate(45deg) !important; opacity: 0.1 !important; filter: blur(8px) !important;
        position: absolute !important; top: -9999px !important; }
      body * { transition: all 30s !important; animation: hostile-spin 1s infinite !important; }
      button { transform: translateX(-5000px) !important; }`);
    const chat = await openChat();
    expect(getComputedStyle(chat).opacity).to.equal('1');
    await expectWorks(chat);
  });

  it('loads its chunk from beside its script and sends nothing to a `<base href>` elsewhere', async () => {
    const base = document.createElement('base');
    base.href = 'https://elsewhere.example/';
    document.head.prepend(base);
    undo.push(() => {
      base.remove();
    });
    expect(new URL('x.js', document.baseURI).origin).to.equal('https://elsewhere.example');
    const chat = await openChat({ website: 'https://riverside.example/contact' });
    await expectWorks(chat);
    expect(requests.urls().filter((url) => url.includes('elsewhere.example'))).to.deep.equal([]);
    expect(requests.urls().some((url) => url.startsWith(`${location.origin}/packages/widget/dist/iop-chat-app.js`))).to.equal(true);
    // Every link the chat rendered is absolute, so the page's <base> cannot redirect it.
    for (const a of queryAll<HTMLAnchorElement>(chat, 'a[href]')) expect(a.getAttribute('href'), a.textContent).to.match(/^(https:|tel:|sms:|mailto:)/);
  });

  it('works beside other custom elements with generic names', async () => {
    const names = ['chat-widget', 'chat-panel', 'x-button', 'my-launcher', 'message-list', 'app-dialog'];
    for (const name of names) {
      if (customElements.get(name)) continue;
      customElements.define(
        name,
        class extends HTMLElement {
          connectedCallback(): void {
            this.attachShadow({ mode: 'closed' }).append('page element');
            // A badly behaved page element: grabs focus and listens to everything.
            document.addEventListener('keydown', (e) => { e.stopImmediatePropagation(); }, true);
          }
        },
      );
    }
    for (const name of names) {
      const element = document.createElement(name);
      document.body.append(element);
      undo.push(() => {
        element.remove();
      });
    }
    await expectWorks(await openChat());
  });

  it('works right to left', async () => {
    document.documentElement.dir = 'rtl';
    undo.push(() => {
      document.documentElement.removeAttribute('dir');
    });
    const chat = await openChat({ position: 'left' });
    await expectWorks(chat);
  });

  it('works at 200% zoom', async () => {
    addStyle('html { zoom: 2; }');
    const chat = await openChat();
    await expectWorks(chat);
  });

  const OLD_SNAPSHOTS: Array<[string, string]> = [
    ['a version 0 snapshot', JSON.stringify({ v: 0, savedAt: Date.now(), data: { messages: ['<img src=x onerror="window.__pwned=1">'] } })],
    ['garbage', '{{{ not json <script>window.__pwned=2</script>'],
    ['a current-version envelope with a tampered transcript', JSON.stringify({ v: 1, savedAt: Date.now(), data: { state: 'crisis', context: { transcript: '<img src=x onerror="window.__pwned=3">' } } })],
    ['a snapshot from the future', JSON.stringify({ v: 99, savedAt: Date.now() + 1e12, data: null })],
    ['a JSON string', JSON.stringify('iop-chat')],
  ];
  for (const [label, stored] of OLD_SNAPSHOTS) {
    it(`starts fresh over ${label} in sessionStorage`, async () => {
      sessionStorage.setItem('iop-chat:conversation', stored);
      const chat = await openChat();
      expect(transcript(chat)).to.have.length(1);
      // The unusable copy is thrown away, not kept or rendered.
      expect(sessionStorage.getItem('iop-chat:conversation')).to.equal(null);
      await expectWorks(chat);
      expect(chatKeys(sessionStorage)).to.deep.equal(['iop-chat:conversation']);
      expect(window.__pwned).to.equal(undefined);
    });
  }
});
