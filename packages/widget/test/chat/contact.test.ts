import { expect, html, waitUntil } from '@open-wc/testing';
import type { IopChatConfig } from '@iop-chat/core';
import {
  $,
  $$,
  chatFixture,
  clickChip,
  failOnLitWarnings,
  fill,
  focused,
  has,
  lastMessage,
  reduceMotion,
  settle,
  type FastRetryChat,
  type FixedClockChat,
  type IopChat,
} from '../helpers.js';

/** A config with the center's phone and a leadSender that runs `deliver` (throwing means "try again later"). */
function configWith(deliver: (lead: unknown) => unknown, extra: IopChatConfig = {}): IopChatConfig {
  return {
    persistence: 'none',
    ...extra,
    center: { name: 'Riverside', phone: '(512) 555-0100', ...extra.center },
    leadSender: (lead) => Promise.resolve().then(() => deliver(lead)),
  };
}

async function openForm(el: IopChat): Promise<void> {
  await clickChip(el, 'Talk to someone');
  expect(has(el, 'form.contact-form')).to.equal(true);
}

async function fillValid(el: IopChat): Promise<void> {
  await fill(el, '#cf-name', 'J. D.');
  await fill(el, '#cf-phone', '512 555 0199');
  await fill(el, '#cf-consentContact', true);
}

async function submit(el: IopChat): Promise<void> {
  $(el, 'form.contact-form button[type="submit"]').click();
  await settle(el);
}

describe('iop-chat contact form', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is an accessible form; invalid fields get messages, aria-invalid and focus', async () => {
    const leads: unknown[] = [];
    const el = await chatFixture(html`<iop-chat mode="inline" .config=${configWith((lead) => { leads.push(lead); })}></iop-chat>`);
    await openForm(el);
    expect(focused(el)?.classList.contains('contact-heading')).to.equal(true);
    await expect(el).to.be.accessible();
    for (const id of ['cf-name', 'cf-phone', 'cf-email', 'cf-bestTime', 'cf-note', 'cf-voicemailOk', 'cf-centerNameOk', 'cf-consentContact']) {
      expect($(el, `label[for="${id}"]`).textContent.trim(), id).not.to.equal('');
    }
    expect($$(el, 'input[name="preferredMethod"]')).to.have.length(3);
    expect($(el, 'label[for="cf-centerNameOk"]').textContent).to.contain('OK to mention Riverside');
    expect(has(el, '#cf-consentSms')).to.equal(false);

    await submit(el);
    const name = $(el, '#cf-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.contain('cf-name-error');
    expect($(el, '#cf-name-error').textContent).to.equal('Please enter your name or initials.');
    expect($(el, '#cf-phone-error').textContent).to.contain('phone number');
    expect($(el, '#cf-consentContact-error').textContent).to.equal('Please confirm that we may contact you.');
    expect(focused(el)).to.equal(name);
    await expect(el).to.be.accessible();

    // Text needs its own consent.
    await fill(el, '#cf-name', 'J. D.');
    $(el, '#cf-method-text').click();
    await el.updateComplete;
    expect(has(el, '#cf-consentSms')).to.equal(true);
    await fill(el, '#cf-phone', '512 555 0199');
    await fill(el, '#cf-consentContact', true);
    await submit(el);
    expect($(el, '#cf-consentSms-error').textContent).to.contain('text messages');
    expect(focused(el)?.id).to.equal('cf-consentSms');
    expect(leads).to.have.length(0);
    // Nothing typed was lost.
    expect($<HTMLInputElement>(el, '#cf-name').value).to.equal('J. D.');
    expect($<HTMLInputElement>(el, '#cf-phone').value).to.equal('512 555 0199');
  });

  it('sends a valid request to the leadSender and says so', async () => {
    const leads: Record<string, unknown>[] = [];
    const el = await chatFixture(
      html`<iop-chat mode="inline" .config=${configWith((lead) => { leads.push(lead as Record<string, unknown>); })}></iop-chat>`,
    );
    await openForm(el);
    await fillValid(el);
    await fill(el, '#cf-centerNameOk', true);
    await fill(el, '#cf-bestTime', 'evening');
    await submit(el);
    await waitUntil(() => has(el, '.lead-status[data-status="sent"]'), 'never sent');
    expect(lastMessage(el)).to.contain('Someone from Riverside will be in touch soon');
    expect(leads).to.have.length(1);
    expect(leads[0]).to.include({ name: 'J. D.', phone: '5125550199', preferredMethod: 'call', bestTime: 'evening', centerNameOk: true, consentContact: true });
    await expect(el).to.be.accessible();
  });

  it('when delivery fails: asks to call, offers to try again, and a retry can succeed', async () => {
    let fail = true;
    const sent: unknown[] = [];
    const el = await chatFixture<FastRetryChat>(
      html`<fast-retry-iop-chat
        mode="inline"
        .config=${configWith((lead) => {
          if (fail) throw new Error('offline');
          sent.push(lead);
        })}
      ></fast-retry-iop-chat>`,
    );
    await openForm(el);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => has(el, '.lead-status[data-status="failed"]'), 'never failed', { timeout: 4000 });
    const status = $(el, '.lead-status[data-status="failed"]');
    expect(status.textContent).to.contain('Please call us at (512) 555-0100');
    const call = status.querySelector('a[href^="tel:"]');
    expect(call?.getAttribute('href')).to.equal('tel:5125550100');
    await expect(el).to.be.accessible();

    fail = false;
    const retry = [...status.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Try again');
    retry?.click();
    await waitUntil(() => has(el, '.lead-status[data-status="sent"]'), 'retry never sent', { timeout: 4000 });
    expect(sent).to.have.length(1);
  });

  it("shows the server's refusal as text, with the phone number and a way to edit", async () => {
    const el = await chatFixture(
      html`<iop-chat
        mode="inline"
        .config=${configWith(() => ({ ok: false, retry: false, message: '<b>That number</b> is not in service' }))}
      ></iop-chat>`,
    );
    await openForm(el);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => has(el, '.lead-status[data-status="rejected"]'), 'never rejected');
    const status = $(el, '.lead-status[data-status="rejected"]');
    expect(status.querySelector('.server-message')?.textContent).to.equal('<b>That number</b> is not in service');
    expect(status.querySelector('b')).to.equal(null);
    expect(status.querySelector('a[href="tel:5125550100"]')).to.exist;
    const edit = [...status.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Edit my details');
    edit?.click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#cf-name').value).to.equal('J. D.');
    expect($<HTMLInputElement>(el, '#cf-phone').value).to.equal('512 555 0199');
  });

  it('retrying shows that we keep trying, offers the phone, and the browser coming online sends at once', async () => {
    let fail = true;
    const el = await chatFixture(
      html`<iop-chat
        mode="inline"
        .config=${configWith(() => {
          if (fail) throw new Error('offline');
        })}
      ></iop-chat>`,
    );
    await openForm(el);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => has(el, '.lead-status[data-status="retrying"]'), 'never retrying');
    expect($(el, '.lead-status[data-status="retrying"]').textContent).to.contain("We'll keep trying");
    expect($(el, '.lead-status[data-status="retrying"] a[href="tel:5125550100"]').textContent).to.contain('(512) 555-0100');
    fail = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => has(el, '.lead-status[data-status="sent"]'), 'online never flushed', { timeout: 3000 });
  });

  it('offers a tap-to-call first when the center is open now', async () => {
    const el = await chatFixture(
      html`<iop-chat mode="inline" .config=${configWith(() => undefined, { center: { hours: '24/7', timeZone: 'America/Chicago' } })}></iop-chat>`,
    );
    await openForm(el);
    const first = $(el, '.contact .call-now');
    expect(first.textContent.trim()).to.equal("We're open now — call (512) 555-0100");
    expect(first.getAttribute('href')).to.equal('tel:5125550100');
    expect(first.compareDocumentPosition($(el, 'form.contact-form')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('says when the center is closed (and when it opens) and still offers the callback form', async () => {
    // Wednesday 18 November 2026, 6 am in Chicago: closed until Saturday.
    const el = await chatFixture<FixedClockChat>(
      html`<fixed-clock-iop-chat
        mode="inline"
        .config=${configWith(() => undefined, { center: { hours: 'Sat 9am-1pm', timeZone: 'America/Chicago' } })}
      ></fixed-clock-iop-chat>`,
    );
    await openForm(el);
    expect($(el, '.contact .note').textContent).to.match(/^We're closed right now\. We open again Saturday 9:00\sAM\.$/);
    expect(has(el, 'form.contact-form')).to.equal(true);
    expect(has(el, '.call-now')).to.equal(false);
  });

  it('shows phone, text and email directly when no lead delivery is configured', async () => {
    const el = await chatFixture(
      html`<iop-chat mode="inline" persistence="none" phone="(512) 555-0100" sms="+1 512 555 0101" email="intake@example.org"></iop-chat>`,
    );
    await clickChip(el, 'Talk to someone');
    expect(has(el, 'form')).to.equal(true); // only the composer
    expect(has(el, 'form.contact-form')).to.equal(false);
    const hrefs = $$(el, '.contact .direct-contact a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:5125550100', 'sms:+15125550101', 'mailto:intake@example.org']);
    await expect(el).to.be.accessible();
  });

  it('offers to include the self-check result, and sends only its band when ticked', async () => {
    const leads: Record<string, unknown>[] = [];
    const el = await chatFixture(html`<iop-chat mode="inline" .config=${configWith((lead) => leads.push(lead as Record<string, unknown>))}></iop-chat>`);
    const actor = el.conversation!.actor;
    actor.send({ type: 'visitor.choose', choice: { kind: 'action', id: 'start-screening' } });
    const answers: [string, string][] = [
      ['reason', 'mental-health'],
      ['phq-2-1', 'nearly-every-day'],
      ['phq-2-2', 'nearly-every-day'],
      ['gad-2-1', 'not-at-all'],
      ['gad-2-2', 'not-at-all'],
      ['supervision', 'no'],
      ['safe-home', 'yes'],
      ['attend', 'yes'],
      ['safety', 'no'],
    ];
    for (const [questionId, choice] of answers) actor.send({ type: 'screening.answer', questionId, choice });
    await settle(el);
    expect($(el, '.self-check.result h3').textContent).to.equal('An intensive outpatient program may be a good fit');
    $(el, '.self-check.result button').click();
    await settle(el);
    expect($(el, 'label[for="cf-includeScreening"]').textContent).to.contain('An intensive outpatient program may be a good fit');
    await fillValid(el);
    await fill(el, '#cf-includeScreening', true);
    await submit(el);
    await waitUntil(() => leads.length === 1, 'never sent');
    expect(leads[0]).to.deep.include({ includeScreening: true, screening: { bandId: 'iop-fit' } });
    expect(JSON.stringify(leads[0])).not.to.contain('nearly-every-day');
  });
});
