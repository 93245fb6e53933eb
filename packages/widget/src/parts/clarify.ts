/**
 * "Did you mean": the assistant was torn between a few topics; the candidates are offered as chips
 * below the transcript (see chips.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

export function renderClarify(view: ChatView): TemplateResult {
  return html`<p>${view.t('didYouMean.prompt')}</p>`;
}
