/**
 * The chunks the built chat imports on first use (the self-check's, the contact form's), over a
 * network that refuses or delays them for real (the test server's `chunk-faults` command, see
 * web-test-runner.config.mjs). The first open loads neither; a crisis never waits for one; a
 * refused chunk leaves the visitor with the center's phone, a way out of the step and a retry that
 * works; nothing is thrown into the page. The tests run in order: a chunk, once loaded, stays.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { cleanUp, scriptTag, start } from '../loader/loader-test-kit.js';
import { PageErrors, query, queryAll, rendered, RequestLog, send, transcript, waitFor } from './hostile-kit.js';

const DIST_LOADER = new URL('../../dist/iop-chat.js', import.meta.url).href;

type Fault = { status?: number; delayMs?: number };
const faults = (table: Partial<Record<'self-check' | 'contact', Fault>>): Promise<unknown> => executeServerCommand('chunk-faults', table);

/** Chunks of a feature the page requested (built names: iop-chat-self-check-parts-<hash>.js, ...). */
const requested = (requests: RequestLog, names: readonly string[]): string[] =>
  requests.urls().filter((url) => names.some((name) => url.includes(`/iop-chat-${name}-`)));
const SELF_CHECK = ['self-check-parts', 'screening-service'];
const CONTACT = ['contact-parts', 'contact-service'];

/** The built chat, inline, through the real loader. */
async function openChat(data: Record<string, string> = {}): Promise<HTMLElement> {
  const target = document.createElement('div');
  target.id = 'chat-here';
  document.body.append(target);
  const script = scriptTag({ 'center-name': 'Riverside Recovery', phone: '(512) 555-0100', mode: 'inline', target: '#chat-here', ...data }, DIST_LOADER);
  const element = await start(script).load(false);
  if (!element) throw new Error('the chat did not load');
  await rendered(element);
  return element;
}

async function choose(chat: HTMLElement, id: string): Promise<void> {
  const chip = queryAll(chat, '.chip').find((c) => c.dataset['choice'] === `action:${id}`);
  if (!chip) throw new Error(`no chip ${id}`);
  chip.click();
  await rendered(chat);
}

const notice = (chat: HTMLElement): HTMLElement | null => chat.shadowRoot?.querySelector<HTMLElement>('.type-unavailable') ?? null;
const typing = (chat: HTMLElement): boolean => chat.shadowRoot?.querySelector('.typing') != null;

describe('hostile network: the chunks the chat loads on first use', () => {
  let errors: PageErrors;
  let requests: RequestLog;

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    sessionStorage.clear();
  });
  beforeEach(() => {
    errors = new PageErrors();
    requests = new RequestLog();
  });
  afterEach(async () => {
    await faults({});
    errors.stop();
    requests.stop();
    cleanUp();
    document.querySelector('#chat-here')?.remove();
    sessionStorage.clear();
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('opening the chat loads neither; a crisis while the self-check loads shows at once; a refused chunk offers the phone, and a retry brings the question', async () => {
    const chat = await openChat();
    await send(chat, 'how long is the program');
    expect(requested(requests, [...SELF_CHECK, ...CONTACT]), 'nothing of either feature at first open').to.deep.equal([]);

    await faults({ 'self-check': { status: 404, delayMs: 600 } });
    await choose(chat, 'start-screening');
    expect(typing(chat), 'the typing dots while it loads').to.equal(true);
    // A crisis while the chunk is still on its way: the card is there in the same render, and
    // nothing waits for the chunk any more.
    const input = query<HTMLTextAreaElement>(chat, '#composer-input');
    input.value = 'I want to kill myself';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await rendered(chat);
    query(chat, '.composer .send').click();
    await rendered(chat);
    expect(chat.shadowRoot?.querySelector('.crisis-card .crisis-action')?.getAttribute('href')).to.equal('tel:988');
    expect(typing(chat)).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await rendered(chat);
    expect(notice(chat), 'no notice about a step the visitor has left').to.equal(null);

    // Asked again, the self-check is refused: the notice, with the center's phone and a way out.
    queryAll(chat, '.crisis-card button').find((b) => b.textContent.trim() === "I'm safe right now")?.click();
    await rendered(chat);
    await send(chat, 'can I take the self assessment quiz');
    await waitFor(() => notice(chat) !== null, 'the notice that the self-check did not load');
    const shown = notice(chat)!;
    expect(shown.textContent).to.contain('the self-check did not load');
    expect([...shown.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:5125550100');
    const buttons = [...shown.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(buttons).to.deep.equal(['Try again', 'Stop the self-check']);
    expect(typing(chat)).to.equal(false);
    // The composer still works: a question is answered (the notice stays last while the step needs it).
    await send(chat, 'do you take insurance');
    expect(transcript(chat).at(-2)).to.contain('insurance plans');
    expect(notice(chat)).to.not.equal(null);

    await faults({});
    (shown.querySelector('button.retry') as HTMLButtonElement).click();
    await waitFor(() => chat.shadowRoot?.querySelector('.self-check[data-question]') != null, 'the first question after the retry', 8000);
    expect(notice(chat)).to.equal(null);
    expect(requested(requests, SELF_CHECK).length).to.be.greaterThan(0);
    expect(requested(requests, CONTACT)).to.deep.equal([]);
  });

  it('a refused contact chunk: the phone, "Not now" leaves the step, and asking again loads the form', async () => {
    const chat = await openChat({ 'lead-endpoint': '/api/leads' });
    await faults({ contact: { status: 404 } });
    await choose(chat, 'contact');
    await waitFor(() => notice(chat) !== null, 'the notice that the contact form did not load');
    const shown = notice(chat)!;
    expect(shown.textContent).to.contain('the contact form did not load');
    expect([...shown.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:5125550100');
    const notNow = [...shown.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Not now');
    notNow?.click();
    await rendered(chat);
    expect([...(notice(chat)?.querySelectorAll('button') ?? [])].map((b) => b.textContent.trim()), 'no "Not now" once out of the step').to.deep.equal(['Try again']);
    await send(chat, 'how long is the program');
    expect(notice(chat), 'gone once the conversation moves on').to.equal(null);

    await faults({});
    await choose(chat, 'contact');
    await waitFor(() => chat.shadowRoot?.querySelector('form.contact-form') != null, 'the contact form', 8000);
    expect(requested(requests, CONTACT).length).to.be.greaterThan(0);
  });
});
