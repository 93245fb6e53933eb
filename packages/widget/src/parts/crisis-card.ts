/**
 * The crisis card: calm, distinct and high-contrast. Core's scripted heading, the primary action
 * first as a big tap target (911 for immediate or medical danger and for someone else in danger,
 * 988 for suicidal thoughts), the rest of the script, at most two more resources (each a real
 * tel:/sms:/https link), the one safety question, and the center's contact as well (never instead).
 * Also the follow-up after the safety question and the gentle check-in.
 *
 * The card is read out at once through the element's assertive live region
 * (`crisisAnnouncement`) and is never held back by typing pacing.
 */
import type { Conversation, TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import { cardLanguage, cardTranslate, crisisAckLines, crisisView, gentleCheckView, type CrisisLink, type CrisisResourceView } from '../render/crisis-content.js';
import { isWebLink } from '../render/safe-href.js';
import type { Translate } from '../strings/widget-strings.js';
import type { ChatView } from './chat-view.js';
import { directContact } from './direct-contact.js';

type CrisisItem = Extract<TranscriptItem, { type: 'crisis' }>;
type CrisisAckItem = Extract<TranscriptItem, { type: 'crisis-ack' }>;
type GentleCheckItem = Extract<TranscriptItem, { type: 'gentle-check' }>;

/** The words read out at once when a crisis card appears: the heading and the script. */
export function crisisAnnouncement(item: CrisisItem, conversation: Conversation, t: Translate): string {
  const view = crisisView(item, conversation.config.crisisCountry, t);
  return [view.heading, ...view.spoken].join(' ');
}

/** The safety question is asked on the latest crisis card only, until it is answered. */
function asksNow(item: CrisisItem, view: ChatView): boolean {
  if (view.state !== 'crisis') return false;
  const transcript = view.context.transcript;
  const lastCrisis = [...transcript].reverse().find((i) => i.type === 'crisis');
  return lastCrisis?.id === item.id && !transcript.some((i) => i.id > item.id && i.type === 'crisis-ack');
}

function actionLink(link: CrisisLink, className: string, t: Translate): TemplateResult {
  const web = isWebLink(link.href);
  return html`<a
    class=${`crisis-action ${className}`}
    href=${link.href}
    target=${web ? '_blank' : nothing}
    rel=${web ? 'noopener noreferrer' : nothing}
    >${link.label}${web ? html`<span class="visually-hidden"> ${t('link.newTab')}</span>` : nothing}</a
  >`;
}

function resourceBlock(resource: CrisisResourceView, primary: boolean, t: Translate): TemplateResult {
  const [main, ...others] = resource.actions;
  return html`<div class=${primary ? 'crisis-resource first' : 'crisis-resource'}>
    ${main ? actionLink(main, primary ? 'crisis-primary' : 'crisis-main', t) : nothing}
    ${others.length > 0 ? html`<div class="crisis-more-actions">${others.map((link) => actionLink(link, 'crisis-secondary', t))}</div>` : nothing}
    <p class="crisis-resource-text"><strong>${resource.name}</strong>: ${resource.description}</p>
  </div>`;
}

export function renderCrisisCard(item: CrisisItem, view: ChatView): TemplateResult {
  const country = view.conversation.config.crisisCountry;
  const lang = cardLanguage(item.lang, country);
  const t = cardTranslate(view.t, lang);
  const content = crisisView(item, country, view.t);
  const headingId = `crisis-heading-${item.id}`;
  const [first, ...more] = content.resources;
  const center = directContact(view);
  return html`<section
    class="crisis-card"
    part="crisis-card"
    aria-labelledby=${headingId}
    data-kind=${item.kind}
    lang=${lang === 'es' ? 'es' : nothing}
  >
    <h3 id=${headingId} tabindex="-1">${content.heading}</h3>
    <div class="crisis-resources" role="group" aria-label=${t('crisis.resourcesLabel')}>
      ${first ? resourceBlock(first, true, t) : nothing}
      ${content.body.map((line) => html`<p>${line}</p>`)}
      ${more.map((resource) => resourceBlock(resource, false, t))}
    </div>
    ${asksNow(item, view)
      ? html`<div class="crisis-question" role="group" aria-labelledby=${`${headingId}-q`}>
          <p id=${`${headingId}-q`} class="crisis-question-text">${content.question}</p>
          <div class="card-actions">
            ${content.answers.map(
              (choice) => html`<button
                type="button"
                class="secondary"
                @click=${() => { view.send({ type: 'crisis.respond', answer: choice.answer }); }}
              >
                ${choice.label}
              </button>`,
            )}
          </div>
        </div>`
      : nothing}
    ${center === nothing
      ? nothing
      : html`<div class="crisis-center">
          <p>${t('crisis.centerContact')}</p>
          ${center}
        </div>`}
  </section>`;
}

export function renderCrisisAck(item: CrisisAckItem, view: ChatView): TemplateResult {
  const before = [...view.context.transcript].reverse().find((i): i is CrisisItem => i.type === 'crisis' && i.id < item.id);
  const country = view.conversation.config.crisisCountry;
  const lang = cardLanguage(before?.lang, country);
  const lines = crisisAckLines(item.answer, before?.someoneElse ?? false, country, lang);
  return html`<div lang=${lang === 'es' ? 'es' : nothing}>${lines.map((line) => html`<p>${line}</p>`)}</div>`;
}

export function renderGentleCheck(item: GentleCheckItem, view: ChatView): TemplateResult {
  const country = view.conversation.config.crisisCountry;
  const lang = cardLanguage(item.lang, country);
  const gentle = gentleCheckView(country, item.kind, lang);
  return html`<div class="gentle-check" lang=${lang === 'es' ? 'es' : nothing}>
    <p><strong>${gentle.heading}</strong></p>
    ${gentle.body.map((line) => html`<p>${line}</p>`)}
    <p>${gentle.question}</p>
    ${gentle.resource ? html`<div class="crisis-more-actions">${gentle.resource.actions.map((link) => actionLink(link, 'crisis-secondary', cardTranslate(view.t, lang)))}</div>` : nothing}
    <div class="card-actions">
      <button type="button" class="secondary" @click=${() => { view.send({ type: 'crisis.show' }); }}>${gentle.notOkay}</button>
    </div>
  </div>`;
}
