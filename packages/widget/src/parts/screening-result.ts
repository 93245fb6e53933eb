/**
 * The self-check result: the band's title and summary, the reasons that led there, the framing that
 * this is information and not a diagnosis, and the way to a person.
 */
import type { ScreeningService, TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

type ResultItem = Extract<TranscriptItem, { type: 'screening-result' }>;

export function renderScreeningResult(item: ResultItem, view: ChatView, service: ScreeningService): TemplateResult {
  const band = service.questionnaire.bands.find((b) => b.id === item.bandId);
  const headingId = `result-${item.id}`;
  return html`
    <section class="card self-check result" part="self-check" aria-labelledby=${headingId}>
      <p class="card-intro">${view.t('screening.resultIntro')}</p>
      <h3 id=${headingId} tabindex="-1">${band?.title ?? ''}</h3>
      ${band ? html`<p>${band.summary}</p>` : nothing}
      ${item.reasons.length > 0
        ? html`<h4>${view.t('screening.reasonsTitle')}</h4>
            <ul>
              ${item.reasons.map((reason) => html`<li>${reason}</li>`)}
            </ul>`
        : nothing}
      <p>${view.t('screening.resultNext')}</p>
      <button type="button" class="primary" @click=${() => { view.choose({ kind: 'action', id: 'contact' }); }}>
        ${view.actionLabel('contact')}
      </button>
    </section>
  `;
}
