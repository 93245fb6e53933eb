/**
 * The self-check's opening words (and the note shown when the visitor stops it): what it is, how
 * long it takes, that it is not a diagnosis, and the published instruments it uses, in small print.
 */
import { DEFAULT_SELF_CHECK } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

/** Names of the instruments the questionnaire draws on, for the small print. */
export function instrumentNames(view: ChatView, ids?: readonly string[]): string[] {
  const { instruments } = view.conversation.questionnaire;
  return instruments.filter((i) => !ids || ids.includes(i.id)).map((i) => i.name);
}

export function renderScreeningIntro(view: ChatView): TemplateResult {
  const questionnaire = view.conversation.questionnaire;
  const intro = questionnaire === DEFAULT_SELF_CHECK ? view.t('screening.intro') : questionnaire.intro;
  const names = instrumentNames(view);
  return html`
    <p>${intro}</p>
    ${names.length > 0 ? html`<p class="small-print">${view.t('screening.instruments', { names: names.join('; ') })}</p>` : nothing}
  `;
}

export function renderScreeningStopped(view: ChatView): TemplateResult {
  return html`<p>${view.t('screening.stopped')}</p>`;
}
