import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ChatEvent, IopChatConfig } from '@iop-chat/core';
import type { IopChatEventEvent } from '../../src/index.js';
import {
  $,
  chatFixture,
  clickChip,
  failOnLitWarnings,
  fill,
  focused,
  has,
  lastMessage,
  messages,
  reduceMotion,
  say,
  settle,
  type IopChat,
  type RecordingChat,
} from '../helpers.js';
import { query } from '../hostile/hostile-kit.js';
import { Site } from '../loader/site-kit.js';

const storedKeys = (): string[] => Object.keys(sessionStorage).filter((k) => k.startsWith('iop-chat:'));

describe('iop-chat lifecycle', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('keeps the conversation across a reload (a new element with the same storage)', async () => {
    const first = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    await expect(first).to.be.accessible();
    await say(first, 'how long is the program');
    const before = messages(first);
    expect(before).to.have.length(3);
    first.remove();

    const second = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    expect(messages(second)).to.deep.equal(before);
    // A restored crisis-free transcript is not re-announced.
    expect($(second, '.alert-region').textContent.trim()).to.equal('');
  });

  it('keeps its conversation when moved to another place in the page', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    const conversation = el.conversation;
    await say(el, 'how long is the program');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await settle(el);
    expect(el.conversation).to.equal(conversation);
    expect(messages(el)).to.have.length(3);
    await say(el, 'do you take insurance');
    expect(messages(el)).to.have.length(5);
    other.remove();
  });

  it('runs two independent chats on one page, each with its own storage', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <iop-chat mode="inline" storage-key="first"></iop-chat>
      <iop-chat mode="inline" storage-key="second"></iop-chat>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('iop-chat')] as [IopChat, IopChat];
    await a.updateComplete;
    await b.updateComplete;
    await say(a, 'how long is the program');
    expect(messages(a)).to.have.length(3);
    expect(messages(b)).to.have.length(1);
    expect(sessionStorage.getItem('iop-chat:first')).to.contain('how long is the program');
    expect(sessionStorage.getItem('iop-chat:second')).to.equal(null);
    await say(b, 'do you take insurance');
    expect(sessionStorage.getItem('iop-chat:second')).to.contain('insurance');
    expect(sessionStorage.getItem('iop-chat:first')).not.to.contain('insurance');
  });

  it('keeps the first chat saved when a second one on the page has no storage-key of its own, and says how to fix it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    let a: IopChat;
    let b: IopChat;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <iop-chat mode="inline"></iop-chat>
        <iop-chat mode="inline"></iop-chat>
      </div>`);
      [a, b] = [...wrapper.querySelectorAll('iop-chat')] as [IopChat, IopChat];
      await a.updateComplete;
      await b.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('storage-key'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('iop-chat:conversation');

    await say(a, 'how long is the program');
    await say(b, 'do you take insurance');
    // The first chat's conversation is the one saved; the second chat's never overwrites it.
    const saved = sessionStorage.getItem('iop-chat:conversation') ?? '';
    expect(saved).to.contain('how long is the program');
    expect(saved).not.to.contain('insurance');
    expect(storedKeys()).to.deep.equal(['iop-chat:conversation']);
    // Both still work.
    expect(lastMessage(a)).to.match(/weeks/);
    expect(messages(b)).to.have.length(3);
  });

  it('lets a new chat save under the default key once the chat that held it has left the page', async () => {
    const first = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    await say(first, 'how long is the program');
    first.remove();
    sessionStorage.clear();
    const second = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    await say(second, 'do you take insurance');
    expect(sessionStorage.getItem('iop-chat:conversation')).to.contain('insurance');
  });

  it('ends the chat after a confirmation: back to the greeting, storage cleared, iop-chat-end fired', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    await say(el, 'how long is the program');
    expect(storedKeys()).to.have.length.greaterThan(0);

    $(el, '.end-chat').click();
    await settle(el);
    const confirm = $(el, '#end-confirm');
    expect(confirm.hidden).to.equal(false);
    expect(confirm.textContent).to.contain('End this chat?');
    expect(focused(el)).to.equal($(el, '.cancel-end'));
    await expect(el).to.be.accessible();

    // Escape keeps chatting.
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '#end-confirm').hidden).to.equal(true);
    expect(messages(el)).to.have.length(3);

    $(el, '.end-chat').click();
    await settle(el);
    const ended = oneEvent(el, 'iop-chat-end');
    $(el, '.confirm-end').click();
    await ended;
    await settle(el);
    expect(messages(el)).to.have.length(1);
    expect(lastMessage(el)).to.contain('automated assistant');
    expect(storedKeys()).to.deep.equal([]);
    expect($(el, '.status-region').textContent).to.contain('Chat ended');
  });

  it('quick exit clears everything and replaces the page with the neutral URL', async () => {
    const el = await chatFixture<RecordingChat>(
      html`<recording-iop-chat quick-exit-url="https://example.org/weather" open></recording-iop-chat>`,
    );
    await say(el, 'how long is the program');
    expect(storedKeys()).to.have.length.greaterThan(0);
    const button = $(el, '.quick-exit');
    expect(button.textContent.trim()).to.equal('Quick exit');
    button.click();
    await el.updateComplete;
    expect(el.visited).to.deep.equal(['https://example.org/weather']);
    expect(storedKeys()).to.deep.equal([]);
    expect(el.opened).to.equal(false);
    expect($(el, '#panel').hidden).to.equal(true);
    expect($(el, '.alert-region').textContent).to.contain('Leaving this site');
  });

  it("saves the transcript, the messages sent and the request statuses; never the contact form's fields or an unsent message", async () => {
    // The endpoint is down: the request waits (its details in the outbox, not in the conversation).
    const config: IopChatConfig = { center: { phone: '(512) 555-0100' }, leadSender: () => Promise.reject(new Error('down')) };
    const el = await chatFixture(html`<iop-chat mode="inline" .config=${config}></iop-chat>`);
    await say(el, 'how long is the program');
    await clickChip(el, 'Talk to someone');
    await fill(el, '#cf-name', 'Jordan Q. Visitor');
    await fill(el, '#cf-phone', '512 555 0187');
    await fill(el, '#cf-note', 'Evenings, please be discreet');
    await fill(el, '#composer-input', 'a message I never sent');
    const conversation = (): string => sessionStorage.getItem('iop-chat:conversation') ?? '';
    expect(conversation()).to.contain('how long is the program');
    for (const typed of ['Jordan Q. Visitor', '512 555 0187', '5125550187', 'please be discreet', 'a message I never sent']) {
      expect(conversation(), typed).not.to.contain(typed);
    }
    await fill(el, '#cf-consentContact', true);
    $(el, 'form.contact-form button[type="submit"]').click();
    await waitUntil(() => has(el, '.lead-status[data-status="retrying"]'), 'the request never waited');
    expect(conversation()).to.match(/"leads":\{"[^"]+":\{[^}]*"status":"retrying"/);
    for (const typed of ['Jordan Q. Visitor', '5125550187', 'please be discreet', 'a message I never sent']) {
      expect(conversation(), typed).not.to.contain(typed);
    }
    expect(sessionStorage.getItem('iop-chat:leads'), 'until it is delivered').to.contain('Jordan Q. Visitor');
    expect(storedKeys().sort()).to.deep.equal(['iop-chat:conversation', 'iop-chat:leads']);
    el.endChat();
  });

  for (const how of ['end chat', 'quick exit'] as const) {
    it(`${how} deletes a request not yet delivered and stops retrying it, in the chosen storage; the host page's keys stay`, async () => {
      const storage = how === 'quick exit' ? localStorage : sessionStorage;
      const persistence = how === 'quick exit' ? 'local' : 'session';
      storage.setItem('host-page:cart', '3 items');
      let attempts = 0;
      const config: IopChatConfig = {
        persistence,
        center: { phone: '(512) 555-0100' },
        leadSender: () => {
          attempts++;
          return Promise.reject(new Error('down'));
        },
      };
      const el = await chatFixture<RecordingChat>(html`<recording-iop-chat mode="inline" .config=${config}></recording-iop-chat>`);
      try {
        await clickChip(el, 'Talk to someone');
        await fill(el, '#cf-name', 'Jordan Q. Visitor');
        await fill(el, '#cf-phone', '512 555 0187');
        await fill(el, '#cf-consentContact', true);
        $(el, 'form.contact-form button[type="submit"]').click();
        await waitUntil(() => has(el, '.lead-status[data-status="retrying"]'), 'the request never waited');
        expect(storage.getItem('iop-chat:leads')).to.contain('Jordan Q. Visitor');

        if (how === 'end chat') {
          $(el, '.end-chat').click();
          await settle(el);
          $(el, '.confirm-end').click();
        } else {
          $(el, '.quick-exit').click();
        }
        await el.updateComplete;
        const tried = attempts;
        expect(Object.keys(storage).filter((k) => k.startsWith('iop-chat:')), 'every iop-chat: key').to.deep.equal([]);
        expect(storage.getItem('host-page:cart')).to.equal('3 items');
        // Its next retry was due within two seconds.
        await aTimeout(2500);
        expect(attempts, 'no retry after it was forgotten').to.equal(tried);
        expect(Object.keys(storage).filter((k) => k.startsWith('iop-chat:'))).to.deep.equal([]);
      } finally {
        storage.removeItem('host-page:cart');
        localStorage.clear();
      }
    });
  }

  it('quick exit on a real page: the neutral page replaces it in the history, so Back does not return to it', async () => {
    const neutral = new URL('/package.json', location.href).href;
    const site = new Site({ 'center-name': 'Cedar Grove Recovery', 'quick-exit-url': neutral });
    const loaded = (): Promise<unknown> =>
      new Promise((resolve) => {
        site.frame.addEventListener('load', resolve, { once: true });
      });
    /** A real click (the browser grants user activation, so a navigation may add a history entry). */
    const click = async (target: Element): Promise<void> => {
      const frame = site.frame.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const inFrame = target.ownerDocument !== document;
      const x = (inFrame ? frame.left : 0) + box.left + box.width / 2;
      const y = (inFrame ? frame.top : 0) + box.top + box.height / 2;
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await resetMouse();
    };
    try {
      await click(document.body);
      await site.visit(1);
      await click(document.body);
      await site.visit(2);
      // The tab's history length is shared with the test runner's page and stops counting at 50
      // in Chromium, so what Back does is checked, not the length.
      const chat = await site.openChat();
      const left = loaded();
      await click(query(chat, '.quick-exit'));
      await left;
      expect(site.window.location.href).to.equal(neutral);
      const back = loaded();
      site.window.history.back();
      await back;
      expect(new URL(site.window.location.href).searchParams.get('page'), 'Back skips the page the visitor left').to.equal('1');
      // Control: here, an ordinary navigation after a real click does add an entry: Back returns to it.
      for (const page of [neutral, `${neutral}?again`]) {
        await click(site.document.body);
        const control = loaded();
        site.window.location.assign(page);
        await control;
      }
      const controlBack = loaded();
      site.window.history.back();
      await controlBack;
      expect(site.window.location.href, 'an ordinary navigation is kept in the history').to.equal(neutral);
    } finally {
      site.remove();
    }
  });

  it('quick exit also answers Shift pressed three times quickly, but not capital letters', async () => {
    const el = await chatFixture<RecordingChat>(html`<recording-iop-chat persistence="none" open></recording-iop-chat>`);
    el.open();
    await settle(el);
    await sendKeys({ type: 'I Am OK' });
    expect(el.visited).to.deep.equal([]);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(el.visited).to.deep.equal(['https://www.google.com/search?q=weather']);
  });

  it('has no quick exit when it is turned off', async () => {
    const el = await chatFixture<RecordingChat>(html`<recording-iop-chat persistence="none" quick-exit="off" open></recording-iop-chat>`);
    expect(el.shadowRoot?.querySelector('.quick-exit')).to.equal(null);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(el.visited).to.deep.equal([]);
  });

  it('stops listening to the window when removed', async () => {
    const el = await chatFixture<RecordingChat>(html`<recording-iop-chat persistence="none"></recording-iop-chat>`);
    el.remove();
    await aTimeout(0);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(el.visited).to.deep.equal([]);
  });

  it('re-dispatches analytics events (ids and outcomes only) as iop-chat-event, and open/close events', async () => {
    const seen: ChatEvent[] = [];
    const onEvent: ChatEvent[] = [];
    const el = await chatFixture(html`<iop-chat persistence="none" .config=${{ onEvent: (e: ChatEvent) => onEvent.push(e) }}></iop-chat>`);
    const listener = (e: IopChatEventEvent): void => {
      seen.push(e.detail);
    };
    document.addEventListener('iop-chat-event', listener);
    const opened = oneEvent(el, 'iop-chat-open');
    el.open();
    const openEvent = await opened;
    expect(openEvent.bubbles && openEvent.composed).to.equal(true);
    await settle(el);
    await say(el, 'how long is the program');
    await clickChip(el, /self-check/);
    const closed = oneEvent(el, 'iop-chat-close');
    el.close();
    await closed;
    await settle(el);
    document.removeEventListener('iop-chat-event', listener);
    const types = seen.map((e) => e.type);
    expect(types).to.deep.equal(['chat.opened', 'topic.answered', 'screening.started', 'chat.closed']);
    expect(onEvent.map((e) => e.type)).to.deep.equal(types);
    expect(JSON.stringify(seen)).not.to.contain('how long');
  });

  it('toggles, and reflects the open attribute', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.toggle();
    await settle(el);
    expect(el.hasAttribute('open')).to.equal(true);
    el.toggle();
    await settle(el);
    expect(el.hasAttribute('open')).to.equal(false);
    el.setAttribute('open', '');
    await settle(el);
    expect(el.opened).to.equal(true);
    expect($(el, '#panel').hidden).to.equal(false);
  });

  it('uses a config set right after the element connects (define module imported first), and warns about later changes', async () => {
    const el = document.createElement('iop-chat');
    el.setAttribute('mode', 'inline');
    document.body.append(el);
    el.config = { persistence: 'none', center: { name: 'Set In Code' } };
    await el.updateComplete;
    try {
      expect($(el, '#panel-title').textContent).to.equal('Set In Code');
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        el.config = { center: { name: 'Too late' } };
        await el.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings.join('\n')).to.contain('changed after the chat started');
      expect($(el, '#panel-title').textContent).to.equal('Set In Code');
    } finally {
      el.remove();
    }
  });

  it('focus() goes to the launcher when closed and to the message box when open', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.focus();
    expect(focused(el)).to.equal($(el, '.launcher'));
    el.open();
    await settle(el);
    $(el, '.launcher').focus();
    el.focus();
    expect(focused(el)?.id).to.equal('composer-input');
  });
});
