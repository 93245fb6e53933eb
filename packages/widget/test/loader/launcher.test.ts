import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { cleanUp, fakeChunk, launcher, scriptTag, start } from './loader-test-kit.js';

const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('loader: the lightweight launcher', () => {
  afterEach(async () => {
    cleanUp();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws an accessible launcher in the corner at once, in its own shadow root', async () => {
    const handle = start(scriptTag({ 'center-name': 'Cedar Grove Recovery' }), { importChunk: fakeChunk().importChunk });
    await expect(handle.host).to.be.accessible();
    expect(handle.host.isConnected).to.equal(true);
    expect(handle.host.shadowRoot).to.not.equal(null);
    const button = launcher(handle);
    expect(button.getAttribute('aria-label')).to.equal('Chat with us: Questions about our program');
    expect(button.textContent).to.equal('Chat with us');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    expect(innerWidth - box.right).to.be.within(8, 40);
    expect(innerHeight - box.bottom).to.be.within(8, 40);
    expect(getComputedStyle(button.parentElement!).position).to.equal('fixed');
    expect(performance.getEntriesByName('iop-chat:launcher-drawn').length).to.be.greaterThan(0);
  });

  it('uses the label, title, side, stacking order and brand colour from the data attributes', async () => {
    const handle = start(
      scriptTag({ 'launcher-label': 'Questions?', title: 'Ask Cedar Grove', position: 'LEFT', 'z-index': '4000', 'primary-color': '#7a1a5f' }),
    );
    const button = launcher(handle);
    expect(button.getAttribute('aria-label')).to.equal('Questions?: Ask Cedar Grove');
    expect(button.textContent).to.equal('Questions?');
    expect(button.getBoundingClientRect().left).to.be.within(8, 40);
    expect(getComputedStyle(button.parentElement!).zIndex).to.equal('4000');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(122, 26, 95)');
    await nextFrame();
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
  });

  it('switches to dark text on a light brand colour so the label stays readable', async () => {
    const button = launcher(start(scriptTag({ 'primary-color': 'rgb(255, 220, 120)' })));
    await nextFrame();
    expect(getComputedStyle(button).color).to.equal('rgb(17, 17, 17)');
  });

  it("is themed by the chat's custom properties on the page, and other page CSS cannot reach inside", () => {
    const style = document.createElement('style');
    style.textContent = ':root{--iop-chat-primary:rgb(10, 80, 40);--iop-chat-z-index:77} button{background:red!important;display:none!important} iop-chat-loader{display:none;transform:scale(0)}';
    document.head.append(style);
    try {
      const handle = start(scriptTag());
      const button = launcher(handle);
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(10, 80, 40)');
      expect(getComputedStyle(button.parentElement!).zIndex).to.equal('77');
      expect(button.getBoundingClientRect().width).to.be.greaterThan(44);
      expect(getComputedStyle(handle.host).transform).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('shows a visible focus ring when reached by keyboard', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const button = launcher(start(scriptTag(), { importChunk: fakeChunk(99).importChunk }));
      expect(getComputedStyle(button).outlineStyle).to.equal('none');
      before.focus();
      for (let i = 0; i < 5 && !button.matches(':focus'); i++) await sendKeys({ press: 'Tab' });
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      expect(getComputedStyle(button).outlineWidth).to.equal('3px');
    } finally {
      before.remove();
    }
  });

  it('does not animate for visitors who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const handle = start(scriptTag(), { importChunk: () => new Promise(() => undefined) });
    const button = launcher(handle);
    button.click();
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(button.querySelector('svg')!).animationName).to.equal('none');
  });

  it('draws a single launcher even when the script is on the page twice', () => {
    const warnings: string[] = [];
    start(scriptTag());
    const second = start(scriptTag(), { warn: (m) => warnings.push(m) });
    expect(document.querySelectorAll('iop-chat-loader').length).to.equal(1);
    expect(second.host.isConnected).to.equal(false);
    expect(warnings.join()).to.contain('launcher is on this page already');
  });
});
