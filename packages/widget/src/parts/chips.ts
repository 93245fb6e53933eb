/**
 * Quick replies under the transcript: what core's `currentChoices` offers now (the greeting's
 * starters, an answer's follow-ups, "did you mean" candidates, the way back from a crisis). Topic
 * chips carry the entry's title, action chips their wording. Hidden while a reply is pending, and
 * during the self-check (its card has its own Back and Stop). Pointing at or focusing the
 * self-check's or contact chip fetches its code, so choosing it does not wait.
 */
import { currentChoices, type Choice } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';

export function visibleChoices(view: ChatView): Choice[] {
  if (view.state === 'screening') return [];
  return currentChoices(view.state, view.context).filter(
    (choice) => choice.kind === 'action' || view.conversation.knowledge.entries.has(choice.id),
  );
}

export function renderChips(view: ChatView, choices: readonly Choice[]): TemplateResult | typeof nothing {
  if (choices.length === 0) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${view.t('chips.label')}>
    ${choices.map(
      (choice) => html`<button
        type="button"
        class="chip"
        part="chip"
        data-choice=${`${choice.kind}:${choice.id}`}
        @click=${() => { view.choose(choice); }}
        @pointerenter=${() => { view.prepare(choice); }}
        @focus=${() => { view.prepare(choice); }}
      >
        ${choice.kind === 'topic' ? view.topicLabel(choice.id) : view.actionLabel(choice.id)}
      </button>`,
    )}
  </div>`;
}
