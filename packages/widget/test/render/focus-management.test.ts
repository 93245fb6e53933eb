import { expect, fixture, html } from '@open-wc/testing';
import { moveFocus } from '../../src/chat/focus-management.js';

describe('focus management', () => {
  it('moves focus into the opened panel without popping up a touch keyboard', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <h2 id="panel-title" tabindex="-1">Chat</h2>
      <label for="composer-input">Message</label><textarea id="composer-input"></textarea>
    </div>`);
    await expect(el).to.be.accessible();
    moveFocus(el, 'panel', { avoidKeyboard: true });
    expect(document.activeElement?.id).to.equal('panel-title');
    moveFocus(el, 'composer', { avoidKeyboard: true });
    expect(document.activeElement?.id).to.equal('panel-title');
    moveFocus(el, 'panel', { avoidKeyboard: false });
    expect(document.activeElement?.id).to.equal('composer-input');
  });

  it('focuses the first invalid field, or the message box when it is gone', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <label for="cf-name">Name</label><input id="cf-name" />
      <label for="composer-input">Message</label><textarea id="composer-input"></textarea>
    </div>`);
    moveFocus(el, { field: 'name' }, { avoidKeyboard: false });
    expect(document.activeElement?.id).to.equal('cf-name');
    moveFocus(el, { field: 'email' }, { avoidKeyboard: false });
    expect(document.activeElement?.id).to.equal('composer-input');
  });
});
