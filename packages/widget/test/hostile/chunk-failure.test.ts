/**
 * When the lazy chunk cannot load, with real `import()` failures rather than the stand-ins of
 * loader/fallback.test.ts (which fakes the failures, and checks a real 404 only once): a 404 on
 * both tries, a network error (the host does not resolve), and a chunk that fails while it runs,
 * which the browser then keeps failing for that URL, so that only the loader's fresh retry URL can
 * succeed; it does, and opens the real built chat. Nothing is thrown into the page throughout.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanUp, launcher, panel, part, scriptTag, start, until } from '../loader/loader-test-kit.js';
import { PageErrors, rendered, send, transcript } from './hostile-kit.js';

declare global {
  interface Window {
    __iopChatFlaky?: { runs: number };
  }
}

/** How many times the flaky fixture chunk has run in this page. */
const flakyRuns = (): number | undefined => window.__iopChatFlaky?.runs;
const links = (root: HTMLElement): Array<string | null> => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
const status = (handle: ReturnType<typeof start>): string => part(handle, '[role=status]').textContent;

describe('hostile network: the chat chunk fails to load for real', () => {
  let errors: PageErrors;
  const warnings: string[] = [];

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  beforeEach(() => {
    errors = new PageErrors();
    warnings.length = 0;
  });
  afterEach(() => {
    errors.stop();
    cleanUp();
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
  });

  const warn = (message: string): void => {
    warnings.push(message);
  };

  it('a 404, twice: offers the phone and the crisis lines, then says it is still not loading', async () => {
    const handle = start(scriptTag({ phone: '(555) 010-0199' }, new URL('./no-such-dir/iop-chat.js', import.meta.url).href), { warn });
    launcher(handle).click();
    await until(() => !panel(handle).hidden, 5000);
    expect(links(panel(handle))).to.deep.equal(['tel:5550100199', 'tel:911', 'tel:988', 'sms:988']);
    expect(handle.host.shadowRoot?.activeElement).to.equal(part(handle, 'h2'));
    expect(warnings.join('\n')).to.contain('could not load the chat');

    (part(handle, 'button.r') as HTMLButtonElement).click();
    await until(() => status(handle).includes('Still not loading'), 5000);
    expect(warnings).to.have.length(2);
    expect(links(panel(handle))).to.include('tel:988');
  });

  it('a network error (the host does not resolve): the same fallback, and the retry fails the same way', async () => {
    const handle = start(scriptTag({ phone: '(555) 010-0199', 'crisis-country': 'UK' }, 'https://cdn.iop-chat.invalid/1.0/iop-chat.js?v=1'), { warn });
    expect(await handle.load(true)).to.equal(undefined);
    expect(panel(handle).hidden).to.equal(false);
    expect(links(panel(handle))).to.deep.equal(['tel:5550100199', 'tel:999', 'tel:116123']);
    expect(warnings[0]).to.match(/could not load the chat: TypeError/);
    (part(handle, 'button.r') as HTMLButtonElement).click();
    await until(() => status(handle).includes('Still not loading'), 5000);
  });

  it('a chunk that fails while running: the same URL keeps failing, the retry URL loads the real chat and it works', async () => {
    delete window.__iopChatFlaky;
    const script = new URL('./fixtures/flaky/iop-chat.js', import.meta.url).href;
    const chunk = new URL('./fixtures/flaky/iop-chat-app.js', import.meta.url).href;
    const handle = start(scriptTag({ 'center-name': 'Riverside Recovery', phone: '(512) 555-0100' }, script), { warn });
    expect(await handle.load(true)).to.equal(undefined);
    expect(panel(handle).hidden).to.equal(false);
    expect(flakyRuns()).to.equal(1);

    // Why the loader needs a fresh URL: the browser remembers the failed module.
    let again: unknown;
    try {
      await import(chunk);
    } catch (error) {
      again = error;
    }
    expect(again, 'importing the same URL again').to.be.instanceOf(SyntaxError);
    expect(flakyRuns()).to.equal(1);

    (part(handle, 'button.r') as HTMLButtonElement).click();
    await until(() => document.querySelector<HTMLElement & { opened: boolean }>('iop-chat')?.opened === true, 8000);
    expect(flakyRuns()).to.equal(2);
    expect(handle.host.isConnected).to.equal(false);
    const chat = document.querySelector('iop-chat')!;
    await rendered(chat);
    await send(chat, 'how long is the program');
    expect(transcript(chat)).to.have.length(3);
    await send(chat, 'I want to kill myself');
    expect(chat.shadowRoot?.querySelector('.crisis-card .crisis-action')?.getAttribute('href')).to.equal('tel:988');
    sessionStorage.clear();
  });
});
