/**
 * The self-check's opening words: what it is, how
 * long it takes, that it is not a diagnosis, and the published instruments it uses, in small print.
 */
import type { Questionnaire, ScreeningService } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

/** Names of the instruments the questionnaire draws on, for the small print. */
export function instrumentNames(questionnaire: Questionnaire, ids?: readonly string[]): string[] {
  return questionnaire.instruments.filter((i) => !ids || ids.includes(i.id)).map((i) => i.name);
}

export function renderScreeningIntro(view: ChatView, service: ScreeningService): TemplateResult {
  const intro = service.custom ? service.questionnaire.intro : view.t('screening.intro');
  const names = instrumentNames(service.questionnaire);
  return html`
    <p>${intro}</p>
    ${names.length > 0 ? html`<p class="small-print">${view.t('screening.instruments', { names: names.join('; ') })}</p>` : nothing}
  `;
}
