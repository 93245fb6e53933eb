import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, chatFixture, failOnLitWarnings, has, messages, type IopChat } from '../helpers.js';
import { typingDelay } from '../../src/chat/pacing-controller.js';

async function sendNow(el: IopChat, text: string): Promise<void> {
  const input = $<HTMLTextAreaElement>(el, '#composer-input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $(el, '.composer .send').click();
  await el.updateComplete;
}

describe('iop-chat typing pacing and announcements', () => {
  failOnLitWarnings();
  beforeEach(async () => {
    sessionStorage.clear();
    // Media emulation outlives a test file when the browser page is reused: pacing needs motion.
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows the visitor message at once and the reply after a short typing pause', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await expect(el).to.be.accessible();
    const start = performance.now();
    await sendNow(el, 'how long is the program');
    expect(messages(el)).to.have.length(2);
    expect(messages(el)[1]).to.equal('how long is the program');
    expect(has(el, '.typing')).to.equal(true);
    expect($(el, '.typing').getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.chip')).to.have.length(0); // no stale chips while the reply is coming
    await waitUntil(() => !has(el, '.typing'), 'the reply never came', { timeout: 2000 });
    const waited = performance.now() - start;
    expect(waited).to.be.within(250, 1200);
    await el.updateComplete;
    expect(messages(el)).to.have.length(3);
    expect($$(el, '.chip').length).to.be.greaterThan(0);
  });

  it('keeps the pause between 300 and 700 ms', () => {
    expect(typingDelay(1)).to.be.within(300, 700);
    expect(typingDelay(10)).to.equal(700);
  });

  it('adds new messages inside the polite log, where screen readers read them', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    const log = $(el, '[role="log"]');
    expect(log.getAttribute('aria-live')).to.equal('polite');
    expect(log.getAttribute('aria-label')).to.equal('Conversation');
    await sendNow(el, 'how long is the program');
    await waitUntil(() => !has(el, '.typing'));
    await el.updateComplete;
    const last = log.querySelector('.message:last-child');
    expect(last?.classList.contains('from-bot')).to.equal(true);
    expect(last?.querySelector('.visually-hidden')?.textContent).to.equal('Assistant:');
    expect($(el, '.alert-region').textContent.trim()).to.equal('');
  });

  it('does not hold back a crisis behind a reply that is still typing', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await sendNow(el, 'how long is the program');
    expect(has(el, '.typing')).to.equal(true);
    await sendNow(el, 'I want to end my life');
    expect(has(el, '.typing')).to.equal(false);
    expect(has(el, '.crisis-card')).to.equal(true);
    expect(messages(el).join(' ')).to.contain('weeks'); // the earlier reply shows too, in order
    await aTimeout(800);
    expect($$(el, '.crisis-card')).to.have.length(1);
  });
});
