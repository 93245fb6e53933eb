/**
 * Privacy on a real page: the built script tag (`packages/widget/dist/iop-chat.js`, run as a plain
 * `<script src>`) and the chunk it lazy-loads. Every request the page makes is recorded, and the
 * cookie jar and Web Storage are checked at each step of a visit: nothing is stored until the
 * visitor sends something, one key afterwards, and nothing once they end the chat or leave with
 * quick exit. Nothing here imports the widget's source: the page runs only what a center would.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { chatKeys, deepElements, query, queryAll, rendered, RequestLog, send, transcript, waitFor } from './hostile-kit.js';

const LOADER_URL = new URL('../../dist/iop-chat.js', import.meta.url).href;
const NEUTRAL_URL = 'https://example.org/neutral';

type ChatElement = HTMLElement & { opened: boolean; navigate(url: string): void };

const keys = (): { session: string[]; local: string[] } => ({ session: chatKeys(sessionStorage), local: chatKeys(localStorage) });
const NO_KEYS = { session: [], local: [] };

/** Every `src`/`href` in the page and in open shadow roots that points to another origin. */
function foreignReferences(): string[] {
  return deepElements(document).flatMap((element) =>
    ['src', 'href']
      .map((name) => element.getAttribute(name))
      .filter((value): value is string => value !== null && /^(https?:)?\/\//i.test(value))
      .filter((value) => {
        const url = new URL(value, location.href);
        // Links a visitor may choose (answers, quick exit) are not requests.
        return url.origin !== location.origin && element.localName !== 'a';
      }),
  );
}

describe('privacy: the script tag on a page', () => {
  let requests: RequestLog;
  let chat: ChatElement | undefined;
  const cookies: string[] = [];

  const theChat = (): ChatElement => {
    chat ??= document.querySelector<ChatElement>('iop-chat') ?? undefined;
    if (!chat) throw new Error('the chat has not been mounted');
    return chat;
  };

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const storage of [sessionStorage, localStorage]) for (const key of chatKeys(storage)) storage.removeItem(key);
    cookies.push(document.cookie);
    requests = new RequestLog();
    const script = document.createElement('script');
    script.src = LOADER_URL;
    script.async = true;
    for (const [name, value] of Object.entries({
      'center-name': 'Cedar Grove Recovery',
      phone: '(555) 010-0199',
      insurance: 'Aetna, Cigna',
      'quick-exit-url': NEUTRAL_URL,
    })) {
      script.setAttribute(`data-${name}`, value);
    }
    document.body.append(script);
    await waitFor(() => document.querySelector('iop-chat-loader')?.shadowRoot?.querySelector('button.l') != null, 'the launcher');
  });

  after(() => {
    requests.stop();
  });

  afterEach(() => {
    cookies.push(document.cookie);
    expect(document.cookie, 'cookies').to.equal('');
    expect(requests.foreign(), 'requests to other origins').to.deep.equal([]);
    expect(foreignReferences(), 'resources from other origins').to.deep.equal([]);
  });

  it('draws the launcher, and prefetches the chat when idle, storing nothing and requesting only its own files', async () => {
    expect(cookies[0], 'the test page has no cookies to begin with').to.equal('');
    expect(keys()).to.deep.equal(NO_KEYS);
    await waitFor(() => document.querySelector('link[rel=modulepreload]') !== null, 'the idle prefetch', 8000);
    expect(keys()).to.deep.equal(NO_KEYS);
    const ours = requests.urls().filter((url) => url.includes('/packages/widget/dist/'));
    expect(ours.some((url) => url.endsWith('/iop-chat.js'))).to.equal(true);
  });

  it('stores nothing when the chat is opened, closed and opened again', async () => {
    const loader = document.querySelector('iop-chat-loader')!;
    (loader.shadowRoot!.querySelector('button.l') as HTMLButtonElement).click();
    await waitFor(() => document.querySelector('iop-chat[open]') !== null, 'the chat to open', 8000);
    const el = theChat();
    await rendered(el);
    expect(el.getAttribute('mode')).to.equal('launcher');
    expect(transcript(el)).to.have.length(1);
    expect(transcript(el)[0]).to.contain('automated assistant');
    expect(keys(), 'after opening').to.deep.equal(NO_KEYS);

    query(el, '.minimize').click();
    await rendered(el);
    expect(el.opened).to.equal(false);
    expect(keys(), 'after closing').to.deep.equal(NO_KEYS);

    query(el, '.launcher').click();
    await rendered(el);
    expect(el.opened).to.equal(true);
    expect(keys(), 'after opening again').to.deep.equal(NO_KEYS);
    expect(requests.urls().some((url) => /\/dist\/iop-chat-app\.js/.test(url))).to.equal(true);
  });

  it('keeps one sessionStorage key once the visitor sends a message', async () => {
    const el = theChat();
    await send(el, 'how long is the program');
    expect(transcript(el)).to.have.length(3);
    expect(keys()).to.deep.equal({ session: ['iop-chat:conversation'], local: [] });
    expect(sessionStorage.getItem('iop-chat:conversation')).to.contain('how long is the program');
  });

  it('removes it when the visitor ends the chat', async () => {
    const el = theChat();
    query(el, '.end-chat').click();
    await rendered(el);
    query(el, '.confirm-end').click();
    await rendered(el);
    expect(keys()).to.deep.equal(NO_KEYS);
    expect(transcript(el)).to.have.length(1);
  });

  it('removes it on quick exit, and leaves for the neutral page (navigation stubbed)', async () => {
    const el = theChat();
    const visited: string[] = [];
    el.navigate = (url) => visited.push(url);
    // The host page's own keys stay.
    sessionStorage.setItem('host-page:cart', '3 items');
    await send(el, 'do you take my insurance');
    expect(keys()).to.deep.equal({ session: ['iop-chat:conversation'], local: [] });
    query(el, '.quick-exit').click();
    await rendered(el);
    expect(visited).to.deep.equal([NEUTRAL_URL]);
    expect(keys()).to.deep.equal(NO_KEYS);
    expect(sessionStorage.getItem('host-page:cart')).to.equal('3 items');
    expect(el.opened).to.equal(false);
    expect(query(el, '#panel').hidden).to.equal(true);
    sessionStorage.removeItem('host-page:cart');
  });

  it('made every request to this origin and set no cookie during the whole visit', () => {
    expect(cookies.every((c) => c === '')).to.equal(true);
    const urls = requests.urls();
    expect(urls.filter((url) => url.includes('/packages/widget/dist/'))).to.have.length.greaterThan(1);
    expect(requests.foreign()).to.deep.equal([]);
    // No iframes, images or other embeds were added by the chat.
    expect(queryAll(theChat(), 'iframe, img, object, embed, link, script')).to.deep.equal([]);
  });
});
