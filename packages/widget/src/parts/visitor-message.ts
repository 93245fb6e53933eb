/**
 * The visitor's own messages: typed text (always bound as text, never parsed as HTML) and the
 * chips or answers they picked, shown with the words they saw.
 */
import type { TranscriptItem } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

type VisitorText = Extract<TranscriptItem, { type: 'visitor-text' }>;
type VisitorChoice = Extract<TranscriptItem, { type: 'visitor-choice' }>;

export function renderVisitorText(item: VisitorText): TemplateResult {
  return html`<p class="visitor-text">${item.text}</p>`;
}

/** The words of a choice, as the visitor saw them on the button. */
export function choiceText(item: VisitorChoice, view: ChatView): string {
  const choice = item.choice;
  switch (choice.kind) {
    case 'topic':
      return view.topicLabel(choice.id);
    case 'action':
      return view.actionLabel(choice.id);
    case 'option': {
      // Shown once the self-check's code is in (see features.ts), as the visitor saw it.
      const question = view.conversation.questionnaire?.questions.find((q) => q.id === choice.questionId);
      return choice.optionIds.map((id) => question?.options.find((o) => o.id === id)?.label ?? id).join(', ');
    }
  }
}

export function renderVisitorChoice(item: VisitorChoice, view: ChatView): TemplateResult {
  return html`<p class="visitor-text">${choiceText(item, view)}</p>`;
}
