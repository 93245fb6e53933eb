/**
 * The first message: core's disclosure (an automated assistant, not a clinician, not for
 * emergencies, with the country's emergency advice, which cannot be configured away), followed by
 * the emergency number and the main crisis line as one-tap links.
 */
import { disclosureText } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import { emergencyLinks } from '../render/crisis-content.js';
import type { ChatView } from './chat-view.js';

export function renderGreeting(view: ChatView): TemplateResult {
  const { config } = view.conversation;
  const links = emergencyLinks(config.crisisCountry);
  return html`
    <p>${disclosureText(config.strings, config.center.name, config.crisisCountry)}</p>
    <p class="emergency-line">
      ${view.t('greeting.emergencyLabel')}
      ${links.map((link, i) => html`${i > 0 ? ' · ' : ''}<a class="emergency-link" href=${link.href}>${link.label}</a>`)}
    </p>
  `;
}
