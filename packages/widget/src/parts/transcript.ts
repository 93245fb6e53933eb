/**
 * The transcript: each typed item with its own template, wrapped as a message from the visitor or
 * the assistant. It is the chat's `role="log"` (new messages are announced politely); a crisis is
 * also announced at once through the element's assertive region.
 */
import type { TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderAnswer } from './answer.js';
import type { ChatView } from './chat-view.js';
import { renderClarify } from './clarify.js';
import { renderContactCard } from './contact-card.js';
import { renderCrisisAck, renderCrisisCard, renderGentleCheck } from './crisis-card.js';
import { renderFallback } from './fallback.js';
import { renderGreeting } from './greeting.js';
import { renderLeadStatus } from './lead-status.js';
import { renderScreeningIntro, renderScreeningStopped } from './screening-intro.js';
import { renderScreeningQuestion, type ScreeningCardState } from './screening-question.js';
import { renderScreeningResult } from './screening-result.js';
import { renderVisitorChoice, renderVisitorText } from './visitor-message.js';

export interface TranscriptState {
  readonly items: readonly TranscriptItem[];
  readonly typing: boolean;
  readonly screeningCard: ScreeningCardState;
}

function body(item: TranscriptItem, view: ChatView, state: TranscriptState): TemplateResult {
  switch (item.type) {
    case 'greeting':
      return renderGreeting(view);
    case 'visitor-text':
      return renderVisitorText(item);
    case 'visitor-choice':
      return renderVisitorChoice(item, view);
    case 'answer':
      return renderAnswer(item, view);
    case 'clarify':
      return renderClarify(view);
    case 'fallback':
      return renderFallback(item, view);
    case 'crisis':
      return renderCrisisCard(item, view);
    case 'crisis-ack':
      return renderCrisisAck(item, view);
    case 'gentle-check':
      return renderGentleCheck(view);
    case 'screening-intro':
      return renderScreeningIntro(view);
    case 'screening-question':
      return renderScreeningQuestion(item, view, state.screeningCard);
    case 'screening-result':
      return renderScreeningResult(item, view);
    case 'screening-stopped':
      return renderScreeningStopped(view);
    case 'contact':
      return renderContactCard(item, view);
    case 'lead-status':
      return renderLeadStatus(item, view);
  }
}

const fromVisitor = (item: TranscriptItem): boolean => item.type === 'visitor-text' || item.type === 'visitor-choice';

export function renderMessage(item: TranscriptItem, view: ChatView, state: TranscriptState): TemplateResult {
  const visitor = fromVisitor(item);
  return html`<div
    class=${`message ${visitor ? 'from-visitor' : 'from-bot'} type-${item.type}`}
    part=${visitor ? 'message visitor-message' : 'message bot-message'}
    data-id=${item.id}
  >
    <span class="visually-hidden">${view.t(visitor ? 'message.visitor' : 'message.bot')}:</span>
    ${body(item, view, state)}
  </div>`;
}

export function renderTranscript(view: ChatView, state: TranscriptState): TemplateResult {
  return html`<div
    class="transcript"
    part="transcript"
    role="log"
    aria-live="polite"
    aria-label=${view.t('panel.transcriptLabel')}
    tabindex="0"
  >
    ${repeat(
      state.items,
      (item) => item.id,
      (item) => renderMessage(item, view, state),
    )}
    ${state.typing
      ? html`<div class="typing" aria-hidden="true" title=${view.t('panel.typing')}><span></span><span></span><span></span></div>`
      : nothing}
  </div>`;
}
