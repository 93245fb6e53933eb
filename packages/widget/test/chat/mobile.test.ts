import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, chatFixture, failOnLitWarnings, focused, reduceMotion, settle } from '../helpers.js';

describe('iop-chat on a phone', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 375, height: 667 });
  });
  after(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('opens full screen as a modal dialog, with 16px inputs and the launcher out of the way', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.open();
    await settle(el);
    await expect(el).to.be.accessible();
    const panel = $(el, '#panel');
    const box = panel.getBoundingClientRect();
    expect(box.left).to.equal(0);
    expect(box.top).to.equal(0);
    expect(box.width).to.equal(375);
    expect(Math.round(box.height)).to.equal(667);
    expect(panel.getAttribute('aria-modal')).to.equal('true');
    expect(getComputedStyle($(el, '.launcher')).display).to.equal('none');
    expect(parseFloat(getComputedStyle($(el, '#composer-input')).fontSize)).to.be.at.least(16);
    const composer = $(el, '.composer').getBoundingClientRect();
    expect(composer.bottom).to.be.at.most(667);
  });

  it('follows the visual viewport, so the composer stays above the on-screen keyboard', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none" open></iop-chat>`);
    await settle(el);
    expect(el.style.getPropertyValue('--_viewport-height')).to.equal('667px');
    // What the browser does when the keyboard opens: the visual viewport shrinks.
    el.style.setProperty('--_viewport-height', '400px');
    expect(Math.round($(el, '#panel').getBoundingClientRect().height)).to.equal(400);
    expect($(el, '.composer').getBoundingClientRect().bottom).to.be.at.most(400);
    window.visualViewport?.dispatchEvent(new Event('resize'));
    expect(el.style.getPropertyValue('--_viewport-height')).to.equal('667px');
  });

  it('keeps Tab inside the full-screen panel', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    el.open();
    await settle(el);
    $(el, '.send').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '.header-button'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal($(el, '.send'));
  });

  it('is an anchored panel, not a modal, on a desktop', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await chatFixture(html`<iop-chat persistence="none" position="left"></iop-chat>`);
    el.open();
    await settle(el);
    const panel = $(el, '#panel');
    const box = panel.getBoundingClientRect();
    expect(panel.hasAttribute('aria-modal')).to.equal(false);
    // An anchored panel, never the whole page: most of a desktop page stays visible beside it.
    expect(box.width).to.be.at.most(1280 * 0.35);
    expect(box.height).to.be.at.most(800 - 80);
    expect(box.left).to.be.lessThan(40);
    expect(getComputedStyle($(el, '.launcher')).display).not.to.equal('none');
  });

  it('keeps the corner it was given on a right-to-left page, as the loader draws it', async () => {
    // The loader draws the launcher in the physical corner; the chat that replaces it must not
    // jump to the other side of the screen (which also loses a click made during the swap).
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.dir = 'rtl';
    try {
      for (const [position, side] of [['left', 'left'], ['right', 'right'], [undefined, 'right']] as const) {
        const el = await chatFixture(
          position ? html`<iop-chat persistence="none" position=${position}></iop-chat>` : html`<iop-chat persistence="none"></iop-chat>`,
        );
        const launcher = $(el, '.launcher').getBoundingClientRect();
        const onLeft = launcher.right < 1280 / 2;
        expect(onLeft ? 'left' : 'right', `launcher, position ${String(position)}`).to.equal(side);
        el.open();
        await settle(el);
        const panel = $(el, '#panel').getBoundingClientRect();
        expect(panel.right < 1280 / 2 ? 'left' : 'right', `panel, position ${String(position)}`).to.equal(side);
        el.remove();
      }
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});
