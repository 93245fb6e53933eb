import { expect } from '@open-wc/testing';
import { cleanUp, fakeChunk, launcher, panel, part, scriptTag, start, until } from './loader-test-kit.js';

const links = (root: HTMLElement): Array<[string | null, string | null]> =>
  [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('loader: when the chat cannot load', () => {
  afterEach(cleanUp);

  it('offers the center phone and the crisis lines, and moves focus to them', async () => {
    const chunk = fakeChunk(1);
    const handle = start(scriptTag({ phone: '(555) 010-0199', 'center-name': 'Cedar Grove Recovery' }), { importChunk: chunk.importChunk });
    launcher(handle).click();
    await until(() => !panel(handle).hidden);
    expect(links(panel(handle))).to.deep.equal([
      ['tel:5550100199', 'Call (555) 010-0199'],
      ['tel:911', 'Call 911'],
      ['tel:988', 'Call 988'],
      ['sms:988', 'Text 988'],
    ]);
    expect(panel(handle).textContent).to.contain('You can still reach Cedar Grove Recovery by phone');
    expect(panel(handle).getAttribute('role')).to.equal('dialog');
    expect(handle.host.shadowRoot?.activeElement).to.equal(part(handle, 'h2'));
    expect(launcher(handle).getAttribute('aria-expanded')).to.equal('true');
    expect(launcher(handle).getAttribute('aria-busy')).to.equal('false');
    await expect(handle.host).to.be.accessible();
  });

  it('still offers the crisis lines when no phone is configured', async () => {
    const handle = start(scriptTag({ phone: 'call us!' }), { importChunk: fakeChunk(1).importChunk });
    await handle.load(true);
    expect(links(panel(handle)).map(([href]) => href)).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
  });

  it('retries with a cache-busting URL, then opens the chat', async () => {
    const chunk = fakeChunk(1);
    const handle = start(scriptTag({}, 'https://cdn.example/iop-chat/iop-chat.js?v=3'), { importChunk: chunk.importChunk });
    expect(await handle.load(true)).to.equal(undefined);
    (part(handle, 'button.r') as HTMLButtonElement).click();
    await until(() => chunk.mounts.length === 1);
    expect(chunk.urls).to.deep.equal([
      'https://cdn.example/iop-chat/iop-chat-app.js?v=3',
      'https://cdn.example/iop-chat/iop-chat-app.js?v=3&retry=1',
    ]);
    expect(chunk.mounts[0]?.open).to.equal(true);
    expect(handle.host.isConnected).to.equal(false);
  });

  it('says so when trying again fails too, keeping focus where it was', async () => {
    const handle = start(scriptTag(), { importChunk: fakeChunk(5).importChunk });
    await handle.load(true);
    const retry = (part(handle, 'button.r') as HTMLButtonElement);
    retry.focus();
    retry.click();
    await until(() => part(handle, '[role=status]').textContent.includes('Still not loading'));
    expect(handle.host.shadowRoot?.activeElement).to.equal(retry);
  });

  it('closes with Escape and gives focus back to the launcher', async () => {
    const handle = start(scriptTag(), { importChunk: fakeChunk(1).importChunk });
    await handle.load(true);
    // (A real Escape key press from the test driver stops the test page itself in this Chromium.)
    part(handle, 'h2').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel(handle).hidden).to.equal(true);
    expect(handle.host.shadowRoot?.activeElement).to.equal(launcher(handle));
    expect(launcher(handle).getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers the fallback when loading hangs, and still opens the chat if it arrives', async () => {
    let arrive: (() => void) | undefined;
    const chunk = fakeChunk();
    const handle = start(scriptTag(), {
      slowMs: 50,
      importChunk: (url) => new Promise((resolve) => (arrive = () => void chunk.importChunk(url).then(resolve))),
    });
    launcher(handle).click();
    await until(() => !panel(handle).hidden);
    arrive?.();
    await until(() => chunk.mounts.length === 1);
    expect(handle.host.isConnected).to.equal(false);
  });

  it('shows the fallback in place of an inline chat, and retries from there', async () => {
    const slot = document.createElement('div');
    slot.id = 'inline-slot';
    document.body.append(slot);
    try {
      const chunk = fakeChunk(1);
      start(scriptTag({ mode: 'inline', target: '#inline-slot' }), { importChunk: chunk.importChunk });
      await until(() => slot.querySelector('iop-chat-loader') !== null);
      const root = slot.querySelector('iop-chat-loader')!.shadowRoot!;
      expect(root.querySelector('.p')?.getAttribute('role')).to.equal('region');
      expect(root.querySelector('button.x')).to.equal(null);
      root.querySelector<HTMLButtonElement>('button.r')!.click();
      await until(() => slot.querySelector('iop-chat') !== null);
      expect(slot.querySelector('iop-chat-loader')).to.equal(null);
    } finally {
      slot.remove();
    }
  });

  it('shows the fallback when the chunk file is missing (a real 404)', async () => {
    const handle = start(scriptTag({}, new URL('./no-such-dir/iop-chat.js', import.meta.url).href));
    expect(await handle.load(true)).to.equal(undefined);
    expect(panel(handle).hidden).to.equal(false);
  });
});
