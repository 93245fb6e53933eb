import { expect } from '@open-wc/testing';
import { chunkUrlFor } from '../../src/loader/chunk-loader.js';
import { findOwnScript } from '../../src/loader/find-script.js';
import { startLoader } from '../../src/loader/loader.js';
import { cleanUp, fakeChunk, launcher, panel, scriptTag, start } from './loader-test-kit.js';

describe('loader: reading the script tag', () => {
  afterEach(cleanUp);

  it('warns about each invalid value it uses, naming the attribute, and falls back to the default', async () => {
    const warnings: string[] = [];
    const chunk = fakeChunk();
    const handle = start(
      scriptTag({ position: 'top', 'z-index': 'very high', 'primary-color': 'red;background:url(x)', phone: '(555) 010-0199' }),
      { warn: (m) => warnings.push(m), importChunk: chunk.importChunk },
    );
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.match(/^iop-chat: data-position "top" is not valid/);
    expect(warnings[1]).to.match(/^iop-chat: data-z-index "very high" is not valid/);
    expect(warnings[2]).to.match(/^iop-chat: data-primary-color "red;background:url\(x\)" is not valid/);
    const button = launcher(handle);
    expect(innerWidth - button.getBoundingClientRect().right).to.be.within(8, 40);
    expect(getComputedStyle(button.parentElement!).zIndex).to.equal('2147483000');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(29, 92, 122)');

    // The chunk gets every attribute, and is told which ones were reported already.
    await handle.load(false);
    expect(chunk.mounts[0]?.reported).to.deep.equal(['data-position', 'data-z-index', 'data-primary-color']);
    expect(chunk.mounts[0]?.attributes['data-phone']).to.equal('(555) 010-0199');
  });

  it('never throws into the page, whatever the attributes say', () => {
    const hostile = scriptTag({
      'launcher-label': '<img src=x onerror="window.__pwned=1">',
      title: '\u202eevil',
      mode: 'inline',
      target: '#[broken',
      'crisis-country': '{}',
      'z-index': '99999999999999',
    });
    expect(() => start(hostile)).to.not.throw();
    const button = document.querySelector('iop-chat-loader')!.shadowRoot!.querySelector('button.l')!;
    expect(button.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(button.querySelector('img')).to.equal(null);
  });

  it('runs as a script on a page where it cannot find its own tag without throwing', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../../src/loader/index.js');
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]?.[0])).to.contain('iop-chat: the chat could not start');
    expect(document.querySelector('iop-chat-loader')).to.equal(null);
  });

  it('loads the chunk from beside its own script, keeping the script query for cache busting', () => {
    expect(chunkUrlFor('https://cdn.example/iop-chat/1.2.0/iop-chat.js?v=7').href).to.equal(
      'https://cdn.example/iop-chat/1.2.0/iop-chat-app.js?v=7',
    );
    expect(chunkUrlFor('https://center.example/assets/iop-chat.js').href).to.equal('https://center.example/assets/iop-chat-app.js');
  });

  it('finds its own script tag when document.currentScript is not available, once per tag', () => {
    const mine = scriptTag({ phone: '555-010-0199' }, '/assets/iop-chat.js');
    const chunk = scriptTag({}, '/assets/iop-chat-app.js');
    const other = scriptTag({}, '/assets/analytics.js');
    const box = document.createElement('div');
    box.append(mine, chunk, other);
    document.body.append(box);
    try {
      expect(findOwnScript()).to.equal(mine);
      start(mine);
      expect(findOwnScript()).to.equal(undefined);
      expect(startLoader(mine)).to.equal(undefined);
    } finally {
      box.remove();
    }
  });

  it('offers the crisis lines of the configured country in its fallback', async () => {
    const handle = start(scriptTag({ 'crisis-country': 'gb' }), { importChunk: fakeChunk(1).importChunk });
    await handle.load(true);
    const hrefs = [...panel(handle).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:999', 'tel:116123']);
  });
});
