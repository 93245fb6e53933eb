/**
 * Where a contact request is: sending, sent, retrying (we keep trying), failed (call us instead)
 * or rejected by the center's server (its message, shown as text, plus the phone number). Every
 * state short of "sent" offers the phone number; retrying and failed also offer a "Try again"
 * that sends `lead.retry`. A refusal is final (the request is gone from storage, contact details
 * and all), so it offers to fill in the form again instead.
 */
import { telHref, type TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

type LeadStatusItem = Extract<TranscriptItem, { type: 'lead-status' }>;

function callUs(view: ChatView): TemplateResult | typeof nothing {
  const phone = view.center.phone;
  return phone
    ? html`<a class="action-link primary" href=${telHref(phone)}>${view.t('lead.callUs', { phone: phone.display })}</a>`
    : nothing;
}

function tryAgain(view: ChatView, leadId: string): TemplateResult {
  return html`<button type="button" class="secondary" @click=${() => { view.send({ type: 'lead.retry', leadId }); }}>
    ${view.t('lead.tryAgain')}
  </button>`;
}

export function renderLeadStatus(item: LeadStatusItem, view: ChatView): TemplateResult {
  const status = view.context.leads[item.leadId];
  switch (status?.status) {
    case undefined:
    case 'sending':
      return html`<p class="lead-status" data-status="sending">${view.t('lead.sending')}</p>`;
    case 'sent':
      return html`<p class="lead-status" data-status="sent">${view.t('lead.sent', view.placeholders)}</p>`;
    case 'retrying':
      return html`<div class="lead-status" data-status="retrying">
        <p>${view.t('lead.retrying')}</p>
        <div class="card-actions">${tryAgain(view, item.leadId)}${callUs(view)}</div>
      </div>`;
    case 'failed':
      return html`<div class="lead-status" data-status="failed">
        <p>${view.t('lead.failed', view.placeholders)}</p>
        <div class="card-actions">${callUs(view)}${tryAgain(view, item.leadId)}</div>
      </div>`;
    case 'rejected':
      return html`<div class="lead-status" data-status="rejected">
        <p class="server-message">${status.message}</p>
        <p>${view.t('lead.rejected', view.placeholders)}</p>
        <div class="card-actions">
          ${callUs(view)}
          <button type="button" class="secondary" @click=${() => { view.choose({ kind: 'action', id: 'contact' }); }}>
            ${view.t('lead.editDetails')}
          </button>
        </div>
      </div>`;
  }
}
