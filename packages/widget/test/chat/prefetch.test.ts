/**
 * In a fresh page: the self-check's and contact's code is fetched when the visitor reaches for
 * their chip (focus, pointer), not before, so that choosing it does not wait.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { RequestLog } from '../hostile/hostile-kit.js';
import { $, $$, chatFixture, failOnLitWarnings, has, reduceMotion, settle } from '../helpers.js';

const requested = (log: RequestLog, path: string): boolean => log.urls().some((url) => url.includes(path));

describe('iop-chat fetches a feature when the visitor reaches for it', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
    sessionStorage.clear();
  });

  it('focusing the self-check chip, or pointing at "Talk to someone", fetches their code', async () => {
    const requests = new RequestLog();
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" lead-endpoint="/api/leads"></iop-chat>`);
    await settle(el);
    expect(requested(requests, '/parts/self-check-parts')).to.equal(false);
    expect(requested(requests, '/parts/contact-parts')).to.equal(false);

    const chip = (id: string): HTMLElement => $$(el, '.chip').find((c) => c.dataset['choice'] === `action:${id}`)!;
    // (A focus event as the browser sends it: a page without window focus would not fire one for .focus().)
    chip('start-screening').dispatchEvent(new FocusEvent('focus'));
    await waitUntil(() => requested(requests, '/parts/self-check-parts') && requested(requests, '/screening/screening-service'), 'the self-check was never fetched');
    expect(requested(requests, '/parts/contact-parts')).to.equal(false);

    chip('contact').dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => requested(requests, '/parts/contact-parts') && requested(requests, '/leads/contact-service'), 'the contact code was never fetched');

    chip('start-screening').click();
    await settle(el);
    expect(has(el, '.self-check[data-question]')).to.equal(true);
    expect($(el, '.self-check[data-question]').dataset['question']).to.equal('reason');
    requests.stop();
  });
});
