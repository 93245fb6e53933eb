import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatEvent } from '@iop-chat/core';
import type { IopChatEventEvent } from '../../src/index.js';
import {
  $,
  chatFixture,
  clickChip,
  failOnLitWarnings,
  focused,
  lastMessage,
  messages,
  reduceMotion,
  say,
  settle,
  type IopChat,
  type RecordingChat,
} from '../helpers.js';

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
