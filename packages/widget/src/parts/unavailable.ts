/**
 * When part of the chat (the self-check, the contact form) could not load: say so plainly, give
 * the center's own contact details first, and offer to try again, or to leave the step that needs
 * it. Shown as the assistant's last message, so it is read out politely like any other.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureName } from '../chat/features.js';
import type { ChatView } from './chat-view.js';
import { directContact } from './direct-contact.js';

export function renderUnavailable(view: ChatView, failed: readonly FeatureName[], retry: () => void): TemplateResult | typeof nothing {
  if (failed.length === 0) return nothing;
  const what = failed.length > 1 ? 'load.failed' : failed[0] === 'self-check' ? 'load.failed.self-check' : 'load.failed.contact';
  const direct = directContact(view);
  const leave =
    view.state === 'screening'
      ? html`<button type="button" class="secondary" @click=${() => { view.send({ type: 'screening.stop' }); }}>${view.t('screening.stop')}</button>`
      : view.state === 'contact'
        ? html`<button type="button" class="secondary" @click=${() => { view.send({ type: 'contact.cancel' }); }}>${view.t('contact.cancel')}</button>`
        : nothing;
  return html`<div class="message from-bot type-unavailable" part="message bot-message">
    <span class="visually-hidden">${view.t('message.bot')}:</span>
    <div class="unavailable">
      <p>${view.t(what)} ${view.t(direct === nothing ? 'load.tryLater' : 'load.reachUs', view.placeholders)}</p>
      ${direct}
      <div class="card-actions">
        <button type="button" class="primary retry" @click=${retry}>${view.t('load.retry')}</button>
        ${leave}
      </div>
    </div>
  </div>`;
}
