/** The note shown when the visitor stops the self-check (it needs none of the self-check's code). */
import { html, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

export function renderScreeningStopped(view: ChatView): TemplateResult {
  return html`<p>${view.t('screening.stopped')}</p>`;
}
