import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, chatFixture, failOnLitWarnings, reduceMotion, say, settle } from '../helpers.js';

describe('iop-chat display modes', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
    await setViewport({ width: 1280, height: 800 });
  });

  it('keeps borders on controls in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await expect(el).to.be.accessible();
    for (const control of [...$$(el, '.chip'), $(el, '.send'), $(el, '#composer-input'), $(el, '.end-chat')]) {
      const style = getComputedStyle(control);
      expect(parseFloat(style.borderTopWidth), control.className).to.be.at.least(1);
      expect(style.borderTopStyle, control.className).to.equal('solid');
    }
  });

  it('reflows at 200% zoom (640 by 360 CSS pixels): full screen, nothing cut off', async () => {
    await setViewport({ width: 640, height: 360 });
    const el = await chatFixture(html`<iop-chat persistence="none" center-name="Riverside Recovery Center of Central Texas"></iop-chat>`);
    el.open();
    await settle(el);
    await say(el, 'how long is the program');
    const panel = $(el, '#panel').getBoundingClientRect();
    expect(panel.top).to.be.at.least(0);
    expect(panel.bottom).to.be.at.most(360);
    expect(panel.right).to.be.at.most(640);
    const composer = $(el, '.composer').getBoundingClientRect();
    expect(composer.bottom).to.be.at.most(panel.bottom + 0.5);
    expect(composer.height).to.be.at.least(44);
    expect($(el, '.transcript').scrollWidth).to.be.at.most($(el, '.transcript').clientWidth);
  });

  it('lets integrators style parts from outside', async () => {
    const style = document.createElement('style');
    style.textContent = 'iop-chat::part(chip) { outline: 4px dashed rgb(1, 2, 3); } iop-chat { --iop-chat-surface: rgb(250, 240, 230); }';
    document.head.append(style);
    try {
      const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
      expect(getComputedStyle($(el, '.chip')).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '#panel')).backgroundColor).to.equal('rgb(250, 240, 230)');
    } finally {
      style.remove();
    }
  });
});
