/**
 * The center's own ways to be reached (phone, text, email, contact page), as links: in the contact
 * card, beside the crisis resources, and when part of the chat could not load.
 */
import { smsHref, telHref } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../render/safe-href.js';
import type { ChatView } from './chat-view.js';

/** The center's own phone, text and email links (nothing when none is configured). */
export function directContact(view: ChatView): TemplateResult | typeof nothing {
  const { phone, sms, email, website } = view.center;
  const mail = email ? safeHref(`mailto:${email}`) : undefined;
  const site = website && /^https?:/i.test(website) ? safeHref(website) : website?.startsWith('/') ? website : undefined;
  if (!phone && !sms && !mail && !site) return nothing;
  return html`<ul class="direct-contact">
    ${phone ? html`<li><a class="action-link" href=${telHref(phone)}>${view.t('contact.callAction', { phone: phone.display })}</a></li>` : nothing}
    ${sms ? html`<li><a class="action-link" href=${smsHref(sms)}>${view.t('contact.textAction', { sms: sms.display })}</a></li>` : nothing}
    ${mail && email ? html`<li><a class="action-link" href=${mail}>${view.t('contact.emailAction', { email })}</a></li>` : nothing}
    ${site ? html`<li><a class="action-link" href=${site}>${view.t('contact.websiteAction')}</a></li>` : nothing}
  </ul>`;
}
