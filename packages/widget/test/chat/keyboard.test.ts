import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, chatFixture, failOnLitWarnings, focused, lastMessage, messages, reduceMotion, settle } from '../helpers.js';

describe('iop-chat by keyboard only', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('opens from the launcher with Enter, focuses the composer, and closes with Escape back to the launcher', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    await expect(el).to.be.accessible();
    const launcher = $(el, '.launcher');
    // Label in Name: the visible label is the name, the 'launcher.ariaLabel' wording its description.
    expect(launcher.textContent.trim()).to.equal('Chat with us');
    expect($(el, `#${launcher.getAttribute('aria-describedby') ?? ''}`).textContent).to.equal('Open chat: questions about our program');
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#panel').hidden).to.equal(true);

    launcher.focus();
    const opened = oneEvent(el, 'iop-chat-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    await settle(el);
    expect(el.opened).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(launcher.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)?.id).to.equal('composer-input');
    const panel = $(el, '#panel');
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.getAttribute('aria-labelledby')).to.equal('panel-title');
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'iop-chat-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await settle(el);
    expect(el.opened).to.equal(false);
    expect(focused(el)).to.equal(launcher);
  });

  it('opens with Space too', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    $(el, '.launcher').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.opened).to.equal(true);
    expect(focused(el)?.id).to.equal('composer-input');
  });

  it('sends with Enter, adds a line with Shift+Enter, and picks a chip with Tab and Enter', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.open();
    await settle(el);
    await sendKeys({ type: 'how long' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'is the program' });
    expect($<HTMLTextAreaElement>(el, '#composer-input').value).to.equal('how long\nis the program');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(messages(el)[1]).to.equal('how long is the program');
    expect(lastMessage(el)).to.match(/weeks/);
    expect($<HTMLTextAreaElement>(el, '#composer-input').value).to.equal('');
    expect(focused(el)?.id).to.equal('composer-input');

    // Shift+Tab from the composer reaches the chips (just above it).
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const chip = focused(el) as HTMLElement;
    expect(chip.classList.contains('chip')).to.equal(true);
    const label = chip.textContent.trim();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(messages(el)).to.include(label);
    await expect(el).to.be.accessible();
  });

  it('keeps a message with no words in the box, says why, and drops the hint once the visitor edits', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.open();
    await settle(el);
    const before = messages(el).length;
    await sendKeys({ type: '<b></b> ???' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const input = $<HTMLTextAreaElement>(el, '#composer-input');
    expect(messages(el)).to.have.length(before);
    expect(input.value).to.equal('<b></b> ???');
    const hint = $(el, '#composer-hint');
    expect(hint.getAttribute('role')).to.equal('status');
    expect(hint.textContent).to.match(/words/);
    expect(input.getAttribute('aria-describedby')).to.contain('composer-hint');
    expect(focused(el)?.id).to.equal('composer-input');
    await expect(el).to.be.accessible();

    await sendKeys({ type: ' how long is it' });
    expect($$(el, '#composer-hint')).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(lastMessage(el)).to.match(/weeks/);
  });

  it('shows a visible focus ring on every control reached with Tab', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.open();
    await settle(el);
    $(el, '.header-button').focus();
    const seen = new Set<Element>();
    for (let i = 0; i < 20; i++) {
      const current = focused(el);
      if (!current || seen.has(current)) break;
      seen.add(current);
      const style = getComputedStyle(current);
      expect(style.outlineStyle, current.className || current.id).to.equal('solid');
      expect(parseFloat(style.outlineWidth), current.className || current.id).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
    }
    expect(seen.size).to.be.greaterThan(6);
  });

  it('keeps buttons and chips at least 44px tall', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    for (const target of $$(el, '.chip, .header-button, .send')) {
      expect(target.getBoundingClientRect().height, target.className).to.be.at.least(44);
    }
  });
});
