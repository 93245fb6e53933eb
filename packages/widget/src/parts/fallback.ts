/**
 * The honest "I'm not sure": the first time it asks to rephrase, the second time it offers a person.
 */
import type { TranscriptItem } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

type FallbackItem = Extract<TranscriptItem, { type: 'fallback' }>;

export function renderFallback(item: FallbackItem, view: ChatView): TemplateResult {
  return html`<p>${view.t(item.repeated ? 'fallback.repeated' : 'fallback.notSure')}</p>`;
}
