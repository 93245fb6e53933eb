import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resolveConfig, type TranscriptItem } from '@iop-chat/core';
import { knowledge as defaultKnowledge } from '@iop-chat/knowledge';
import type { ChatView } from '../../src/parts/chat-view.js';
import { renderMessage } from '../../src/parts/transcript.js';
import { translator, WIDGET_STRINGS } from '../../src/strings/widget-strings.js';
import { $, $$, chatFixture, failOnLitWarnings, focused, has, lastMessage, messages, say, settle, type IopChat } from '../helpers.js';

/** Types and sends a message, then waits only for the render: no time for typing pacing. */
async function sendNow(el: IopChat, text: string): Promise<void> {
  const input = $<HTMLTextAreaElement>(el, '#composer-input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $(el, '.composer .send').click();
  await el.updateComplete;
}

/** The links of the latest crisis card, in order. */
const actionHrefs = (el: IopChat): string[] =>
  [...($$(el, '.crisis-card').at(-1)?.querySelectorAll('.crisis-action') ?? [])].map((a) => a.getAttribute('href') ?? '');

describe('iop-chat crisis', () => {
  failOnLitWarnings();
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('shows the crisis card at once (no typing pause), 988 first for suicidal thoughts, announced assertively', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" phone="(512) 555-0100"></iop-chat>`);
    await expect(el).to.be.accessible();
    await sendNow(el, 'I want to kill myself');
    expect(has(el, '.typing')).to.equal(false);
    const card = $(el, '.crisis-card');
    expect(card.getAttribute('part')).to.equal('crisis-card');
    expect(card.querySelector('h3')?.textContent).to.equal("You don't have to go through this alone");
    const first = card.querySelector<HTMLAnchorElement>('.crisis-action');
    expect(first?.classList.contains('crisis-primary')).to.equal(true);
    expect(first?.getAttribute('href')).to.equal('tel:988');
    expect(first!.getBoundingClientRect().height).to.be.at.least(48);
    const resources = $$(el, '.crisis-resource');
    expect(resources.length).to.be.within(1, 3);
    for (const href of actionHrefs(el)) expect(href).to.match(/^(tel:|sms:|https:)/);

    const alert = $(el, '.alert-region');
    expect(alert.getAttribute('aria-live')).to.equal('assertive');
    expect(alert.textContent).to.contain("You don't have to go through this alone");
    expect(alert.textContent).to.contain('988');
    expect($(el, '.transcript').getAttribute('role')).to.equal('log');
    expect($(el, '.transcript').getAttribute('aria-live')).to.equal('polite');

    // The center's contact is offered too, after the crisis lines.
    const center = card.querySelector('.crisis-center a[href="tel:5125550100"]');
    expect(center).to.exist;
    expect(card.querySelector('.crisis-resources')!.compareDocumentPosition(center!) & Node.DOCUMENT_POSITION_FOLLOWING).not.to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('puts 911 first for an overdose with someone not breathing', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, 'my friend took too many pills and is not breathing');
    expect(actionHrefs(el)[0]).to.equal('tel:911');
    expect($(el, '.crisis-card h3').textContent).to.equal('Call 911 now');
    expect($(el, '.alert-region').textContent).to.contain('Call 911 now');
    expect($(el, '.crisis-question-text').textContent).to.equal('Is the person breathing and awake?');
    await expect(el).to.be.accessible();
  });

  it('uses the crisis country for the numbers', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" crisis-country="UK"></iop-chat>`);
    expect($$(el, '.emergency-line a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:116123']);
    await sendNow(el, 'I want to kill myself');
    expect(actionHrefs(el)[0]).to.equal('tel:116123');
    expect(actionHrefs(el)).to.include('tel:999');
  });

  it('asks the safety question; "safe" keeps the resources one tap away and "Need help now?" stays', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, 'I want to kill myself');
    expect(has(el, '.help-now')).to.equal(true);
    const safe = $$(el, '.crisis-question button').find((b) => b.textContent.trim() === "I'm safe right now");
    safe?.click();
    await settle(el);
    expect(lastMessage(el)).to.contain("I'm glad you're safe right now");
    expect(has(el, '.crisis-question')).to.equal(false);
    expect(actionHrefs(el)[0]).to.equal('tel:988');
    expect(has(el, '.help-now')).to.equal(true);

    // A later "I'm fine" does not clear it; "Need help now?" shows the lines again, at once.
    $(el, '.help-now').click();
    await el.updateComplete;
    expect($$(el, '.crisis-card')).to.have.length(2);
    expect($$(el, '.crisis-card')[1]?.getAttribute('data-kind')).to.equal('general');
    expect(actionHrefs(el)[0]).to.equal('tel:911');
    expect(focused(el)).to.equal($$(el, '.crisis-card')[1]?.querySelector('h3'));
    await expect(el).to.be.accessible();
  });

  it('answering "not safe" points to the emergency number', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, 'I want to kill myself');
    $$(el, '.crisis-question button')
      .find((b) => b.textContent.trim() === "I'm not safe")
      ?.click();
    await settle(el);
    expect(lastMessage(el)).to.contain('Please call 911 now');
  });

  it('after a crisis the transcript keeps its order and the visitor text', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, 'I want to kill myself');
    expect(messages(el)[1]).to.equal('I want to kill myself');
  });

  it('checks in gently after a worrying message, with the lifeline one tap away and a way to the full card', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, "I'm so depressed");
    await settle(el);
    const gentle = $(el, '.gentle-check');
    expect(gentle.textContent).to.contain('Checking in');
    expect(gentle.querySelector('a[href="tel:988"]')).to.exist;
    expect(has(el, '.crisis-card')).to.equal(false);
    await expect(el).to.be.accessible();
    [...gentle.querySelectorAll('button')].find((b) => b.textContent.trim() === "I'm not okay")?.click();
    await el.updateComplete;
    expect(has(el, '.crisis-card')).to.equal(true);
    expect($(el, '.alert-region').textContent).to.contain('Help is available right now');
  });

  it('hands the self-check over to the crisis card when the safety question is answered yes', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    const send = (questionId: string, choice: string): void => {
      el.conversation?.actor.send({ type: 'screening.answer', questionId, choice });
    };
    el.conversation?.actor.send({ type: 'visitor.choose', choice: { kind: 'action', id: 'start-screening' } });
    // As a visitor would: the answers come once the first question is on screen (its code loads on first use).
    await waitUntil(() => has(el, '.self-check[data-question]'), 'the first question never appeared');
    send('reason', 'mental-health');
    for (const id of ['phq-2-1', 'phq-2-2', 'gad-2-1', 'gad-2-2']) send(id, 'not-at-all');
    send('supervision', 'no');
    send('safe-home', 'yes');
    send('attend', 'yes');
    send('safety', 'yes');
    await el.updateComplete;
    expect(has(el, '.crisis-card')).to.equal(true);
    expect(has(el, '.self-check[data-question]')).to.equal(false);
    expect($(el, '.alert-region').textContent).to.contain("You don't have to go through this alone");
  });

  it('answers a Spanish crisis in Spanish, with 988 press 2 and AYUDA first, marked lang="es"', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" phone="(512) 555-0100"></iop-chat>`);
    await sendNow(el, 'ya no quiero vivir, quiero morir');
    const card = $(el, '.crisis-card');
    expect(card.getAttribute('lang')).to.equal('es');
    expect(card.querySelector('h3')?.textContent).to.equal('No tienes que pasar por esto a solas');
    const first = card.querySelector<HTMLAnchorElement>('.crisis-primary');
    expect(first?.getAttribute('href')).to.equal('tel:988');
    expect(first?.textContent).to.contain('Llama al 988 y marca 2');
    expect(actionHrefs(el)).to.include('sms:988?body=AYUDA');
    expect($(el, '.crisis-question-text').textContent).to.equal('¿Estás a salvo ahora mismo?');
    expect(card.querySelector('.crisis-resources')?.getAttribute('aria-label')).to.equal('Busca ayuda ahora');
    expect($(el, '.alert-region').textContent).to.contain('No tienes que pasar por esto a solas');
    await expect(el).to.be.accessible();
    [...card.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Estoy a salvo ahora')?.click();
    await el.updateComplete;
    await settle(el);
    expect(lastMessage(el)).to.contain('Me alegra que estés a salvo ahora');
  });

  it('keeps an English crisis in English, and a Spanish one in English where the pack has no Spanish routes', async () => {
    const en = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(en, 'I want to die tonight');
    expect($(en, '.crisis-card').hasAttribute('lang')).to.equal(false);
    const uk = await chatFixture(html`<iop-chat mode="inline" persistence="none" crisis-country="UK"></iop-chat>`);
    await sendNow(uk, 'quiero morir');
    expect($(uk, '.crisis-card').hasAttribute('lang')).to.equal(false);
    expect(actionHrefs(uk)[0]).to.match(/^tel:/);
  });

  it('still shows the crisis card, and the rest of the chat, when a knowledge answer cannot be rendered', async () => {
    const broken = {
      ...defaultKnowledge,
      entries: defaultKnowledge.entries.map((e) => (e.id === 'insurance' ? { ...e, answer: [{ t: 'p', c: 42 }] } : e)),
    } as unknown as typeof defaultKnowledge;
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" phone="(512) 555-0100" .knowledge=${broken}></iop-chat>`);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      await say(el, 'does insurance cover the program');
      expect(lastMessage(el)).to.contain('This answer is not available right now');
      expect(has(el, '.message.type-answer a[href="tel:5125550100"]')).to.equal(true);
      await sendNow(el, 'i want to kill myself tonight');
      expect($(el, '.crisis-card h3').textContent).to.equal("You don't have to go through this alone");
      expect(actionHrefs(el)[0]).to.equal('tel:988');
      expect(has(el, '#composer-input')).to.equal(true);
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => typeof w === 'string' && w.startsWith('iop-chat: a message could not be shown'))).to.equal(true);
  });

  it('a crisis card that cannot be drawn still shows the emergency number and the crisis line', async () => {
    const crisis: TranscriptItem = { id: 5, type: 'crisis', kind: 'suicide-self-harm', someoneElse: false, immediate: false };
    for (const [country, lines] of [['US', ['tel:911', 'tel:988']], ['UK', ['tel:999', 'tel:116123']]] as const) {
      const { config } = resolveConfig({ crisisCountry: country, center: { phone: '(512) 555-0100' } });
      // A part of the card that throws (here the center's contact, drawn under the crisis lines).
      const view = {
        conversation: { config },
        context: { transcript: [crisis] },
        state: 'crisis',
        t: translator(config.strings, WIDGET_STRINGS),
        get center(): never {
          throw new Error('a broken part');
        },
      } as unknown as ChatView;
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      let shown: HTMLElement;
      try {
        shown = await fixture<HTMLElement>(html`<div>${renderMessage(crisis, view, { items: [crisis], typing: false, screeningCard: undefined as never, notice: html`` })}</div>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings, country).to.deep.equal(['iop-chat: a message could not be shown (crisis #5)']);
      const card = shown.querySelector('.crisis-card');
      expect(card?.querySelector('h3')?.textContent, country).to.equal('Help is available right now');
      expect([...(card?.querySelectorAll('a.crisis-action') ?? [])].map((a) => a.getAttribute('href')), country).to.deep.equal([...lines]);
    }
  });
});
