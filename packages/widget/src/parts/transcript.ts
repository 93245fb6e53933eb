/**
 * The transcript: each typed item with its own template, wrapped as a message from the visitor or
 * the assistant. It is the chat's `role="log"` (new messages are announced politely); a crisis is
 * also announced at once through the element's assertive region.
 *
 * The self-check's and the contact form's items are shown once their parts are loaded (see
 * chat/features.ts); until then they are left out, behind the "typing" dots, or followed by the
 * message that they could not load. Every other item, the crisis card first, never waits.
 */
import type { TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { emergencyLinks } from '../render/crisis-content.js';
import { renderAnswer } from './answer.js';
import type { ChatView } from './chat-view.js';
import { renderClarify } from './clarify.js';
import { directContact } from './direct-contact.js';
import { renderCrisisAck, renderCrisisCard, renderGentleCheck } from './crisis-card.js';
import { renderFallback } from './fallback.js';
import { renderGreeting } from './greeting.js';
import type { ScreeningCardState } from './screening-question.js';
import { renderScreeningStopped } from './screening-stopped.js';
import { renderVisitorChoice, renderVisitorText } from './visitor-message.js';

export interface TranscriptState {
  readonly items: readonly TranscriptItem[];
  readonly typing: boolean;
  readonly screeningCard: ScreeningCardState;
  /** Shown after the items: that part of the chat could not load (or nothing). */
  readonly notice: TemplateResult | typeof nothing;
}

/** The item's content, or undefined while the part that shows it is not loaded. */
function body(item: TranscriptItem, view: ChatView, state: TranscriptState): TemplateResult | undefined {
  const check = view.selfCheck;
  switch (item.type) {
    case 'greeting':
      return renderGreeting(view);
    case 'visitor-text':
      return renderVisitorText(item);
    case 'visitor-choice':
      return item.choice.kind === 'option' && !check ? undefined : renderVisitorChoice(item, view);
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
      return renderGentleCheck(item, view);
    case 'screening-intro':
      return check?.parts.renderScreeningIntro(view, check.service);
    case 'screening-question':
      return check?.parts.renderScreeningQuestion(item, view, state.screeningCard, check.service);
    case 'screening-result':
      return check?.parts.renderScreeningResult(item, view, check.service);
    case 'screening-stopped':
      return renderScreeningStopped(view);
    case 'contact':
      return view.contact?.renderContactCard(item, view);
    case 'lead-status':
      return view.contact?.renderLeadStatus(item, view);
  }
}

const fromVisitor = (item: TranscriptItem): boolean => item.type === 'visitor-text' || item.type === 'visitor-choice';

/** The crisis lines with nothing between them and the visitor: the emergency number and the main line, or 911 and 988. */
function crisisLinesOnly(view: ChatView): TemplateResult {
  let links: readonly { label: string; href: string }[];
  try {
    links = emergencyLinks(view.conversation.config.crisisCountry);
  } catch {
    links = [];
  }
  if (links.length === 0) links = [{ label: 'Call 911', href: 'tel:911' }, { label: 'Call or text 988', href: 'tel:988' }];
  return html`<section class="crisis-card" part="crisis-card">
    <h3>${view.t('crisis.fallbackHeading')}</h3>
    <div class="crisis-resources">${links.map((link) => html`<a class="crisis-action crisis-primary" href=${link.href}>${link.label}</a>`)}</div>
  </section>`;
}

/**
 * An item's content, contained: a part that fails (a malformed answer in a center's knowledge, a
 * broken override) shows a short "not available" with the center's contact, and a crisis card that
 * fails still shows the crisis lines; nothing one message does stops the others or the composer.
 */
function safeBody(item: TranscriptItem, view: ChatView, state: TranscriptState): TemplateResult | undefined {
  try {
    return body(item, view, state);
  } catch (error) {
    // Ids and the error only: never the visitor's words.
    console.warn(`iop-chat: a message could not be shown (${item.type} #${item.id})`, error);
    if (item.type === 'crisis') return crisisLinesOnly(view);
    return html`<p>${view.t('message.unavailable')}</p>
      ${directContact(view)}`;
  }
}

export function renderMessage(item: TranscriptItem, view: ChatView, state: TranscriptState): TemplateResult | typeof nothing {
  const content = safeBody(item, view, state);
  if (!content) return nothing;
  const visitor = fromVisitor(item);
  return html`<div
    class=${`message ${visitor ? 'from-visitor' : 'from-bot'} type-${item.type}`}
    part=${visitor ? 'message visitor-message' : 'message bot-message'}
    data-id=${item.id}
  >
    <span class="visually-hidden">${view.t(visitor ? 'message.visitor' : 'message.bot')}:</span>
    ${content}
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
    ${state.notice}
    ${state.typing
      ? html`<div class="typing" aria-hidden="true" title=${view.t('panel.typing')}><span></span><span></span><span></span></div>`
      : nothing}
  </div>`;
}
