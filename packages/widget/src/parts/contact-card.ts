/**
 * "Talk to someone": the way to a person. When the center is open now, a tap-to-call button comes
 * first; when it is closed, a note says so and the callback form follows; when no lead delivery is
 * configured, the center's phone, text and email are shown directly. Only the latest callback form
 * is live; earlier ones keep just the direct contact details.
 */
import { nextOpening, telHref, type TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';
import { renderContactForm } from './contact-form.js';
import { directContact } from './direct-contact.js';

type ContactItem = Extract<TranscriptItem, { type: 'contact' }>;

function isActive(item: ContactItem, view: ChatView): boolean {
  if (view.state !== 'contact') return false;
  const last = [...view.context.transcript].reverse().find((i) => i.type === 'contact');
  return last?.id === item.id;
}

/** "We open again Monday 8:00 AM", in the center's time zone; undefined when unknown. */
function openingText(view: ChatView): string | undefined {
  const { hours, timeZone } = view.center;
  if (!hours || !timeZone) return undefined;
  const next = nextOpening(hours, timeZone, view.now());
  if (!next) return undefined;
  try {
    return new Intl.DateTimeFormat(view.locale, { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone }).format(next);
  } catch {
    return undefined;
  }
}

export function renderContactCard(item: ContactItem, view: ChatView): TemplateResult {
  const headingId = `contact-heading-${item.id}`;
  const active = isActive(item, view);
  if (item.form && !active) {
    return html`<p>${view.t('contact.heading')}</p>${directContact(view)}`;
  }
  const phone = view.center.phone;
  const openNow =
    item.openNow === true
      ? phone
        ? html`<a class="action-link primary call-now" href=${telHref(phone)}>${view.t('contact.openNowCall', { phone: phone.display })}</a>`
        : html`<p>${view.t('hours.openNow')}</p>`
      : nothing;
  const when = item.openNow === false ? openingText(view) : undefined;
  const closed =
    item.openNow === false ? html`<p class="note">${when ? view.t('hours.closedNow', { when }) : view.t('hours.closed')}</p>` : nothing;
  const direct = directContact(view);
  const cancel = html`<div class="card-actions">
    <button type="button" class="secondary" @click=${() => { view.send({ type: 'contact.cancel' }); }}>${view.t('contact.cancel')}</button>
  </div>`;
  return html`
    <section class="card contact" aria-labelledby=${headingId}>
      <h3 id=${headingId} class="contact-heading" tabindex="-1">${view.t('contact.heading')}</h3>
      ${openNow} ${closed}
      ${item.form
        ? html`
            ${item.openNow === true && phone ? html`<p>${view.t('contact.orLeaveDetails')}</p>` : nothing}
            ${renderContactForm(view)}
          `
        : html`
            <p>${view.t('contact.direct')}</p>
            ${direct === nothing ? html`<p>${view.t('contact.noDirect')}</p>` : direct}
            ${active ? cancel : nothing}
          `}
    </section>
  `;
}
