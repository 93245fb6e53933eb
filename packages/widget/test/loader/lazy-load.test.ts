import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatChunk } from '../../src/loader/mount-options.js';
import { cleanUp, fakeChunk, launcher, scriptTag, start, until, wait } from './loader-test-kit.js';

interface FixtureRecord {
  mounts: Array<{ open: boolean; mode: string }>;
  url: string;
}
const fixture = (): FixtureRecord | undefined => (window as { __iopChatFixture?: FixtureRecord }).__iopChatFixture;

describe('loader: loading the chat', () => {
  afterEach(cleanUp);

  it('loads nothing until the visitor shows interest', async () => {
    const chunk = fakeChunk();
    start(scriptTag(), { importChunk: chunk.importChunk });
    await wait(50);
    expect(chunk.urls).to.deep.equal([]);
  });

  for (const [trigger, act] of [
    ['hover', (b: HTMLButtonElement) => b.dispatchEvent(new PointerEvent('pointerenter'))],
    ['focus', (b: HTMLButtonElement) => { b.focus(); }],
  ] as const) {
    it(`loads the chat on ${trigger} and swaps it in without opening it`, async () => {
      const chunk = fakeChunk();
      const handle = start(scriptTag({ phone: '(555) 010-0199' }), { importChunk: chunk.importChunk });
      act(launcher(handle));
      await until(() => chunk.mounts.length === 1);
      expect(chunk.urls).to.have.length(1);
      expect(chunk.mounts[0]).to.include({ mode: 'launcher', open: false });
      expect(chunk.mounts[0]?.focus).to.equal(trigger === 'focus');
      await until(() => !handle.host.isConnected);
      expect(document.querySelector('iop-chat')?.getAttribute('mode')).to.equal('launcher');
    });
  }

  it('opens the chat when the launcher is clicked, and marks when it is ready', async () => {
    performance.clearMarks();
    const chunk = fakeChunk();
    const handle = start(scriptTag(), { importChunk: chunk.importChunk });
    const button = launcher(handle);
    button.click();
    expect(button.getAttribute('aria-busy')).to.equal('true');
    const element = await handle.load(true);
    expect(element?.localName).to.equal('iop-chat');
    expect(chunk.urls).to.have.length(1);
    expect(chunk.mounts[0]?.open).to.equal(true);
    expect(handle.host.isConnected).to.equal(false);
    expect(performance.getEntriesByName('iop-chat:intent')).to.have.length(1);
    await until(() => performance.getEntriesByName('iop-chat:ready').length === 1);
  });

  it('opens with the keyboard (Enter) just like a click', async () => {
    const chunk = fakeChunk();
    // Slow enough that focusing the launcher has not swapped it yet when Enter is pressed.
    const slow = (url: string): ReturnType<typeof chunk.importChunk> => wait(300).then(() => chunk.importChunk(url));
    const handle = start(scriptTag(), { importChunk: slow });
    launcher(handle).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => chunk.mounts.some((m) => m.open));
  });

  it('does not swap the launcher while it is pressed, so the click is not lost', async () => {
    const chunk = fakeChunk();
    const handle = start(scriptTag(), { importChunk: chunk.importChunk });
    const button = launcher(handle);
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await wait(100);
    expect(chunk.urls).to.have.length(1);
    expect(chunk.mounts).to.have.length(0);
    expect(handle.host.isConnected).to.equal(true);
    button.click();
    await until(() => chunk.mounts.length === 1);
    expect(chunk.mounts[0]?.open).to.equal(true);
  });

  it('opens the chat when the launcher is clicked while the chat is being put in its place', async () => {
    let opened = 0;
    let finish = (): void => undefined;
    const chunk: ChatChunk = {
      mountFromLoader(options) {
        const element = Object.assign(document.createElement('iop-chat'), {
          open: () => {
            opened++;
          },
        });
        element.setAttribute('mode', options.mode);
        document.body.append(element);
        // The chat renders before it is in place: the click comes meanwhile.
        return new Promise((resolve) => {
          finish = () => {
            resolve({ element });
          };
        });
      },
    };
    const handle = start(scriptTag(), { importChunk: () => Promise.resolve(chunk) });
    const button = launcher(handle);
    button.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => document.querySelector('iop-chat') !== null);
    button.click();
    finish();
    await until(() => !handle.host.isConnected);
    expect(opened).to.equal(1);
  });

  it('imports the real chunk file beside its script with import()', async () => {
    const handle = start(scriptTag({ 'center-name': 'Cedar Grove' }, new URL('./fixtures/iop-chat.js?v=7', import.meta.url).href));
    const element = await handle.load(true);
    expect(element?.localName).to.equal('iop-chat');
    expect(fixture()?.url).to.match(/\/fixtures\/iop-chat-app\.js\?v=7$/);
    expect(fixture()?.mounts.at(-1)).to.include({ open: true, mode: 'launcher' });
  });

  it('prefetches the chunk without running it once the page is idle', async () => {
    const chunk = fakeChunk();
    start(scriptTag({}, new URL('./fixtures/iop-chat.js', import.meta.url).href), { importChunk: chunk.importChunk, prefetch: true });
    await until(() => document.querySelector('link[rel=modulepreload]') !== null, 8000);
    expect(document.querySelector<HTMLLinkElement>('link[rel=modulepreload]')?.href).to.match(/\/fixtures\/iop-chat-app\.js$/);
    expect(chunk.urls).to.deep.equal([]);
  });

  it('mounts inline into data-target straight away, without a launcher', async () => {
    const slot = document.createElement('section');
    slot.id = 'chat-slot';
    document.body.append(slot);
    try {
      const chunk = fakeChunk();
      start(scriptTag({ mode: 'inline', target: '#chat-slot' }), { importChunk: chunk.importChunk });
      expect(document.querySelector('iop-chat-loader')).to.equal(null);
      await until(() => chunk.mounts.length === 1);
      expect(chunk.mounts[0]).to.include({ mode: 'inline', target: slot, open: false });
      expect(slot.querySelector('iop-chat')).to.not.equal(null);
    } finally {
      slot.remove();
    }
  });

  it('falls back to the launcher, with a warning, when data-target matches nothing', () => {
    const warnings: string[] = [];
    const handle = start(scriptTag({ mode: 'inline', target: '#nowhere' }), { warn: (m) => warnings.push(m) });
    expect(warnings).to.deep.equal(['iop-chat: data-target "#nowhere" matches nothing; the launcher is used instead.']);
    expect(launcher(handle).isConnected).to.equal(true);
  });
});
